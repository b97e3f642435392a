/** A1 addresses, sheet-qualified references and sheet-name quoting, as Excel writes them. */
import { columnIndex, columnLetter } from '../workbook/a1';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The workbook description's A1 helpers, under the names this module's callers use. */
export const columnLetters = columnLetter;
export const columnNumber = columnIndex;

function cell(row: number, column: number, absolute: boolean): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/** "C7", "C7:F9", whole columns "C:F", whole rows "7:9"; with `absolute`, "$C$7:$F$9". */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (r.rows === MAX_ROWS && r.row === 0) {
    return `${d}${columnLetters(r.column)}:${d}${columnLetters(r.column + r.columns - 1)}`;
  }
  if (r.columns === MAX_COLUMNS && r.column === 0) {
    return `${d}${r.row + 1}:${d}${r.row + r.rows}`;
  }
  const a = cell(r.row, r.column, absolute);
  if (r.rows === 1 && r.columns === 1) return a;
  return `${a}:${cell(r.row + r.rows - 1, r.column + r.columns - 1, absolute)}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?(\d{1,7})$/;

function parseCell(s: string): { row: number; column: number } | undefined {
  const m = CELL_RE.exec(s);
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  const column = columnNumber(m[1]);
  if (row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) return undefined;
  return { row, column };
}

/** Parses "A1", "$A$1", "A1:C3", "A:C" or "1:3" (no sheet part). Corners may come in any order. */
export function parseRect(address: string): Rect | undefined {
  const parts = address.trim().split(':');
  if (parts.length === 1) {
    const c = parseCell(parts[0]);
    return c && { row: c.row, column: c.column, rows: 1, columns: 1 };
  }
  if (parts.length !== 2) return undefined;
  const [a, b] = parts;
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca && cb) {
    const row = Math.min(ca.row, cb.row);
    const column = Math.min(ca.column, cb.column);
    return { row, column, rows: Math.abs(ca.row - cb.row) + 1, columns: Math.abs(ca.column - cb.column) + 1 };
  }
  const cola = COL_RE.exec(a);
  const colb = COL_RE.exec(b);
  if (cola && colb) {
    const x = columnNumber(cola[1]);
    const y = columnNumber(colb[1]);
    if (Math.max(x, y) >= MAX_COLUMNS) return undefined;
    return { row: 0, column: Math.min(x, y), rows: MAX_ROWS, columns: Math.abs(x - y) + 1 };
  }
  const rowa = ROW_RE.exec(a);
  const rowb = ROW_RE.exec(b);
  if (rowa && rowb) {
    const x = Number(rowa[1]) - 1;
    const y = Number(rowb[1]) - 1;
    if (Math.min(x, y) < 0 || Math.max(x, y) >= MAX_ROWS) return undefined;
    return { row: Math.min(x, y), column: 0, rows: Math.abs(x - y) + 1, columns: MAX_COLUMNS };
  }
  return undefined;
}

const PLAIN_SHEET_RE = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/;

/** Whether a sheet name must be quoted in a reference ("'My Sheet'!A1"), as Excel does. */
export function sheetNeedsQuotes(name: string): boolean {
  if (!PLAIN_SHEET_RE.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  if (/^R\d*C\d*$/i.test(name) || /^[RC]$/i.test(name)) return true;
  return false;
}

export function quoteSheet(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** "Sheet1!A1:B2", "'My Sheet'!$A$1" -> sheet and address; a reference without "!" has sheet undefined. */
export function splitSheetReference(text: string): { sheet?: string; address: string } | undefined {
  const s = text.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i];
      i += 1;
    }
    if (s[i] !== "'" || s[i + 1] !== '!') return undefined;
    return { sheet: name, address: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { address: s };
  return { sheet: s.slice(0, bang), address: s.slice(bang + 1) };
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns
  );
}
