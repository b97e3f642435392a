import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderXlsx, writeXlsxBuffer, writeXlsxFile } from '../../../src/renderers/xlsx';
import { range } from '../../../src/workbook/a1';
import { WorkbookDescription } from '../../../src/workbook/description';
import { INPUTS, load, smallDescription } from './fixture';

function changed(edit: (d: WorkbookDescription) => void): WorkbookDescription {
  const d = smallDescription();
  edit(d);
  return d;
}

const inputs = (d: WorkbookDescription) => d.sheets.find((s) => s.name === INPUTS)!;

describe('descriptions Excel would have to repair are refused before anything is written', () => {
  test.each<[string, (d: WorkbookDescription) => void, RegExp]>([
    ['a table without a data row', (d) => (inputs(d).tables[0].range = range(2, 0, 1, 3)), /at least one data row/],
    ['a table with an empty header', (d) => (inputs(d).blocks[1].cells[0][1] = null), /header at B3 must be non-empty text/],
    ['a table with two equal headers', (d) => (inputs(d).blocks[1].cells[0][2] = 'år'), /two columns are headed "år"/],
    ['a table name that is a cell reference', (d) => (inputs(d).tables[0].name = 'BS1'), /not a name Excel accepts/],
    ['two tables with one name', (d) => inputs(d).tables.push({ ...inputs(d).tables[0], range: range(9, 0, 2, 1) }), /two tables are named bsAmounts/],
    ['two tables that overlap', (d) => inputs(d).tables.push({ ...inputs(d).tables[0], name: 'bsOther', range: range(6, 0, 5, 1) }), /bsOther overlaps bsAmounts/],
    ['a number that is not finite', (d) => (inputs(d).blocks[1].cells[1][1] = NaN), /'Indata'!B4: NaN/],
    ['a formula with its "="', (d) => (d.sheets[0].blocks[0].cells[1][1] = { formula: '=1', cached: 1 }), /no leading '='/],
    ['a formula longer than Excel reads', (d) => (d.sheets[0].blocks[0].cells[1][1] = { formula: Array(3000).fill('A1').join('+'), cached: 0 }), /longer than Excel's 8192/],
    ['a defined name that is a cell reference', (d) => (d.names[0].name = 'R1C1'), /not a name Excel accepts/],
    ['a defined name that is also a table name', (d) => (d.names[0].name = 'BSAMOUNTS'), /names and tables share one namespace/],
    ['two defined names that differ only in case', (d) => (d.names[1].name = 'BS_RATE'), /used twice/],
    ['a defined name on a sheet the workbook lacks', (d) => (d.names[0].sheet = 'Nowhere'), /does not have: Nowhere/],
    ['text longer than a cell holds', (d) => (inputs(d).blocks[0].cells[0][0] = 'x'.repeat(32768)), /longer than Excel's 32767/],
    ['a list value with a comma', (d) => (inputs(d).validations[0].values = ['1,5', '2']), /cannot hold a comma/],
    ['a list longer than 255 characters', (d) => (inputs(d).validations[0].values = Array.from({ length: 60 }, (_, i) => `value${i}`)), /longer than Excel's 255/],
    ['a sheet name ending with an apostrophe', (d) => (d.sheets[0].name = "Kalkyl '"), /apostrophe/],
    ['a sheet name longer than 31 characters', (d) => (d.sheets[0].name = 'x'.repeat(32)), /1 to 31 characters/],
    ['two sheets whose names differ only in case', (d) => (d.sheets[0].name = 'INDATA'), /used twice/],
    ['a colour that is not #RRGGBB', (d) => (d.sheets[0].tabColor = 'blue'), /#RRGGBB/],
  ])('%s', async (_what, edit, message) => {
    const d = changed(edit);
    await expect(writeXlsxBuffer(d)).rejects.toThrow(message);
    expect(() => renderXlsx(d)).toThrow(message);
  });
});

test('a non-finite cached result is left out rather than written', async () => {
  const d = changed((x) => (x.sheets[0].blocks[0].cells[1][1] = { formula: '1/0', cached: Infinity }));
  const wb = await load(await writeXlsxBuffer(d));
  const cell = wb.worksheets[0].getCell('B2');
  expect(cell.formula).toBe('1/0');
  expect(cell.result).toBeUndefined();
});

describe('writeXlsxFile', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'budgetsim-xlsx-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a workbook that reads back, leaving no temporary file', async () => {
    const path = join(dir, 'out.xlsx');
    await writeXlsxFile(smallDescription(), path);
    const wb = await load(readFileSync(path));
    expect(wb.getWorksheet(INPUTS)!.getCell('A4').value).toBe(2027);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  test('never replaces an existing file unless asked to', async () => {
    const path = join(dir, 'mine.xlsx');
    writeFileSync(path, 'the user\'s own file');
    await expect(writeXlsxFile(smallDescription(), path)).rejects.toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('the user\'s own file');
    await writeXlsxFile(smallDescription(), path, { overwrite: true });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['mine.xlsx']);
  });

  test('writes nothing from a description it refuses', async () => {
    const path = join(dir, 'bad.xlsx');
    await expect(writeXlsxFile(changed((d) => (inputs(d).tables[0].range = range(2, 0, 1, 3))), path)).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

test('writeXlsxFile into a folder that does not exist fails cleanly', async () => {
  await expect(writeXlsxFile(smallDescription(), join(tmpdir(), 'budgetsim-no-such-dir', 'x', 'out.xlsx'))).rejects.toThrow(/ENOENT/);
});
