/**
 * The CLI's workbook path, driven as a user drives it: write the example, refuse to overwrite,
 * read the workbook back as a model, export it, and refuse an edited workbook naming the cell.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runModel } from '../../src/engine';
import { assertBuilt, cli, EXAMPLE_FILE, exampleModel } from './helpers';

beforeAll(assertBuilt);

const dir = mkdtempSync(join(tmpdir(), 'budgetsim-cli-xlsx-'));

describe('budgetsim and workbooks', () => {
  const book = join(dir, 'demo.xlsx');

  test('demo --out writes a workbook and still prints the report', () => {
    const r = cli(['demo', '--out', book]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Enprocentaren');
    expect(r.stderr).toContain('arbetsboken är skriven');
    expect(statSync(book).size).toBeGreaterThan(10_000);
    // An .xlsx is a zip: it starts with "PK".
    expect(readFileSync(book).subarray(0, 2).toString()).toBe('PK');
  });

  test('an existing file is not replaced without --force, and nothing is printed', () => {
    const before = readFileSync(book);
    const r = cli(['run', EXAMPLE_FILE, '--out', book]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('already exists; add --force');
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test('--force replaces it; --force without --out is a usage error', () => {
    expect(cli(['run', EXAMPLE_FILE, '--out', book, '--force', '--json']).code).toBe(0);
    const r = cli(['run', EXAMPLE_FILE, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force goes with --out');
  });

  test('--out must name an .xlsx file; nothing is written otherwise', () => {
    const target = join(dir, 'budget.ods');
    const r = cli(['run', EXAMPLE_FILE, '--out', target]);
    expect(r.code).toBe(1);
    expect(existsSync(target)).toBe(false);
  });

  test('run on the workbook gives the same JSON as run on the model file it was written from', () => {
    const fromBook = cli(['run', book, '--json']);
    expect(fromBook.code).toBe(0);
    expect(JSON.parse(fromBook.stdout)).toEqual(JSON.parse(JSON.stringify(runModel(exampleModel()))));
  });

  test('export prints the model the workbook holds', () => {
    const r = cli(['export', book, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(exampleModel())));
  });

  test('an edited workbook with text in a number cell is refused naming sheet, table, row, column and cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const sheet = wb.getWorksheet('Nämnder')!;
    // bsCommittees starts at A4 (header) with data from row 5; column D is the labour share.
    expect(sheet.getCell('D4').value).toBe('Personalkostnadsandel');
    sheet.getCell('D6').value = 'sextio procent';
    sheet.getCell('C7').value = '1,5 %';
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const out = join(dir, 'never.xlsx');
    const r = cli(['run', edited, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // The workbook's model is Swedish, so the problems are said in Swedish.
    expect(r.stderr).toBe(
      `budgetsim: modellen i ${edited} godtogs inte (2 problem):\n` +
        '  Nämnder!D6 (tabell bsCommittees, rad 2, kolumn Personalkostnadsandel) $.committees[1].labourShare: ' +
        'personalkostnadsandelen måste vara ett tal eller en procentsats som "1,5 %", men är "sextio procent"\n' +
        '  Nämnder!C7 (tabell bsCommittees, rad 3, kolumn Ram basåret) $.committees[2].frame: ' +
        'nämndens ram måste vara ett vanligt tal, inte en procentsats, men är "1,5 %"\n',
    );
    expect(existsSync(out)).toBe(false);
    const en = cli(['run', edited, '--out', out, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`budgetsim: model file ${edited} was refused (2 problems):\n`);
    expect(en.stderr).toContain('Nämnder!D6 (table bsCommittees, row 2, column Personalkostnadsandel)');
    expect(en.stderr).toContain('Nämnder!C7 (table bsCommittees, row 3, column Ram basåret)');
    expect(en.stderr).toContain('committee frame must be a plain number, not a percentage, got "1,5 %"');
    expect(cli(['export', edited, '--lang', 'en']).stderr).toBe(en.stderr);
    expect(cli(['export', edited]).stderr).toBe(r.stderr);
    expect(existsSync(out)).toBe(false);
  });

  test('a refused workbook whose settings say "en" is reported in English', async () => {
    const model = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as Record<string, unknown>;
    model.language = 'en';
    const json = join(dir, 'english.json');
    writeFileSync(json, JSON.stringify(model));
    const english = join(dir, 'english.xlsx');
    expect(cli(['run', json, '--out', english]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(english);
    wb.getWorksheet('Committees')!.getCell('D6').value = 'sixty per cent';
    await wb.xlsx.writeFile(english);
    const r = cli(['validate', english]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `budgetsim: model file ${english} was refused (1 problem):\n` +
        '  Committees!D6 (table bsCommittees, row 2, column Labour share) $.committees[1].labourShare: ' +
        'labour share must be a number or a percentage such as "1.5%", got "sixty per cent"\n',
    );
    expect(cli(['validate', english, '--lang', 'sv']).stderr).toContain(
      'Committees!D6 (tabell bsCommittees, rad 2, kolumn Labour share) $.committees[1].labourShare: personalkostnadsandelen måste vara',
    );
  });

  test('export of a file that is not .xlsx is a usage error', () => {
    const json = join(dir, 'm.json');
    writeFileSync(json, readFileSync(EXAMPLE_FILE));
    expect(cli(['export', json]).code).toBe(2);
  });
});

describe('--force never loses a sheet the user made', () => {
  test('a workbook with a user sheet beside Budgetsim’s is not replaced, even with --force', async () => {
    const book = join(dir, 'shared.xlsx');
    expect(cli(['demo', '--out', book]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.addWorksheet('Mina anteckningar').getCell('A1').value = 'KS vill se 2 % krav';
    await wb.xlsx.writeFile(book);
    const before = readFileSync(book);
    const r = cli(['run', book, '--out', book, '--force']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Mina anteckningar');
    expect(r.stderr).not.toContain('Enprocentaren');
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});
