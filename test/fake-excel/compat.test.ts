import { ExcelApi, OfficeApi, createFakeExcel } from '../../src/fake-excel';
import { rejection } from './helpers';

// The real globals satisfy the types the fake is given as, so code taking ExcelApi / OfficeApi runs on both.
type Assignable<A, B> = A extends B ? true : false;
const realExcelFits: Assignable<typeof Excel, ExcelApi> = true;
const realOfficeFits: Assignable<typeof Office, OfficeApi> = true;

/** Written against @types/office-js only, as the add-in's renderer is. */
async function writeAndReadBack(excel: ExcelApi, sheetName: string): Promise<{ tables: [string, string][]; names: string[] }> {
  return excel.run(async (context: Excel.RequestContext) => {
    const ws: Excel.Worksheet = context.workbook.worksheets.add(sheetName);
    const range: Excel.Range = ws.getRangeByIndexes(0, 0, 2, 2);
    range.formulas = [['Committee', 'Frame'], ['Care', '=1+1']];
    const table: Excel.Table = ws.tables.add(range, true);
    table.name = 'tblCheck';
    context.workbook.names.add('bs_sheet_1', ws.getRange('A1'), 'owned');
    await context.sync();
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    const names = context.workbook.names.load('items/name,items/formula,items/comment,items/visible');
    await context.sync();
    return {
      tables: tables.items.map((t): [string, string] => [t.name, t.worksheet.name]),
      names: names.items.map((n) => `${n.name} ${n.formula} ${n.comment} ${n.visible}`),
    };
  });
}

describe('compatibility with code written against @types/office-js', () => {
  test('the real Excel and Office globals are assignable to the types the fake exposes', () => {
    expect([realExcelFits, realOfficeFits]).toEqual([true, true]);
  });

  test('a renderer-style function runs unchanged, nested loads included', async () => {
    const { Excel } = createFakeExcel();
    expect(await writeAndReadBack(Excel, 'Indata')).toEqual({
      tables: [['tblCheck', 'Indata']],
      names: ['bs_sheet_1 =Indata!$A$1 owned true'],
    });
  });

  test('enums carry the same string values as Office.js', () => {
    const { Excel } = createFakeExcel();
    expect(Excel.ChartType.columnClustered).toBe('ColumnClustered');
    expect(Excel.SheetVisibility.veryHidden).toBe('VeryHidden');
    expect(Excel.BorderIndex.insideHorizontal).toBe('InsideHorizontal');
    expect(Excel.ConditionalFormatType.cellValue).toBe('CellValue');
    expect(Excel.CalculationMode.automatic).toBe('Automatic');
    expect(Excel.ErrorCodes.itemAlreadyExists).toBe('ItemAlreadyExists');
  });
});

describe('edges', () => {
  test('work on a null object is skipped, including what it would create', async () => {
    const { Excel, host } = createFakeExcel();
    const before = host.snapshot();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Missing');
      const table = missing.tables.add('A1:B2', true);
      table.name = 'never';
      missing.getRange('A1').values = [[1]];
      const count = missing.tables.getCount();
      await context.sync();
      expect(table.isNullObject).toBe(true);
      expect(count.value).toBeNull();
    });
    expect(host.snapshot()).toEqual(before);
  });

  test('Excel’s cell limits: 32,767 characters of text, 8,192 of formula', async () => {
    const { Excel } = createFakeExcel();
    const write = (v: string) =>
      rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[v]];
          await context.sync();
        }),
      );
    expect((await write('x'.repeat(32768))).code).toBe('InvalidArgument');
    expect((await write('=' + '1+'.repeat(4100) + '1')).code).toBe('FormulaLengthExceedsLimit');
  });

  test('borders on whole rows stay on their edges', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('1:1').format.borders.getItem('EdgeRight').style = 'Continuous';
      sheet.getRange('A2:B3').format.borders.getItem('InsideHorizontal').style = 'Dash';
      sheet.getRange('A2:B3').format.borders.getItem('EdgeLeft').color = '#FF0000';
    });
    const s = host.sheet('Sheet1');
    expect(s.cell('A2').borders).toEqual({ top: 'None', bottom: 'Dash', left: 'Continuous', right: 'None' });
    expect(s.cell('B3').borders).toEqual({ top: 'Dash', bottom: 'None', left: 'None', right: 'None' });
    expect(host.snapshot().sheets[0].cells.A2.borders?.left).toEqual({ style: 'Continuous', color: '#FF0000', weight: 'Thin' });
  });

  test('the host reads and writes like a user, with the same rules', () => {
    const { host } = createFakeExcel();
    const s = host.addSheet('User notes');
    s.setValues('A1:B1', [["'=not a formula", '=SUM(1,2)']]);
    expect(s.cell('A1')).toMatchObject({ value: '=not a formula', formula: null, valueType: 'String' });
    expect(s.cell('B1').formula).toBe('=SUM(1,2)');
    host.addName('Notes', "='User notes'!$A$1");
    s.rename('Notes (kept)');
    expect(host.nameValue('Notes')).toBe("'Notes (kept)'!$A$1");
    expect(() => host.addSheet('notes (KEPT)')).toThrow(expect.objectContaining({ code: 'ItemAlreadyExists' }));
  });
});
