/**
 * Reads the eight input tables through Office.js into the same TableData the .xlsx reader builds,
 * then the model with the shared parser (modelFromTables), so every refusal names its sheet, table,
 * row, column and cell exactly as for an .xlsx file. One Excel.run, one sync: each table by name
 * (getItemOrNullObject, ExcelApi 1.4), its sheet's name (Table.worksheet, 1.2), and its whole range
 * with values and number formats (dates are told from numbers by their format, as in the file).
 */
import { ExcelRun } from './capabilities';
import { INPUT_TABLES } from '../workbook/input-tables';
import { modelFromTables, TablesResult } from '../workbook/read/model-from-tables';
import { CellData, TableData, TableSet } from '../workbook/read/table-data';
import { cellData } from './read-cells';

interface Pending {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

function tableData(p: Pending): TableData | undefined {
  if (p.table.isNullObject) return undefined;
  const values = p.range.values;
  const formats = p.range.numberFormat;
  if (values.length === 0) return undefined;
  const headers = values[0].map((h) => (h === null || h === undefined ? '' : String(h)));
  const last = p.table.showTotals ? values.length - 1 : values.length;
  const rows: CellData[][] = [];
  for (let r = 1; r < last; r++) rows.push(values[r].map((v, c) => cellData(v, formats[r]?.[c])));
  return { name: p.table.name, sheet: p.sheet.name, row: p.range.rowIndex, column: p.range.columnIndex, headers, rows };
}

/** The input tables found in the workbook, by name. */
export async function readTables(excel: ExcelRun): Promise<TableSet> {
  return excel.run(async (context) => {
    const pending: Pending[] = INPUT_TABLES.map((spec) => {
      const table = context.workbook.tables.getItemOrNullObject(spec.name);
      table.load('name,showTotals');
      const sheet = table.worksheet.load('name');
      const range = table.getRange().load('values,numberFormat,rowIndex,columnIndex');
      return { table, sheet, range };
    });
    await context.sync();
    const set: TableSet = new Map();
    for (const p of pending) {
      const data = tableData(p);
      if (data) set.set(data.name, data);
    }
    return set;
  });
}

/** The model from the workbook's input tables, or every problem, each naming its cell. */
export async function readModel(excel: ExcelRun): Promise<TablesResult> {
  return modelFromTables(await readTables(excel));
}
