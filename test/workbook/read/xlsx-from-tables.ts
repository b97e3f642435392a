/** Writes tables into an .xlsx file with ExcelJS, each as an Excel table where its TableData says. */
import ExcelJS from 'exceljs';
import { cellA1 } from '../../../src/workbook/a1';
import { TableData, TableSet } from '../../../src/workbook/read/table-data';

export function addTable(workbook: ExcelJS.Workbook, t: TableData): ExcelJS.Table {
  const sheet = workbook.getWorksheet(t.sheet) ?? workbook.addWorksheet(t.sheet);
  return sheet.addTable({
    name: t.name,
    ref: cellA1(t.row, t.column),
    headerRow: true,
    columns: t.headers.map((name) => ({ name })),
    // Excel tables always have a body row.
    rows: t.rows.length > 0 ? t.rows : [t.headers.map(() => null)],
  });
}

export async function xlsxBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function xlsxFromTables(tables: TableSet, edit?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const t of tables.values()) addTable(workbook, t);
  edit?.(workbook);
  return xlsxBuffer(workbook);
}

/** What ExcelJS keeps of a table it built, for editing its range the way Excel does. */
export function tableModel(table: ExcelJS.Table): { tableRef: string; autoFilterRef: string; headerRow: boolean } {
  return (table as unknown as { table: { tableRef: string; autoFilterRef: string; headerRow: boolean } }).table;
}
