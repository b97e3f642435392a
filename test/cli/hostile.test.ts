/**
 * The command line given files and arguments a careless or hostile user might: every one is either
 * read correctly or refused with exit 1 and a message that says what the file is and where the
 * problem sits; none crashes (exit 3), hangs or reaches the terminal as control codes.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { assertBuilt, cli, exampleJson, removeTempFiles, tempFile } from './helpers';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

type Json = Record<string, any>;

function example(edit: (m: Json) => void = () => {}): Json {
  const m = exampleJson() as Json;
  edit(m);
  return m;
}

/** No escape or other control code that a terminal would act on (line breaks aside). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('a JSON text with a mistake the parser does not place', () => {
  test('a duplicated key is refused with its path and both lines, with the other problems', () => {
    const text = [
      '{',
      '  "schemaVersion": 2,',
      '  "name": "Exempelkommun",',
      '  "name": "Annan kommun",',
      ...JSON.stringify(example((m) => (m.committees[0].labourShare = 1.5)), null, 2)
        .split('\n')
        .slice(1)
        .filter((l) => !/^ {2}"(schemaVersion|name)":/.test(l)),
    ].join('\n');
    const file = tempFile('dup.json', text);
    const r = cli(['validate', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('$.name: the key "name" appears twice in the same object (lines 3 and 4); only one value can count, remove the other');
    expect(r.stderr).toContain('$.committees[0].labourShare');
    expect(r.stderr).toMatch(/\(2 problems\)/);
  });

  test('a nested duplicated key names its path, in Swedish too', () => {
    const m = example();
    const text = JSON.stringify(m, null, 2).replace(/"frame": (\d+(?:\.\d+)?),/, (all, n) => `"frame": ${n}, "frame": ${Number(n) + 1},`);
    const r = cli(['validate', tempFile('dup2.json', text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\$\.committees\[0\]\.frame: nyckeln "frame" förekommer två gånger i samma objekt \(rad \d+\)/);
  });

  test('a // comment gets its line and column', () => {
    const r = cli(['validate', tempFile('comment.json', '{\n  "schemaVersion": 1, // the version\n  "name": "x"\n}')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not valid JSON (line 2, column 23)');
    expect(r.stderr).toContain('comments are not allowed in JSON');
  });

  test('NaN gets its line and column', () => {
    const r = cli(['validate', tempFile('nan.json', '{\n  "schemaVersion": 1,\n  "taxBase": NaN\n}')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not valid JSON (line 3, column 14)');
    expect(r.stderr).toContain('NaN');
  });

  test('a text that stops early says so, with the place it stops', () => {
    const r = cli(['validate', tempFile('cut.json', '{\n  "schemaVersion": 1,\n  "name": "x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not valid JSON (line 3, column 11)');
    expect(r.stderr).toContain('the text ends inside a string');
  });
});

describe('a file that is not UTF-8 JSON says what it is', () => {
  test('Latin-1: the byte offset and line, and a hint to save as UTF-8; nothing is read', () => {
    const text = JSON.stringify(example((m) => (m.committees[0].name = 'Barn- och utbildningsnämnden')), null, 2).replace(
      'Barn- och utbildningsnämnden',
      'Barn- och utbildningsn\u00e4mnden',
    );
    const bytes = Buffer.from(text, 'latin1');
    const offset = bytes.indexOf(0xe4);
    const line = text.slice(0, text.indexOf('\u00e4')).split('\n').length;
    const r = cli(['run', tempFile('latin1.json', bytes), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`is not UTF-8 text: the byte 0xE4 at byte offset ${offset} (line ${line}) cannot stand there in UTF-8`);
    expect(r.stderr).toContain('Latin-1 or Windows-1252');
    expect(r.stderr).toContain('save it as UTF-8');
  });

  test.each([
    ['little-endian, with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a": 1}', 'utf16le')])],
    ['big-endian, with its byte order mark', Buffer.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d])],
    ['little-endian, without a byte order mark', Buffer.from('{"schemaVersion": 1}', 'utf16le')],
  ])('UTF-16 %s', (_title, bytes) => {
    const r = cli(['validate', tempFile('utf16.json', bytes)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is UTF-16 text \((little|big)-endian\); Budgetsim reads UTF-8: save it as UTF-8/);
  });

  test('an OpenDocument spreadsheet, whatever its name', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    zip.file('content.xml', '<office:document-content/>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    for (const name of ['budget.ods', 'budget.json']) {
      const r = cli(['validate', tempFile(name, bytes)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is an OpenDocument spreadsheet (.ods), not a JSON model file');
      expect(r.stderr).toContain('save it as .xlsx');
      expect(r.stderr).not.toContain('Unexpected token');
    }
  });

  test('an .xlsx workbook under another name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').getCell('A1').value = 1;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const r = cli(['validate', tempFile('budget.json', bytes)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is an .xlsx workbook, not a JSON model file; give it a name ending in .xlsx');
  });

  test('an OLE compound file: an old .xls or a password-protected workbook', () => {
    const bytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const r = cli(['validate', tempFile('budget.json', bytes)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is an OLE compound file (an Excel 97-2003 .xls workbook, or an Office file protected by a password), not a JSON model file');
  });

  test('a UTF-8 byte order mark is fine', () => {
    const r = cli(['validate', tempFile('bom.json', '\ufeff' + JSON.stringify(example()))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('results too large to compute', () => {
  test('a tax base of 1e308 is refused by validate and run, naming what overflowed; no workbook is written', () => {
    const file = tempFile('huge.json', example((m) => (m.taxBase = 1e308)));
    const v = cli(['validate', file, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(v.stdout).toBe('');
    expect(v.stderr).toMatch(/\$: in the base scenario, the tax revenue of 2027 is too large to compute/);
    const out = tempFile('huge.xlsx', '');
    const r = cli(['run', file, '--json', '--out', out, '--force']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('skatteintäkterna 2027');
    expect(readFileSync(out, 'utf8')).toBe('');
  });
});

describe('names that Excel or the report treat specially', () => {
  test('a scenario named "History" (Excel reserves the sheet name) is written under another sheet name and read back', async () => {
    const file = tempFile('history.json', example((m) => (m.scenarios[0].name = 'History')));
    expect(cli(['validate', file]).code).toBe(0);
    const out = file.replace(/\.json$/, '.xlsx');
    const r = cli(['run', file, '--out', out]);
    expect(r.stderr).toContain('arbetsboken är skriven');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name.toLowerCase());
    expect(names).not.toContain('history');
    expect(names).toContain('history (2)');
    const back = cli(['export', out, '--json']);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout).scenarios[0].name).toBe('History');
  });

  test('scenario names that end or start with an apostrophe once trimmed or cut to 31 characters are written', async () => {
    const names = [" 'Plan", `${'a'.repeat(30)}'b`];
    const file = tempFile('apostrophe.json', example((m) => names.forEach((name, i) => (m.scenarios[i].name = name))));
    const out = file.replace(/\.json$/, '.xlsx');
    const r = cli(['run', file, '--out', out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheets = wb.worksheets.map((w) => w.name);
    expect(sheets).toContain('Plan');
    expect(sheets).toContain('a'.repeat(30));
    // The names themselves read back exactly, spaces included.
    expect(JSON.parse(cli(['export', out]).stdout).scenarios.slice(0, 2).map((s: { name: string }) => s.name)).toEqual([names[0], names[1]]);
  });

  test('a scenario named "bas" is refused, so --scenario Bas can only mean the base', () => {
    const r = cli(['validate', tempFile('bas.json', example((m) => (m.scenarios[1].name = 'bas')))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('$.scenarios[1].name: scenarionamnet "bas" är reserverat för basscenariot');
  });

  test('a name longer than a cell holds is refused by validate and by run --out, without a crash', () => {
    const file = tempFile('long.json', example((m) => (m.name = 'K'.repeat(40_000))));
    const v = cli(['validate', file, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain('$.name: model name has 40000 characters; a workbook cell holds at most 32767');
    const out = file.replace(/\.json$/, '.xlsx');
    const r = cli(['run', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

/** The sheet part of the sheet holding `table`, found through the workbook's relationships. */
async function sheetPartOfTable(zip: JSZip, table: string): Promise<string> {
  for (const rels of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(f))) {
    for (const [, target] of (await zip.file(rels)!.async('string')).matchAll(/Target="([^"]*tables\/table\d+\.xml)"/g)) {
      const part = `xl/tables/${target.split('/').pop()}`;
      if ((await zip.file(part)!.async('string')).includes(`name="${table}"`)) return rels.replace('_rels/', '').replace(/\.rels$/, '');
    }
  }
  throw new Error(`no sheet holds ${table}`);
}

describe('a date typed in a year cell of a workbook', () => {
  test('is reported as the date it shows, at its cell', async () => {
    // A new file: --force never replaces a file Budgetsim cannot read, and an empty one is such a file.
    const book = tempFile('dated.xlsx', '');
    unlinkSync(book);
    expect(cli(['demo', '--out', book]).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(book));
    const part = await sheetPartOfTable(zip, 'bsHistory');
    const xml = await zip.file(part)!.async('string');
    // The first history year (2024) is the first cell holding 2024 in column A; 46753 is the day number of 2028-01-01.
    const cell = /<c r="(A\d+)"[^>]*><v>2024<\/v>/.exec(xml)![1];
    const edited = xml.replace(new RegExp(`(<c r="${cell}"[^>]*>)<v>2024</v>`), '$1<v>46753</v>');
    expect(edited).not.toBe(xml);
    zip.file(part, edited);
    const dated = tempFile('dated-2.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    const r = cli(['validate', dated]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Indata!${cell} (tabell bsHistory, rad 1, kolumn År) $.history[0].year: året måste vara ett årtal som 2026, men är 46 753, som ett kalkylark visar som datumet "2028-01-01": ett datum, inte ett år`);
  });
});

describe('nothing reaches the terminal as a control code', () => {
  test('an escape sequence in a file name is shown as an escape', () => {
    const r = cli(['validate', '\u001b]0;owned\u0007\u001b[2Jmodel.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('\\u001b]0;owned\\u0007\\u001b[2Jmodel.json');
  });

  test('an escape sequence in --scenario is shown as an escape', () => {
    const r = cli(['run', tempFile('ok.json', example()), '--scenario', '\u001b[31mRött']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('"\\u001b[31mRött"');
  });

  test('a C1 control in an unknown key is shown as an escape', () => {
    const r = cli(['validate', tempFile('c1.json', example((m) => (m['\u009b2Jx'] = 1)))]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('\\u009b2Jx');
  });

  test('a control code in the municipality name is refused with its place, never printed raw', () => {
    const r = cli(['run', tempFile('esc.json', example((m) => (m.name = 'Kommun\u001b[2J\u001b[31m')))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('$.name: kommunens namn innehåller styrtecknet U+001B vid tecken 7');
  });

  test('a right-to-left override in a name is shown as an escape in the report, and kept exactly in the JSON', () => {
    const name = 'Kommun \u202eabc';
    const file = tempFile('bidi.json', example((m) => (m.name = name)));
    const r = cli(['run', file, '--scenario', 'Bas']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout.split('\n')[0]).toBe('Kommun \\u202eabc');
    const c = cli(['run', tempFile('bidi-c.json', example((m) => (m.committees[0].name = name))), '--json']);
    expect(c.code).toBe(0);
    expect(c.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(c.stdout).scenarios[0].committees[0].name).toBe(name);
  });
});
