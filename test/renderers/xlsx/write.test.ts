import * as ExcelJS from 'exceljs';
import { renderXlsx, writeXlsxBuffer } from '../../../src/renderers/xlsx';
import { WorkbookDescription } from '../../../src/workbook/description';
import { CALC, FORMULA_LOOKING_TEXT, INPUTS, load, smallDescription } from './fixture';
import { zipEntries, zipText } from './zip';

type Writer = (d: WorkbookDescription) => Promise<Buffer>;

const WRITERS: [string, Writer][] = [
  ['writeXlsxBuffer (streaming)', (d) => writeXlsxBuffer(d)],
  ['renderXlsx (in memory)', async (d) => Buffer.from(await renderXlsx(d).xlsx.writeBuffer())],
];

interface TableModel {
  name: string;
  tableRef: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string }[];
  style: { theme: string; showRowStripes: boolean };
}

describe.each(WRITERS)('%s', (_name, write) => {
  let bytes: Buffer;
  let wb: ExcelJS.Workbook;
  let inputs: ExcelJS.Worksheet;
  let calc: ExcelJS.Worksheet;

  beforeAll(async () => {
    bytes = await write(smallDescription());
    wb = await load(bytes);
    inputs = wb.getWorksheet(INPUTS)!;
    calc = wb.getWorksheet(CALC)!;
  });

  test('sheets in the description order, with their names', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([CALC, INPUTS]);
  });

  test('numbers are numbers and booleans booleans', () => {
    expect(inputs.getCell('A4').value).toBe(2027);
    expect(inputs.getCell('B5').value).toBe(200.5);
    expect(inputs.getCell('B6').value).toBe(-3);
    expect(inputs.getCell('B7').value).toBe(0);
    expect(inputs.getCell('B10').value).toBe(0.1);
    expect(inputs.getCell('B14').value).toBe(true);
    expect(calc.getCell('B1').value).toBe(2027);
  });

  test('text that looks like a formula stays text, exactly', () => {
    const cells = ['C4', 'C5', 'C6', 'C7', 'B12', 'B13'].map((a) => inputs.getCell(a));
    expect(cells.map((c) => c.value)).toEqual([...FORMULA_LOOKING_TEXT.slice(0, 4), FORMULA_LOOKING_TEXT[4], FORMULA_LOOKING_TEXT[5]]);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeFalsy();
    }
  });

  test('formulas are formulas, with the cached values as results', () => {
    // cell.result, not cell.value.result: ExcelJS's value copy drops a falsy result (0, false, "").
    const f = (a: string) => ({ formula: calc.getCell(a).formula, result: calc.getCell(a).result });
    expect(f('B2')).toEqual({ formula: "SUM('Indata'!B4:B7)", result: 297.5 });
    expect(f('C2')).toEqual({ formula: 'B2*bs_rate', result: 29.75 });
    expect(f('B3')).toEqual({ formula: 'B2>0', result: true });
    expect(f('C3')).toEqual({ formula: 'C2>1000', result: false });
    expect(f('B4')).toEqual({ formula: 'IF(B2>100,"hög","låg")', result: 'hög' });
    expect(f('B5')).toEqual({ formula: 'B2+1', result: undefined });
    expect(calc.getCell('B2').type).toBe(ExcelJS.ValueType.Formula);
  });

  test('functions newer than Excel 2007 carry the file format\'s _xlfn. prefix', () => {
    expect((calc.getCell('C4').value as ExcelJS.CellFormulaValue).formula).toBe('_xlfn.IFNA(MATCH(9999,Indata!A4:A7,0),-1)');
  });

  test('number formats by range, a later range winning', () => {
    expect(inputs.getCell('A5').numFmt).toBe('0');
    expect(inputs.getCell('B5').numFmt).toBe('#,##0.0;-#,##0.0');
    expect(inputs.getCell('B10').numFmt).toBe('0.0%');
    expect(calc.getCell('B2').numFmt).toBe('#,##0.0;-#,##0.0');
    expect(calc.getCell('C2').numFmt).toBe('0.00');
  });

  test('named styles: font, fill, border, alignment, also on empty cells', () => {
    const title = inputs.getCell('A1');
    expect(title.font).toMatchObject({ bold: true, size: 14, color: { argb: 'FF1F3864' } });
    const header = calc.getCell('B1');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(header.border.bottom).toMatchObject({ style: 'thin' });
    expect(header.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(calc.getCell('B2').border.top).toMatchObject({ style: 'thin' });
    expect(calc.getCell('B2').font).toMatchObject({ bold: true });
    const input = inputs.getCell('B10');
    expect(input.fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(input.numFmt).toBe('0.0%');
    for (const a of ['A16', 'B16', 'C16']) {
      expect(inputs.getCell(a).value).toBeNull();
      expect(inputs.getCell(a).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    }
  });

  test('an Excel table over the written header and rows, headers exactly as in the blocks', () => {
    const table = (inputs.getTable('bsAmounts') as unknown as { table: TableModel }).table;
    expect(table.name).toBe('bsAmounts');
    expect(table.tableRef).toBe('A3:C7');
    expect(table.headerRow).toBe(true);
    expect(table.totalsRow).toBe(false);
    expect(table.columns.map((c) => c.name)).toEqual(['År', 'Belopp', 'Namn']);
    expect(table.style.theme).toBe('TableStyleLight9');
    expect(['A3', 'B3', 'C3'].map((a) => inputs.getCell(a).value)).toEqual(['År', 'Belopp', 'Namn']);
    // The table's own filter is the only one: no sheet-level autofilter to collide with it.
    expect(inputs.autoFilter).toBeFalsy();
  });

  test('workbook-scoped defined names', () => {
    const names = Object.fromEntries(wb.definedNames.model.map((n: { name: string; ranges: string[] }) => [n.name, n.ranges]));
    expect(names).toEqual({
      bs_rate: ['Indata!$B$10'],
      bs_sheet_1: [`'Kalkyl ''A'' 2027'!$A$1`],
      bs_sheet_2: ['Indata!$A$1'],
      bs_years: ['Indata!$A$4:$A$7'],
    });
    const xml = zipText(bytes, 'xl/workbook.xml');
    expect(xml).not.toMatch(/localSheetId/);
  });

  test('frozen panes, column widths and tab colours', () => {
    expect(inputs.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect((inputs.views[0] as { xSplit?: number }).xSplit ?? 0).toBe(0);
    expect(calc.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(inputs.getColumn(1).width).toBe(30);
    expect(inputs.getColumn(3).width).toBe(42.5);
    expect(calc.getColumn(1).width).toBe(24);
    expect(inputs.properties.tabColor).toMatchObject({ argb: 'FFFFC000' });
    expect(calc.properties.tabColor).toMatchObject({ argb: 'FF4472C4' });
  });

  test('conditional formats: cell equals value -> the named style', () => {
    const cfs = (calc as unknown as { conditionalFormattings: { ref: string; rules: { type: string; operator: string; formulae: string[]; style: Partial<ExcelJS.Style> }[] }[] }).conditionalFormattings;
    const rules = cfs.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, ...r })));
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({ ref: 'B3:C3', type: 'cellIs', operator: 'equal', formulae: ['TRUE'] });
    expect(rules[0].style.fill).toMatchObject({ bgColor: { argb: 'FFC6EFCE' } });
    expect(rules[0].style.font).toMatchObject({ color: { argb: 'FF006100' } });
    expect(rules[1]).toMatchObject({ ref: 'B3:C3', formulae: ['FALSE'] });
    expect(rules[1].style.fill).toMatchObject({ bgColor: { argb: 'FFFFC7CE' } });
  });

  test('list validations', () => {
    const model = (inputs as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(model['B11']).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"uplift,revenue"'] });
    // ExcelJS reads a range's validation back once per cell.
    for (const a of ['A4', 'A5', 'A6', 'A7']) expect(model[a]).toMatchObject({ type: 'list', formulae: ['"2027,2028,2029,2030"'] });
    expect(model['A8']).toBeUndefined();
  });

  test('document properties and recalculation on load', () => {
    expect(wb.creator).toBe('Budgetsim');
    expect(wb.lastModifiedBy).toBe('Budgetsim');
    expect(zipText(bytes, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

test('the streaming writer marks every part it adds in [Content_Types].xml and the sheet relationships', async () => {
  const bytes = await writeXlsxBuffer(smallDescription());
  const parts = zipEntries(bytes);
  expect([...parts.keys()].filter((p) => p.startsWith('xl/tables/'))).toEqual(['xl/tables/table1.xml']);
  expect(zipText(bytes, '[Content_Types].xml')).toContain('<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>');
  const sheet = zipText(bytes, 'xl/worksheets/sheet2.xml');
  expect(sheet).toMatch(/<tableParts count="1"><tablePart r:id="(rId\d+)"\/><\/tableParts><\/worksheet>$/);
  const rId = /tablePart r:id="(rId\d+)"/.exec(sheet)![1];
  expect(zipText(bytes, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain(`Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"`);
});

test('a fixed creation time makes the output reproducible', async () => {
  const created = new Date('2026-01-02T03:04:05Z');
  const a = await writeXlsxBuffer(smallDescription(), { created });
  const b = await writeXlsxBuffer(smallDescription(), { created });
  const strip = (buf: Buffer) => new Map([...zipEntries(buf)].map(([k, v]) => [k, v.toString('utf8')]));
  expect(strip(a)).toEqual(strip(b));
  expect(zipText(a, 'docProps/core.xml')).toContain('2026-01-02T03:04:05Z');
});

test.each(WRITERS)('%s keeps a cached 0 or FALSE of a formula inside a table', async (_name, write) => {
  const d = smallDescription();
  const inputs = d.sheets.find((s) => s.name === INPUTS)!;
  inputs.blocks[1].cells[1][1] = { formula: 'B5-200.5', cached: 0 };
  inputs.blocks[1].cells[2][1] = { formula: 'B6>0', cached: false };
  const ws = (await load(await write(d))).getWorksheet(INPUTS)!;
  expect([ws.getCell('B4').formula, ws.getCell('B4').result]).toEqual(['B5-200.5', 0]);
  expect([ws.getCell('B5').formula, ws.getCell('B5').result]).toEqual(['B6>0', false]);
});
