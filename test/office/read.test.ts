import { exampleModel } from '../../src/examples';
import { Problem } from '../../src/model-file';
import { readTables } from '../../src/office/read';
import { cellData, dateFromSerial, isDateFormat } from '../../src/office/read-cells';
import { writeXlsxBuffer } from '../../src/renderers/xlsx';
import { readTablesFromXlsx } from '../../src/renderers/xlsx/read-tables';
import { cellA1 } from '../../src/workbook/a1';
import { describeWorkbook } from '../../src/workbook/layout';
import { modelFromTables } from '../../src/workbook/read/model-from-tables';
import { CellData, TableSet } from '../../src/workbook/read/table-data';
import { Fixture, fixture } from './helpers';

interface Edit {
  table: string;
  /** 1-based data row. */
  row: number;
  header: string;
  /** What the user typed, as the fake takes it and as ExcelJS stores it. */
  typed: unknown;
  /** The cell as the .xlsx reader shows it. */
  xlsx: CellData;
  numberFormat?: string;
}

function address(tables: TableSet, e: Edit): { sheet: string; address: string } {
  const t = tables.get(e.table)!;
  const column = t.headers.indexOf(e.header);
  if (column < 0) throw new Error(`no ${e.header} in ${e.table}`);
  return { sheet: t.sheet, address: cellA1(t.row + e.row, t.column + column) };
}

const EDITS: Edit[] = [
  { table: 'bsCommittees', row: 1, header: 'Personalkostnadsandel', typed: 'mycket', xlsx: 'mycket' },
  { table: 'bsCommittees', row: 2, header: 'Id', typed: 'KS', xlsx: 'KS' },
  { table: 'bsYears', row: 2, header: 'Skatteunderlagets ökning', typed: -2, xlsx: -2 },
  // A date where a rate belongs: both readers show it as the date the user sees.
  { table: 'bsYears', row: 1, header: 'Löneökning', typed: 46143, xlsx: '2026-05-01', numberFormat: 'yyyy-mm-dd' },
  { table: 'bsCommitteeYears', row: 1, header: 'Nämnd (id)', typed: 'XX', xlsx: 'XX' },
];

describe('reading the input tables through Office.js', () => {
  let f: Fixture;
  let tables: TableSet;

  beforeEach(async () => {
    f = fixture();
    await f.gateway.write(exampleModel());
    tables = await readTables(f.Excel);
  });

  test('refusals name sheet, table, row, column and cell exactly as the .xlsx path does', async () => {
    // The .xlsx reader's tables for the same description, with the same cells as that reader shows them.
    const xlsxTables = await readTablesFromXlsx(await writeXlsxBuffer(describeWorkbook(exampleModel(), { reservedSheetNames: ['Sheet1'] })));
    expect(xlsxTables).toEqual(tables);
    for (const e of EDITS) {
      const { sheet, address: a1 } = address(tables, e);
      f.host.sheet(sheet).setValues(a1, [[e.typed]]);
      if (e.numberFormat) {
        await f.Excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(a1).numberFormat = [[e.numberFormat!]];
          await context.sync();
        });
      }
      const t = xlsxTables.get(e.table)!;
      t.rows[e.row - 1][t.headers.indexOf(e.header)] = e.xlsx;
    }
    const office = await f.gateway.read();
    expect(office.ok).toBe(false);
    expect(office).toEqual(modelFromTables(xlsxTables));
    const problems = (office as { problems: Problem[] }).problems;
    for (const e of EDITS) {
      const { sheet, address: a1 } = address(tables, e);
      const p = problems.find((x) => x.location?.address === a1 && x.location.sheet === sheet);
      expect([e.header, p?.location]).toEqual([e.header, { sheet, table: e.table, row: e.row, column: e.header, address: a1 }]);
    }
    expect(problems.find((p) => p.location?.address === address(tables, EDITS[3]).address)!.message).toContain('2026-05-01');
  });

  test('a missing table is one problem naming the table', async () => {
    await f.Excel.run(async (context) => {
      context.workbook.tables.getItem('bsHistory').delete();
      await context.sync();
    });
    const result = await f.gateway.read();
    expect(result.ok).toBe(false);
    const problems = (result as { problems: Problem[] }).problems;
    expect(problems.map((p) => p.code)).toEqual(['table-missing']);
    expect(problems[0].message).toContain('bsHistory');
  });

  test('rows a user added to a table are read', async () => {
    const c = tables.get('bsCommittees')!;
    const width = c.headers.length;
    const below = c.row + c.rows.length + 1;
    // The table grows over the new row, as it does when a user types right below it.
    f.host.sheet(c.sheet).setValues(`${cellA1(below, c.column)}:${cellA1(below, c.column + 3)}`, [['MN', 'Miljönämnden', 12, '62,5 %']]);
    await f.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(c.sheet);
      context.workbook.tables.getItem('bsCommittees').convertToRange();
      ws.tables.add(ws.getRangeByIndexes(c.row, c.column, c.rows.length + 2, width), true).name = 'bsCommittees';
      await context.sync();
    });
    const result = await f.gateway.read();
    expect(result.ok).toBe(true);
    const model = (result as { model: ReturnType<typeof exampleModel> }).model;
    expect(model.committees.at(-1)).toEqual({ id: 'MN', name: 'Miljönämnden', frame: 12, labourShare: 0.625 });
    expect(model.committees).toHaveLength(exampleModel().committees.length + 1);
  });

  test('select shows a problem\'s cell, or its table row', async () => {
    const { sheet, address: a1 } = address(tables, EDITS[0]);
    await f.gateway.select({ sheet, table: 'bsCommittees', row: 1, column: 'Personalkostnadsandel', address: a1 });
    expect(f.host.snapshot()).toMatchObject({ activeSheet: sheet, selection: `${sheet}!${a1}` });
    const c = tables.get('bsCommittees')!;
    await f.gateway.select({ sheet, table: 'bsCommittees', row: 2 });
    const row = `${cellA1(c.row + 2, c.column)}:${cellA1(c.row + 2, c.column + c.headers.length - 1)}`;
    expect(f.host.snapshot().selection).toBe(`${sheet}!${row}`);
    await expect(f.gateway.select({ sheet: 'Borta', table: 'bsCommittees', address: 'A1' })).rejects.toThrow('Could not show Borta!A1');
  });
});

describe('cells as the .xlsx reader sees them', () => {
  test('empty is null, dates by their format, everything else as it is', () => {
    expect(cellData('')).toBeNull();
    expect(cellData(0.5, '0.0%')).toBe(0.5);
    expect(cellData(46143, 'yyyy-mm-dd')).toBe('2026-05-01');
    expect(cellData(46143.5, 'yyyy-mm-dd hh:mm')).toBe('2026-05-01 12:00:00');
    expect(cellData('#DIV/0!')).toBe('#DIV/0!');
    expect(cellData(true)).toBe(true);
    expect(dateFromSerial(1).toISOString().slice(0, 10)).toBe('1900-01-01');
    expect(dateFromSerial(61).toISOString().slice(0, 10)).toBe('1900-03-01');
    for (const f of ['General', '0.0%', '#,##0.0;-#,##0.0', '0.00E+00', '"kr" #,##0', '[Red]0.0', '@']) expect([f, isDateFormat(f)]).toEqual([f, false]);
    for (const f of ['yyyy-mm-dd', 'd/m/yy', '[$-41D]d mmm yyyy', 'hh:mm', '[h]:mm']) expect([f, isDateFormat(f)]).toEqual([f, true]);
  });
});

