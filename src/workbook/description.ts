/**
 * The workbook Budgetsim writes, described once as plain data. Pure code builds it from a model and
 * its results (see layout/); thin renderers apply it to an .xlsx file (renderers/xlsx) or to Excel
 * through Office.js (renderers/office). Every layout decision lives in the description, none in a
 * renderer. Rows and columns are 0-based here; renderers convert.
 */
import { Language } from '../engine/types';

/** A rectangle on one sheet. */
export interface RangeRef {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A formula in invariant (en-US) syntax without the leading '=', with the engine's value as cached result. */
export interface Formula {
  formula: string;
  /** The engine's value, stored as the cell's cached result so the file opens with numbers in place. */
  cached: number | boolean | string | null;
}

/**
 * A cell's content. A string is always text, never a formula, whatever it starts with: user text
 * such as a committee called "=HYPERLINK(…)" must stay text. Formulas are Formula objects.
 */
export type CellContent = number | boolean | string | null | Formula;

export function isFormula(c: CellContent): c is Formula {
  return typeof c === 'object' && c !== null;
}

/** A rectangle of cells written in one go (one range write in Office.js). */
export interface CellBlock {
  row: number;
  column: number;
  cells: CellContent[][];
}

export type StyleName =
  | 'title'
  | 'subtitle'
  | 'note'
  | 'section'
  | 'header'
  | 'label'
  | 'input'
  | 'total'
  | 'result'
  | 'committee'
  | 'good'
  | 'bad'
  | 'muted'
  | 'centered';

/** How a named style looks. Colours are #RRGGBB. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  /** A thin top border, e.g. under a sum. */
  borderTop?: boolean;
  /** A thin bottom border, e.g. under a header. */
  borderBottom?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'right';
  wrapText?: boolean;
}

export interface RangeFormat {
  range: RangeRef;
  /** An Excel number format code in invariant syntax, e.g. "#,##0.0" or "0.0%". */
  format: string;
}

export interface RangeStyle {
  range: RangeRef;
  style: StyleName;
}

export interface TableDescription {
  /** Workbook-unique, stable: readers find the input tables by these names. */
  name: string;
  /** Includes the header row, which the cell blocks fill. */
  range: RangeRef;
  style: string;
}

export interface NamedRange {
  name: string;
  sheet: string;
  range: RangeRef;
  comment?: string;
}

/** Highlights cells equal to a value (e.g. TRUE in "target met" rows). */
export interface ValueConditionalFormat {
  range: RangeRef;
  equals: boolean | number | string;
  style: StyleName;
}

/**
 * Gives cells another number format where a formula holds: a rolling share that misses the target
 * but would show as equal to it gets the decimals that tell them apart.
 */
export interface FormulaConditionalFormat {
  range: RangeRef;
  /** A1, without "=", written for the range's top-left cell; relative references move with each cell. */
  when: string;
  numberFormat: string;
}

export type ConditionalFormat = ValueConditionalFormat | FormulaConditionalFormat;

export function isFormulaRule(cf: ConditionalFormat): cf is FormulaConditionalFormat {
  return 'when' in cf;
}

/** A cell that accepts only values from a list (e.g. a year to compare, or a frame mode). */
export interface ListValidation {
  range: RangeRef;
  values: (string | number)[];
}

export interface ChartSeries {
  /** The series name as text. */
  name: string;
  /** Sheet and range of the values (one row). */
  sheet: string;
  values: RangeRef;
  /** In an areaStacked chart: drawn as a line over the areas (a combination chart) instead of as an area. */
  line?: boolean;
  /** Drawn without fill or outline: the invisible lower part of a stacked band. */
  noFill?: boolean;
  /** The series' colour, #RRGGBB (its fill, or its line for a line). */
  color?: string;
}

export type ChartKind = 'line' | 'columnClustered' | 'areaStacked' | 'barClustered';
export const CHART_KINDS: readonly ChartKind[] = ['line', 'columnClustered', 'areaStacked', 'barClustered'];

export interface ChartDescription {
  /** areaStacked may hold line series too (ChartSeries.line); barClustered has horizontal bars. */
  kind: ChartKind;
  title: string;
  /** Categories (the years), one row. */
  categories: { sheet: string; range: RangeRef };
  series: ChartSeries[];
  /** Where the chart sits on its sheet: the cells it covers. */
  anchor: RangeRef;
  valueAxisFormat?: string;
  /** The first category at the top of a bar chart (Excel lists a bar chart's categories from the bottom). */
  reverseCategories?: boolean;
  /** How much the bars of one category overlap, -100 to 100 (100: fully, as a tornado's two swings). */
  overlap?: number;
}

/** risk: the risk analysis's figures as values, written when the model has an uncertainty block. */
export type SheetRole = 'inputs' | 'scenario' | 'comparison' | 'risk';

/**
 * How a sheet prints: landscape, as many pages down as needed but `fitToWidth` pages across, the
 * title rows repeated on every page, a header naming the municipality and the scenario, and a
 * footer with the page number and the date of printing.
 */
export interface PageSetup {
  orientation: 'landscape' | 'portrait';
  /** Pages across; the height follows (as many pages down as needed). */
  fitToWidth: number;
  /** Rows repeated at the top of every printed page, 0-based and inclusive. */
  titleRows?: { first: number; last: number };
  /** Plain text (never header codes): left, the municipality; right, the scenario or the sheet's subject. */
  header: { left: string; right: string };
  /** The footer shows "page n of N" and the date of printing. */
  footer: { page: true; date: true };
  /** The footer's words, in the workbook's language: "Sida" / "av". */
  pageWord: string;
  ofWord: string;
}

/** Excel limits each header or footer to 255 characters. */
const MAX_HEADER_FOOTER = 255;

/** Plain text in a header or footer: "&" starts a code there, so it is doubled. */
function headerText(text: string, max: number): string {
  return text.replace(/[\u0000-\u001f]/g, ' ').slice(0, max).replace(/&/g, '&&');
}

/**
 * The header and footer as Excel's codes (&L left, &R right, &C centre, &P page, &N pages, &D date),
 * the same text for the .xlsx file's <headerFooter> and for Office.js's headersFooters.
 * See https://learn.microsoft.com/office/vba/excel/concepts/workbooks-and-worksheets/formatting-and-vba-codes-for-headers-and-footers
 */
export function headerFooterCodes(p: PageSetup): { left: string; right: string; centerFooter: string; rightFooter: string; header: string; footer: string } {
  const half = Math.floor((MAX_HEADER_FOOTER - 10) / 4);
  const left = headerText(p.header.left, half);
  const right = headerText(p.header.right, half);
  const centerFooter = `${headerText(p.pageWord, 20)} &P ${headerText(p.ofWord, 10)} &N`;
  const rightFooter = '&D';
  return { left, right, centerFooter, rightFooter, header: `&L${left}&R${right}`, footer: `&C${centerFooter}&R${rightFooter}` };
}

export interface SheetDescription {
  name: string;
  role: SheetRole;
  /** For scenario sheets: the scenario's name ("Base" for the base). */
  scenario?: string;
  blocks: CellBlock[];
  formats: RangeFormat[];
  styles: RangeStyle[];
  tables: TableDescription[];
  frozen?: { rows: number; columns: number };
  /** Widths in Excel's character units. */
  columnWidths: { column: number; width: number }[];
  conditionalFormats: ConditionalFormat[];
  validations: ListValidation[];
  charts: ChartDescription[];
  tabColor?: string;
  /** How the sheet prints; every sheet Budgetsim writes has one. */
  pageSetup?: PageSetup;
  /**
   * Bands of whole rows that the same code built, one per committee, in order: alike in R1C1 form
   * but for each committee's own cells. A renderer may write one and copy it onto the others of its
   * height, then set the cells that differ. Only a hint: what the sheet must hold is always the
   * cells, formats and styles above, and a renderer that ignores the bands writes the same sheet.
   */
  bands?: RowBand[];
}

/** Rows row..row+rows-1 of a sheet, every column. */
export interface RowBand {
  row: number;
  rows: number;
}

export interface WorkbookDescription {
  language: Language;
  sheets: SheetDescription[];
  /** Workbook-scoped names: the settings, and one marker per sheet the add-in owns. */
  names: NamedRange[];
  styles: Record<StyleName, CellStyle>;
}

/**
 * Each sheet Budgetsim writes gets a workbook name `bs_sheet_N` pointing at its A1. A name follows
 * its sheet through renames, so a renderer can tell the add-in's sheets from the user's even after a
 * colleague renamed one, and never touches a sheet without such a name.
 */
export const OWNED_SHEET_NAME_PREFIX = 'bs_sheet_';
