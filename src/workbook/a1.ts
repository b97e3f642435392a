import { RangeRef } from './description';

/** Letters of the columns asked for so far (the layouts use a few dozen, millions of times). */
const LETTERS: string[] = [];
const CACHED_COLUMNS = 1024;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(column: number): string {
  if (column >= 0 && column < CACHED_COLUMNS && Number.isInteger(column)) return (LETTERS[column] ??= lettersOf(column));
  return lettersOf(column);
}

function lettersOf(column: number): string {
  let s = '';
  let n = column + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell address such as "C7", or "$C$7" when absolute. */
export function cellA1(row: number, column: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(column)}${d}${row + 1}`;
}

/** "C7:F9" (or "C7" for a single cell). */
export function rangeA1(r: RangeRef, absolute = false): string {
  const a = cellA1(r.row, r.column, absolute);
  if (r.rows === 1 && r.columns === 1) return a;
  return `${a}:${cellA1(r.row + r.rows - 1, r.column + r.columns - 1, absolute)}`;
}

/** A sheet name as formulas write it: always quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Indata'!$C$7": a reference to a cell on another sheet. */
export function sheetCell(sheet: string, row: number, column: number, absolute = true): string {
  return `${quoteSheet(sheet)}!${cellA1(row, column, absolute)}`;
}

export function sheetRange(sheet: string, r: RangeRef, absolute = true): string {
  return `${quoteSheet(sheet)}!${rangeA1(r, absolute)}`;
}

/** Parses "C7" or "$C$7" into 0-based row and column. */
export function parseCellA1(a1: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

export function range(row: number, column: number, rows = 1, columns = 1): RangeRef {
  return { row, column, rows, columns };
}
