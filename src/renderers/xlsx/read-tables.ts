/**
 * Reads the input tables of an .xlsx workbook with ExcelJS, and the model from them.
 *
 * ExcelJS 4.4 keeps the tables of a loaded file on `worksheet.tables` (an object keyed by table name,
 * missing from its typings), each holding the parsed table part as `.table`: `name`, `tableRef` (the
 * whole table: header, body and totals row) and `totalsRow`. Its `headerRow` is only true when the file
 * says headerRowCount="1", which Excel leaves out, so the first row of the range is taken as the header
 * row. The range is what Excel saved, so rows a user typed below a table are included once the table
 * grew over them.
 */
import ExcelJS from 'exceljs';
import { parseCellA1 } from '../../workbook/a1';
import { modelFromTables, TablesResult } from '../../workbook/read/model-from-tables';
import { CellData, TableData, TableSet } from '../../workbook/read/table-data';

interface LoadedTable {
  name?: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

function loadedTables(sheet: ExcelJS.Worksheet): LoadedTable[] {
  const tables = (sheet as unknown as { tables?: Record<string, { table?: LoadedTable }> }).tables ?? {};
  return Object.values(tables)
    .map((t) => t.table)
    .filter((t): t is LoadedTable => t !== undefined && typeof t.name === 'string');
}

/** 0-based corners of "B3:D6" (or "B3"). */
function corners(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b = a] = ref.split(':');
  const start = parseCellA1(a);
  const end = parseCellA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** A date as the text a person reads, so a date where a number belongs is refused showing it. */
function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/**
 * A cell's value as the reader sees it: formulas give their cached result, an error its text
 * ("#DIV/0!"), rich text its joined text, a hyperlink its text, a date its ISO date text.
 */
function cellData(value: ExcelJS.CellValue | unknown): CellData {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateText(value);
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === 'string') return v.error;
  if (Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : '')).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellData(v.result);
  if ('hyperlink' in v || 'text' in v) return cellData(v.text);
  return null;
}

function tableData(sheet: ExcelJS.Worksheet, table: LoadedTable): TableData | undefined {
  const range = corners(table.tableRef ?? table.ref ?? '');
  if (!range) return undefined;
  const value = (row: number, column: number): CellData => cellData(sheet.findCell(row + 1, column + 1)?.value);
  const columns = Array.from({ length: range.right - range.left + 1 }, (_, j) => range.left + j);
  const headers = columns.map((c, j) => {
    const h = value(range.top, c);
    return h === null || h === '' ? (table.columns?.[j]?.name ?? '') : String(h);
  });
  const lastBodyRow = table.totalsRow ? range.bottom - 1 : range.bottom;
  const rows: CellData[][] = [];
  for (let r = range.top + 1; r <= lastBodyRow; r++) rows.push(columns.map((c) => value(r, c)));
  return { name: table.name!, sheet: sheet.name, row: range.top, column: range.left, headers, rows };
}

/** Every Excel table in the workbook, on every sheet, by name. */
export async function readTablesFromXlsx(buffer: Buffer | ArrayBuffer): Promise<TableSet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.isBuffer(buffer) ? Uint8Array.from(buffer).buffer : buffer);
  const set: TableSet = new Map();
  for (const sheet of workbook.worksheets) {
    for (const table of loadedTables(sheet)) {
      const data = tableData(sheet, table);
      if (data && !set.has(data.name)) set.set(data.name, data);
    }
  }
  return set;
}

/** The model from an .xlsx workbook's input tables, or every problem, each naming its cell. */
export async function readModelFromXlsx(buffer: Buffer | ArrayBuffer): Promise<TablesResult> {
  return modelFromTables(await readTablesFromXlsx(buffer));
}
