/**
 * The .xlsx reader on the variants other tools write, crafted from the workbook Budgetsim writes:
 * inline strings instead of shared ones (openpyxl, Google Sheets), prefixed elements, absolute
 * relationship targets (openpyxl), shared formulas (Excel), parts missing or unreadable that the
 * reader does not need, formulas saved without a cached value, dates, booleans and errors.
 */
import { Model } from '../../src/engine/types';
import { readModelFromXlsx, readWorkbook, writeXlsxBuffer, XlsxReadError } from '../../src/renderers/xlsx';
import { describeWorkbook } from '../../src/workbook/layout';
import { modelWorkbook } from '../../src/renderers/xlsx/model-workbook';
// The version 1 example: these variants are crafted from its parts.
import { exampleModelV1 as exampleModel } from '../support/example-v1';
import { editXlsx, part, Parts, partsOf, rewrite, setCell, sharedStringList, sheetPart } from './parts';

let written: Buffer;
let model: Model;

beforeAll(async () => {
  model = exampleModel();
  // As the CLI writes it: with the stored model.
  const { description, options } = modelWorkbook(model);
  written = await writeXlsxBuffer(description, options);
});

async function readsBack(file: Buffer): Promise<void> {
  expect(await readModelFromXlsx(file)).toEqual({ ok: true, model });
}

async function problems(file: Buffer) {
  const result = await readModelFromXlsx(file);
  if (result.ok) throw new Error('the workbook was accepted');
  return result.problems;
}

/** bsCommittees is on the sheet Nämnder at A4 (header): C is the frame, D the labour share, E the opening carry-in. */
function editCommittees(file: Buffer, edit: (sheetXml: string, parts: Parts) => string): Buffer {
  return editXlsx(file, (parts) => {
    const name = sheetPart(parts, 'Nämnder');
    rewrite(parts, name, (xml) => edit(xml, parts));
  });
}

describe('files saved by other tools read back into the same model', () => {
  it('the written workbook itself (the baseline of every variant)', async () => {
    await readsBack(written);
    // Every part a spreadsheet application needs to open it, and the stored model.
    const names = [...partsOf(written).keys()];
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/theme/theme1.xml', 'xl/styles.xml', 'docProps/core.xml', 'customXml/item1.xml']));
    expect(readWorkbook(written).storedModel).toContain('urn:budgetsim:model');
  });

  it('inline strings instead of shared strings, and no shared strings part at all', async () => {
    const file = editXlsx(written, (parts) => {
      const strings = sharedStringList(parts);
      for (const name of [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
        rewrite(parts, name, (xml) =>
          xml.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?) t="s"><v>(\d+)<\/v><\/c>/g, (_m, ref: string, s: string, i: string) =>
            `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${strings[Number(i)]}</t></is></c>`,
          ),
        );
      }
      parts.delete('xl/sharedStrings.xml');
      rewrite(parts, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
      rewrite(parts, '[Content_Types].xml', (xml) => xml.replace(/<Override [^>]*sharedStrings[^>]*\/>/, ''));
    });
    expect([...file.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    await readsBack(file);
  });

  it('rich text runs in a shared string are joined, phonetic runs left out', async () => {
    const file = editCommittees(written, (xml) =>
      setCell(xml, 'B5', '<c r="B5" t="inlineStr"><is><r><t>Kommun</t></r><r><rPr><b/></rPr><t>styrelsen</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>'),
    );
    await readsBack(file);
  });

  it('elements with a namespace prefix (x:worksheet, x:c), as the Open XML SDK writes them', async () => {
    const file = editCommittees(written, (xml) =>
      xml
        .replace('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        .replace('</worksheet>', '</x:worksheet>')
        .replace(/<(\/?)(sheetData|row|c|v|f|is|t)\b/g, '<$1x:$2'),
    );
    await readsBack(file);
  });

  it('absolute relationship targets (/xl/worksheets/sheet1.xml), as openpyxl writes them', async () => {
    const file = editXlsx(written, (parts) => {
      rewrite(parts, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"'));
      for (const name of [...parts.keys()].filter((n) => /^xl\/worksheets\/_rels\/.*\.rels$/.test(n))) {
        rewrite(parts, name, (xml) => xml.replace(/Target="\.\.\/([^"]+)"/g, 'Target="/xl/$1"'));
      }
    });
    expect(part(partsOf(file), 'xl/_rels/workbook.xml.rels')).toContain('Target="/xl/worksheets/sheet1.xml"');
    await readsBack(file);
  });

  it('drawing and chart parts missing, or not even XML, while the relationships still name them', async () => {
    const missing = editXlsx(written, (parts) => {
      for (const name of [...parts.keys()]) if (/^xl\/(drawings|charts)\//.test(name)) parts.delete(name);
    });
    await readsBack(missing);
    const garbage = editXlsx(written, (parts) => {
      for (const name of [...parts.keys()]) if (/^xl\/(drawings|charts)\/[^/]+\.xml$/.test(name)) parts.set(name, 'this is not <xml');
    });
    await readsBack(garbage);
    // A part the reader does not know at all (a pivot cache) is left unread.
    await readsBack(editXlsx(written, (parts) => parts.set('xl/pivotCache/pivotCacheDefinition1.xml', '<<<')));
  });

  it('shared formulas: only the master carries the text, the others their cached values', async () => {
    // Frames of the seven committees, C5:C11: Excel writes "=C5*1" filled down as one shared formula.
    const file = editCommittees(written, (xml) => {
      let out = xml;
      for (let r = 5; r <= 11; r++) {
        const v = new RegExp(`<c r="C${r}"[^>]*><v>([^<]+)</v></c>`).exec(out)?.[1];
        expect(v).toBeDefined();
        const f = r === 5 ? '<f t="shared" ref="C5:C11" si="0">ROUND(335,0)</f>' : '<f t="shared" si="0"/>';
        out = setCell(out, `C${r}`, `<c r="C${r}" s="7">${f}<v>${v}</v></c>`);
      }
      return out;
    });
    await readsBack(file);
  });
});

describe('a formula saved without its value is a problem naming the cell, never a blank', () => {
  it('in an optional cell (the opening carry-in, whose blank would mean 0)', async () => {
    const file = editCommittees(written, (xml) => setCell(xml, 'E5', '<c r="E5"><f>1+1</f></c>'));
    expect(await problems(file)).toEqual([
      expect.objectContaining({
        code: 'invalid',
        location: { sheet: 'Nämnder', table: 'bsCommittees', row: 1, column: 'Ingående överföring', address: 'E5' },
        message: expect.stringContaining('formula that was saved without its value'),
        messages: { sv: expect.stringContaining('formel som sparades utan sitt värde') },
      }),
    ]);
  });

  it('in the followers of a shared formula, each named', async () => {
    const file = editCommittees(written, (xml) => {
      let out = setCell(xml, 'C5', '<c r="C5"><f t="shared" ref="C5:C7" si="3">335</f><v>335</v></c>');
      out = setCell(out, 'C6', '<c r="C6"><f t="shared" si="3"/></c>');
      return setCell(out, 'C7', '<c r="C7"><f t="shared" si="3"/><v></v></c>');
    });
    const found = await problems(file);
    expect(found.filter((p) => p.code === 'invalid').map((p) => p.location?.address)).toEqual(['C6', 'C7']);
  });
});

describe('dates, booleans and errors are read as what they are, and refused where a number belongs', () => {
  it('a date-formatted serial, a t="d" date, a boolean and an error value', async () => {
    // 2026-05-01 is day 46143 after 1899-12-30: (Date.UTC(2026, 4, 1) / 86 400 000) + 25 569 = 20 574 + 25 569.
    expect(Date.UTC(2026, 4, 1) / 86_400_000 + 25_569).toBe(46_143);
    const file = editXlsx(written, (parts) => {
      rewrite(parts, 'xl/styles.xml', (xml) =>
        xml.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, n: string, xfs: string) =>
          `<cellXfs count="${Number(n) + 1}">${xfs}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`,
        ),
      );
      const dateStyle = Number(/<cellXfs count="(\d+)"/.exec(part(parts, 'xl/styles.xml'))![1]) - 1;
      rewrite(parts, sheetPart(parts, 'Nämnder'), (xml) => {
        let out = setCell(xml, 'D5', `<c r="D5" s="${dateStyle}"><v>46143</v></c>`);
        out = setCell(out, 'D6', '<c r="D6" t="d"><v>2026-05-01T12:30:00Z</v></c>');
        out = setCell(out, 'D7', '<c r="D7" t="b"><v>1</v></c>');
        return setCell(out, 'D8', '<c r="D8" t="e"><f>NA()</f><v>#N/A</v></c>');
      });
    });
    const tables = readWorkbook(file).tables;
    expect(tables.get('bsCommittees')!.rows.slice(0, 4).map((r) => r[3])).toEqual(['2026-05-01', '2026-05-01 12:30:00', true, '#N/A']);
    const found = await problems(file);
    expect(found.map((p) => [p.location?.address, p.code])).toEqual([
      ['D5', 'type'],
      ['D6', 'type'],
      ['D7', 'type'],
      ['D8', 'type'],
    ]);
    expect(found[0].message).toContain('"2026-05-01"');
    expect(found[3].message).toContain('"#N/A"');
  });
});

describe('table parts as other tools write them', () => {
  it('no headerRowCount attribute means a header row; headerRowCount="0" means none; a totals row is left out', async () => {
    const absent = editXlsx(written, (parts) => {
      for (const name of [...parts.keys()].filter((n) => n.startsWith('xl/tables/'))) rewrite(parts, name, (xml) => xml.replace(' headerRowCount="1"', ''));
    });
    await readsBack(absent);

    // bsCommittees as a table without a header row over its body (the header cells above it stay as
    // text), and one with a totals row below it.
    const committeesPart = [...partsOf(written).entries()].find(([n, xml]) => n.startsWith('xl/tables/') && xml.includes('name="bsCommittees"'))![0];
    const [, c0, r0, c1, r1] = /ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(part(partsOf(written), committeesPart))!;
    const ref = `ref="${c0}${r0}:${c1}${r1}"`;
    const headerless = editXlsx(written, (parts) => {
      rewrite(parts, committeesPart, (xml) => xml.split(ref).join(`ref="${c0}${Number(r0) + 1}:${c1}${r1}"`).replace('headerRowCount="1"', 'headerRowCount="0"'));
    });
    const t = readWorkbook(headerless).tables.get('bsCommittees')!;
    expect(t.headers.slice(0, 4)).toEqual(['Id', 'Namn', 'Ram basåret', 'Personalkostnadsandel']);
    expect(t.rows.length).toBe(7);
    expect(t.rows[0].slice(0, 2)).toEqual(['KS', 'Kommunstyrelsen']);
    await readsBack(headerless);

    const below = Number(r1) + 1;
    const totals = editXlsx(written, (parts) => {
      rewrite(parts, committeesPart, (xml) => xml.split(ref).join(`ref="${c0}${r0}:${c1}${below}"`).replace('headerRowCount="1"', 'headerRowCount="1" totalsRowCount="1"'));
      // The row below the table is blank, so it is not in the file: the totals row is added as its own row.
      const cell = `<c r="C${below}"><f>SUBTOTAL(109,C${Number(r0) + 1}:C${r1})</f><v>3000</v></c>`;
      rewrite(parts, sheetPart(parts, 'Nämnder'), (xml) => {
        const next = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > below);
        const row = `<row r="${below}">${cell}</row>`;
        return next ? xml.slice(0, next.index) + row + xml.slice(next.index) : xml.replace('</sheetData>', `${row}</sheetData>`);
      });
    });
    expect(readWorkbook(totals).tables.get('bsCommittees')!.rows.length).toBe(7);
    await readsBack(totals);
  });
});

describe('what the reader reports besides the tables', () => {
  it('every sheet with its kind, chart sheets included, and the defined names', () => {
    const contents = readWorkbook(written);
    expect(contents.sheets.map((s) => s.name)).toEqual(describeWorkbook(model).sheets.map((s) => s.name));
    expect(contents.sheets.every((s) => s.kind === 'worksheet' && s.state === 'visible')).toBe(true);
    expect(contents.names).toEqual(expect.arrayContaining([{ name: 'bs_sheet_1', formula: "'Jämförelse'!$A$1" }]));

    const withChartSheet = editXlsx(written, (parts) => {
      parts.set('xl/chartsheets/sheet1.xml', '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>');
      rewrite(parts, 'xl/_rels/workbook.xml.rels', (xml) =>
        xml.replace('</Relationships>', '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
      );
      rewrite(parts, 'xl/workbook.xml', (xml) => xml.replace('</sheets>', '<sheet name="Diagram1" sheetId="900" state="hidden" r:id="rId900"/></sheets>'));
    });
    expect(readWorkbook(withChartSheet).sheets.at(-1)).toEqual({ name: 'Diagram1', kind: 'chartsheet', state: 'hidden' });
  });
});

describe('files that are not workbooks are refused with the reason', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'the file is empty'],
    ['a text file', Buffer.from('name;frame\nKS;335\n'), 'not a zip file'],
    ['an OLE compound file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'OLE compound file'],
  ])('%s', (_what, bytes, message) => {
    expect(() => readWorkbook(bytes)).toThrow(XlsxReadError);
    expect(() => readWorkbook(bytes)).toThrow(message);
  });

  it('a truncated file', () => {
    const truncated = written.subarray(0, Math.floor(written.length / 2));
    expect(() => readWorkbook(truncated)).toThrow(XlsxReadError);
    expect(() => readWorkbook(truncated)).toThrow(/damaged or truncated/);
  });

  it('a zip that is not a spreadsheet', () => {
    const other = editXlsx(written, (parts) => {
      for (const name of [...parts.keys()]) if (name.startsWith('xl/') || name.startsWith('_rels/')) parts.delete(name);
    });
    expect(() => readWorkbook(other)).toThrow('it has no workbook part');
  });
});
