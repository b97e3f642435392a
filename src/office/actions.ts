/**
 * The actions the Office.js renderer performs, as plain data: the plan (plan.ts) turns a workbook
 * description into them and the interpreter (apply.ts) queues each on a request context. Rows and
 * columns are 0-based, as in the description.
 */
import { CellStyle, ChartDescription, PageSetup, RangeRef } from '../workbook/description';

/** A value for Range.formulas: a number, a boolean, "=…" (a formula), "'…" (text), or null (left alone). */
export type FormulaInput = number | boolean | string | null;

/** A style property that an action sets back to Excel's default. */
export type StyleProperty = keyof CellStyle;

export interface AddSheetAction {
  kind: 'addSheet';
  sheet: string;
}

export interface CellsAction {
  kind: 'cells';
  sheet: string;
  row: number;
  column: number;
  /** Rows of equal length, written with Range.formulas. */
  formulas: FormulaInput[][];
}

/**
 * One formula for a run of cells in a row, given in R1C1 form ("=R[-1]C*2") and set as a single value
 * on the whole range with Range.formulasR1C1: each cell gets it relative to itself, as a fill would.
 */
export interface FormulasR1C1Action {
  kind: 'formulasR1C1';
  sheet: string;
  row: number;
  column: number;
  columns: number;
  formula: string;
}

/**
 * Rows from..from+rows-1 (columns 0..columns-1) copied onto the same rows from `to`, everything:
 * values, formulas (shifted as a paste shifts them), number formats and styles (Range.copyFrom,
 * ExcelApi 1.9). See band-copies.ts.
 */
export interface CopyRowsAction {
  kind: 'copyRows';
  sheet: string;
  from: number;
  to: number;
  rows: number;
  columns: number;
}

export interface NumberFormatAction {
  kind: 'numberFormat';
  sheet: string;
  range: RangeRef;
  format: string;
}

export interface StyleAction {
  kind: 'style';
  sheet: string;
  range: RangeRef;
  style: CellStyle;
  /** Properties an earlier, overlapping style set that this one must clear (a later style replaces an earlier one). */
  reset: StyleProperty[];
}

export interface ColumnWidthAction {
  kind: 'columnWidth';
  sheet: string;
  column: number;
  columns: number;
  /** Range.format.columnWidth is in points. */
  points: number;
}

export interface FreezeAction {
  kind: 'freeze';
  sheet: string;
  rows: number;
  columns: number;
}

export interface TabColorAction {
  kind: 'tabColor';
  sheet: string;
  color: string;
}

export interface TableAction {
  kind: 'table';
  sheet: string;
  name: string;
  /** Header row included; its cells are already written when the table is added. */
  range: RangeRef;
  style: string;
}

export interface NameAction {
  kind: 'name';
  name: string;
  /** "='Sheet'!$A$1". */
  reference: string;
  comment?: string;
}

export interface ConditionalFormatAction {
  kind: 'conditionalFormat';
  sheet: string;
  range: RangeRef;
  /** The value cells are compared with, as a formula: "=TRUE", "=0.5", "=\"text\"". */
  formula: string;
  style: CellStyle;
}

/** A custom conditional format: a number format where a formula ("=AND(…)", for the top-left cell) holds. */
export interface FormulaConditionalFormatAction {
  kind: 'formulaConditionalFormat';
  sheet: string;
  range: RangeRef;
  formula: string;
  numberFormat: string;
}

export interface ListValidationAction {
  kind: 'listValidation';
  sheet: string;
  range: RangeRef;
  /** The list as Excel takes it: "a,b,c". */
  source: string;
}

/** Worksheet.pageLayout (ExcelApi 1.9): landscape, fit to pages, title rows, header and footer. */
export interface PageLayoutAction {
  kind: 'pageLayout';
  sheet: string;
  setup: PageSetup;
}

export interface ChartAction {
  kind: 'chart';
  sheet: string;
  chart: ChartDescription;
}

export type Action =
  | CellsAction
  | FormulasR1C1Action
  | CopyRowsAction
  | NumberFormatAction
  | StyleAction
  | ColumnWidthAction
  | FreezeAction
  | TabColorAction
  | TableAction
  | NameAction
  | ConditionalFormatAction
  | FormulaConditionalFormatAction
  | ListValidationAction
  | PageLayoutAction
  | ChartAction;
