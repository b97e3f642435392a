/** Edits a test makes to extracted tables, the way a user edits the sheet. */
import { CellData, TableData, TableSet } from '../../../src/workbook/read/table-data';

export function table(set: TableSet, name: string): TableData {
  const t = set.get(name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

export function columnOf(t: TableData, header: string): number {
  const c = t.headers.indexOf(header);
  if (c < 0) throw new Error(`no column ${header} in ${t.name}: ${t.headers.join(', ')}`);
  return c;
}

/** Sets the cell in 1-based data row `row` under `header`. */
export function setCell(set: TableSet, name: string, row: number, header: string, value: CellData): void {
  const t = table(set, name);
  t.rows[row - 1][columnOf(t, header)] = value;
}

export function cell(set: TableSet, name: string, row: number, header: string): CellData {
  const t = table(set, name);
  return t.rows[row - 1][columnOf(t, header)];
}

export function renameColumn(set: TableSet, name: string, from: string, to: string): void {
  const t = table(set, name);
  t.headers[columnOf(t, from)] = to;
}

/** Adds a row below the last one, cells given by header; the rest blank. */
export function addRow(set: TableSet, name: string, cells: Record<string, CellData>): void {
  const t = table(set, name);
  const row: CellData[] = t.headers.map(() => null);
  for (const [header, value] of Object.entries(cells)) row[columnOf(t, header)] = value;
  t.rows.push(row);
}

/** Inserts a row of these cells before 0-based body index `at`. */
export function insertRow(set: TableSet, name: string, at: number, cells: CellData[]): void {
  table(set, name).rows.splice(at, 0, cells);
}

/** Moves columns into a new order (a permutation of the current indices). */
export function reorderColumns(set: TableSet, name: string, order: number[]): void {
  const t = table(set, name);
  t.headers = order.map((i) => t.headers[i]);
  t.rows = t.rows.map((r) => order.map((i) => r[i] ?? null));
}

/** Adds a column at the right, e.g. the user's notes. */
export function appendColumn(set: TableSet, name: string, header: string, values: CellData[]): void {
  const t = table(set, name);
  t.headers.push(header);
  t.rows.forEach((r, i) => {
    while (r.length < t.headers.length - 1) r.push(null);
    r.push(values[i] ?? null);
  });
}
