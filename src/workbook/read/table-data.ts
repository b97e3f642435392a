/**
 * What a host (an .xlsx file, Excel through Office.js) hands the reader: each Excel table's header
 * texts and body cells as plain values, with where the table sits on its sheet.
 */

/** A cell as read: a number, text, a boolean, or null for an empty cell. */
export type CellData = number | string | boolean | null;

export interface TableData {
  /** The Excel table's name. */
  name: string;
  /** The sheet the table is on. */
  sheet: string;
  /** 0-based row/col of the header row's first cell */
  row: number;
  column: number;
  /** The header row's texts, left to right. */
  headers: string[];
  /** The body rows below the header (no totals row), each left to right. */
  rows: CellData[][];
}

/** The tables of a workbook, keyed by table name. */
export type TableSet = Map<string, TableData>;

