/**
 * The workbook itself: plain data that proxies change only while a sync applies its operations, and
 * that the host reads directly. Also the rules Excel applies when a cell is typed into.
 */
import { MAX_COLUMNS, Rect, formatRect, quoteSheet, rectsIntersect } from './address';
import { invalidArgument, officeError } from './errors';

export type Scalar = number | string | boolean;

/** Computes a formula's value for `range.values`; the fake has no formula engine of its own. */
export type FormulaEvaluator = (
  formula: string,
  cell: { sheet: string; address: string; row: number; column: number },
) => Scalar | null;

export const defaultEvaluator: FormulaEvaluator = () => 0;

export interface FontState {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  name?: string;
  underline?: string;
  strikethrough?: boolean;
}

export interface BorderState {
  style: string;
  color: string;
  weight: string;
}

export interface ValidationState {
  type: string;
  rule: Record<string, unknown> | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface CellState {
  /** A constant: number, text (stored without a typed apostrophe) or boolean. */
  value?: Scalar;
  /** A formula, always with its leading "=". */
  formula?: string;
  numberFormat?: string;
  font?: FontState;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  validation?: ValidationState;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  sheet: SheetState;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  rule: Record<string, unknown> | null;
  format: { font: FontState; fill: { color?: string }; numberFormat?: string };
  deleted: boolean;
}

export interface AxisState {
  title: { text: string; visible: boolean };
  numberFormat: string;
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  visible: boolean;
  reversePlotOrder: boolean;
}

/** A series' fill: Excel's automatic colour, none (ChartFill.clear) or a solid colour (setSolidColor). */
export type SeriesFill = { kind: 'automatic' } | { kind: 'none' } | { kind: 'solid'; color: string };

export interface SeriesState {
  name: string;
  values: RangeRef | null;
  xValues: RangeRef | null;
  chartType: string | null;
  fill: SeriesFill;
  /** ChartLineFormat: the colour (null = automatic) and the style of the series' line or outline. */
  line: { color: string | null; lineStyle: string };
  /** ChartSeries.overlap, -100 to 100, for 2-D bar and column charts. */
  overlap: number;
  /** ChartLegendEntry.visible of the series' entry in the legend (ExcelApi 1.7). */
  inLegend: boolean;
  deleted: boolean;
}

export function newSeries(name: string, values: RangeRef | null, xValues: RangeRef | null): SeriesState {
  return { name, values, xValues, chartType: null, fill: { kind: 'automatic' }, line: { color: null, lineStyle: 'Automatic' }, overlap: 0, inLegend: true, deleted: false };
}

export interface ChartState {
  id: string;
  name: string;
  sheet: SheetState;
  chartType: string;
  title: { text: string; visible: boolean; overlay: boolean };
  series: SeriesState[];
  categoryAxis: AxisState;
  valueAxis: AxisState;
  legend: { visible: boolean; position: string };
  top: number;
  left: number;
  width: number;
  height: number;
  deleted: boolean;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  cells: Map<number, CellState>;
  /** Border edges (see borderKey): "h" the edge above a cell, "v" the edge left of it, "d"/"u" its diagonals. */
  borders: Map<string, BorderState>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozen: { rows: number; columns: number };
  charts: ChartState[];
  conditionalFormats: ConditionalFormatState[];
  deleted: boolean;
}

export interface RangeRef extends Rect {
  sheet: SheetState;
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  rect: Rect;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  deleted: boolean;
}

export interface NameState {
  name: string;
  /** The sheet of a worksheet-scoped name; null for workbook scope. */
  scope: SheetState | null;
  /** For a name that refers to a range: the range, which follows its sheet through renames. */
  ref: RangeRef | null;
  /** For any other name: its formula, with "=". */
  formula: string | null;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface XmlPartState {
  id: string;
  xml: string;
  namespaceUri: string;
  deleted: boolean;
}

export interface WorkbookState {
  name: string;
  sheets: SheetState[];
  tables: TableState[];
  names: NameState[];
  xmlParts: XmlPartState[];
  calculationMode: string;
  activeSheet: SheetState;
  selection: RangeRef;
  seq: number;
  evaluator: FormulaEvaluator;
  /** Regional settings that localize number formats read back (see localizedFormat); null for en-US. */
  numberFormatLocale: string | null;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT: Required<FontState> = {
  bold: false,
  italic: false,
  color: '#000000',
  size: 11,
  name: 'Calibri',
  underline: 'None',
  strikethrough: false,
};
export const NO_FILL = '#FFFFFF';
export const NO_BORDER: BorderState = { style: 'None', color: '#000000', weight: 'Thin' };

export function nextId(wb: WorkbookState): number {
  wb.seq += 1;
  return wb.seq;
}

export function guid(n: number, kind: number): string {
  const hex = n.toString(16).toUpperCase().padStart(8, '0');
  return `{${hex}-${kind.toString(16).toUpperCase().padStart(4, '0')}-4000-8000-000000000000}`;
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  return {
    id: guid(nextId(wb), 1),
    name,
    visibility: 'Visible',
    tabColor: '',
    showGridlines: true,
    cells: new Map(),
    borders: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozen: { rows: 0, columns: 0 },
    charts: [],
    conditionalFormats: [],
    deleted: false,
  };
}

export function createWorkbook(sheetNames: string[], evaluator: FormulaEvaluator): WorkbookState {
  const wb = {
    name: 'Book1',
    sheets: [],
    tables: [],
    names: [],
    xmlParts: [],
    calculationMode: 'Automatic',
    seq: 0,
    evaluator,
    numberFormatLocale: null,
  } as unknown as WorkbookState;
  for (const name of sheetNames.length ? sheetNames : ['Sheet1']) {
    validateSheetName(wb, name);
    wb.sheets.push(newSheet(wb, name));
  }
  wb.activeSheet = wb.sheets[0];
  wb.selection = { sheet: wb.sheets[0], row: 0, column: 0, rows: 1, columns: 1 };
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Cells

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyColumn(key: number): number {
  return key % MAX_COLUMNS;
}

export function cellAt(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function ensureCell(sheet: SheetState, row: number, column: number): CellState {
  const key = cellKey(row, column);
  let c = sheet.cells.get(key);
  if (!c) {
    c = {};
    sheet.cells.set(key, c);
  }
  return c;
}

/** One edge, shared by the cells on both sides as in Excel; row and column may be one past the grid. */
export function borderKey(kind: 'h' | 'v' | 'd' | 'u', row: number, column: number): string {
  return `${kind}:${row}:${column}`;
}

export function parseBorderKey(key: string): { kind: string; row: number; column: number } {
  const [kind, row, column] = key.split(':');
  return { kind, row: Number(row), column: Number(column) };
}

export function pruneCell(sheet: SheetState, row: number, column: number): void {
  const key = cellKey(row, column);
  const c = sheet.cells.get(key);
  if (!c) return;
  for (const k of Object.keys(c) as (keyof CellState)[]) if (c[k] === undefined) delete c[k];
  if (Object.keys(c).length === 0) sheet.cells.delete(key);
}

export function rectArea(r: Rect): number {
  return r.rows * r.columns;
}

/** Calls f for every stored cell inside rect (cheap for whole columns or rows). */
export function forStoredCells(sheet: SheetState, rect: Rect, f: (cell: CellState, row: number, column: number) => void): void {
  if (rectArea(rect) <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) f(cell, r, c);
      }
    }
    return;
  }
  for (const [key, cell] of [...sheet.cells]) {
    const r = keyRow(key);
    const c = keyColumn(key);
    if (r >= rect.row && r < rect.row + rect.rows && c >= rect.column && c < rect.column + rect.columns) f(cell, r, c);
  }
}

/** The common value of f over a range, or null when cells differ (as Excel reports mixed formats). */
export function uniform<T>(sheet: SheetState, rect: Rect, f: (cell: CellState | undefined) => T): T | null {
  let seen = 0;
  let first: { v: T } | undefined;
  let mixed = false;
  const same = (a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  forStoredCells(sheet, rect, (cell) => {
    seen += 1;
    const v = f(cell);
    if (!first) first = { v };
    else if (!same(first.v, v)) mixed = true;
  });
  if (seen < rectArea(rect)) {
    const v = f(undefined);
    if (!first) first = { v };
    else if (!same(first.v, v)) mixed = true;
  }
  return mixed || !first ? null : first.v;
}

export function cellAddress(sheet: SheetState, row: number, column: number): string {
  return `${quoteSheet(sheet.name)}!${formatRect({ row, column, rows: 1, columns: 1 })}`;
}

export function readValue(wb: WorkbookState, sheet: SheetState, row: number, column: number): Scalar {
  const c = cellAt(sheet, row, column);
  if (!c) return '';
  if (c.formula !== undefined) {
    const v = wb.evaluator(c.formula, {
      sheet: sheet.name,
      address: formatRect({ row, column, rows: 1, columns: 1 }),
      row,
      column,
    });
    return v === null || v === undefined ? '' : v;
  }
  return c.value ?? '';
}

export function readFormula(sheet: SheetState, row: number, column: number): Scalar {
  const c = cellAt(sheet, row, column);
  if (!c) return '';
  return c.formula ?? c.value ?? '';
}

export function valueType(v: Scalar): string {
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/.test(v)) return 'Error';
  return 'String';
}

export function displayText(v: Scalar): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export type CellInput = { kind: 'skip' } | { kind: 'clear' } | { kind: 'value'; value: Scalar } | { kind: 'formula'; formula: string };

/** Excel's limits: characters in a cell, and in a formula. */
export const MAX_CELL_TEXT = 32767;
export const MAX_FORMULA = 8192;

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT_RE = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;

/**
 * What Excel stores when a value reaches a cell through `values` or `formulas`, as if typed:
 * null leaves the cell alone, "" empties it, "=…" is a formula, a leading apostrophe forces text
 * (and is not stored), numeric or TRUE/FALSE text becomes a number or a boolean, and text that
 * starts with "+" or "-" but is not a number is read as a formula. A cell formatted as text ("@")
 * keeps strings as they are.
 */
export function typeInput(raw: unknown, numberFormat: string | undefined, location: string): CellInput {
  if (raw === null || raw === undefined) return { kind: 'skip' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw invalidArgument(`${raw} is not a value a cell can hold`, location);
    return { kind: 'value', value: raw };
  }
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (typeof raw !== 'string') throw invalidArgument(`a cell value must be a number, string or boolean, not ${typeof raw}`, location);
  if (raw === '') return { kind: 'clear' };
  if (raw.length > MAX_CELL_TEXT + 1) throw invalidArgument(`a cell holds at most ${MAX_CELL_TEXT} characters`, location);
  if (raw.startsWith("'")) return { kind: 'value', value: raw.slice(1) };
  if (numberFormat === '@') return { kind: 'value', value: raw };
  if (raw.length > MAX_CELL_TEXT) throw invalidArgument(`a cell holds at most ${MAX_CELL_TEXT} characters`, location);
  if (raw.startsWith('=') && raw.length > 1) {
    if (raw.length > MAX_FORMULA) {
      throw officeError('FormulaLengthExceedsLimit', `a formula has at most ${MAX_FORMULA} characters`, location);
    }
    return { kind: 'formula', formula: raw };
  }
  if (NUMBER_RE.test(raw)) return { kind: 'value', value: Number(raw) };
  const pct = PERCENT_RE.exec(raw);
  if (pct) return { kind: 'value', value: Number(pct[1]) / 100 };
  if (/^(true|false)$/i.test(raw)) return { kind: 'value', value: raw.toUpperCase() === 'TRUE' };
  if ((raw.startsWith('+') || raw.startsWith('-')) && raw.length > 1) return { kind: 'formula', formula: `=${raw}` };
  return { kind: 'value', value: raw };
}

export function applyInput(sheet: SheetState, row: number, column: number, input: CellInput): void {
  if (input.kind === 'skip') return;
  const c = ensureCell(sheet, row, column);
  if (input.kind === 'clear') {
    c.value = undefined;
    c.formula = undefined;
  } else if (input.kind === 'formula') {
    c.value = undefined;
    c.formula = input.formula;
  } else {
    c.formula = undefined;
    c.value = input.value;
  }
  pruneCell(sheet, row, column);
}

// ---------------------------------------------------------------------------------------------
// Names and validation rules

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  lime: '#00FF00',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  purple: '#800080',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  olive: '#808000',
  aqua: '#00FFFF',
  cyan: '#00FFFF',
  fuchsia: '#FF00FF',
  magenta: '#FF00FF',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9',
  darkgrey: '#A9A9A9',
  lightblue: '#ADD8E6',
  lightgreen: '#90EE90',
  pink: '#FFC0CB',
  brown: '#A52A2A',
};

/** "#rrggbb", "#rgb" or an HTML colour name -> "#RRGGBB", as Excel reports colours back. */
export function normalizeColor(color: unknown, location: string): string {
  if (typeof color !== 'string') throw invalidArgument('a colour must be a string', location);
  const s = color.trim();
  if (/^#[0-9a-f]{6}$/i.test(s)) return s.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(s)) {
    return ('#' + s[1] + s[1] + s[2] + s[2] + s[3] + s[3]).toUpperCase();
  }
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  throw invalidArgument(`"${color}" is not a colour`, location);
}

function upper(s: string): string {
  return s.toUpperCase();
}

export function liveSheets(wb: WorkbookState): SheetState[] {
  return wb.sheets.filter((s) => !s.deleted);
}

export function findSheet(wb: WorkbookState, nameOrId: string): SheetState | undefined {
  const key = upper(nameOrId);
  return liveSheets(wb).find((s) => upper(s.name) === key || s.id === nameOrId);
}

/** Excel's worksheet name rules: 1-31 characters, none of : \ / ? * [ ], no apostrophe at either end, unique ignoring case. */
export function validateSheetName(wb: WorkbookState, name: unknown, except?: SheetState): string {
  const location = 'Worksheet.name';
  if (typeof name !== 'string' || name.length === 0) throw invalidArgument('a sheet name cannot be blank', location);
  if (name.length > 31) throw invalidArgument(`sheet name "${name}" is longer than 31 characters`, location);
  if (/[:\\/?*[\]]/.test(name)) throw invalidArgument(`sheet name "${name}" contains one of : \\ / ? * [ ]`, location);
  if (name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`sheet name "${name}" begins or ends with an apostrophe`, location);
  }
  // Excel keeps "History" for its change-tracking sheet and refuses it in any case.
  if (upper(name) === 'HISTORY') throw invalidArgument('"History" is a name reserved by Excel', location);
  const clash = liveSheets(wb).find((s) => s !== except && upper(s.name) === upper(name));
  if (clash) throw officeError('ItemAlreadyExists', `a sheet named "${clash.name}" already exists`, location);
  return name;
}

/** Table names and defined names share one workbook-wide namespace and one set of rules. */
export function validateDefinedName(
  wb: WorkbookState,
  name: unknown,
  location: string,
  except?: { table?: TableState; name?: NameState },
  scope: SheetState | null = null,
): string {
  if (typeof name !== 'string' || name.length === 0) throw invalidArgument('a name cannot be blank', location);
  if (name.length > 255) throw invalidArgument(`name "${name}" is longer than 255 characters`, location);
  if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name)) {
    throw invalidArgument(`"${name}" is not a valid name: start with a letter or underscore, no spaces`, location);
  }
  if (/^[A-Za-z]{1,3}\d{1,7}$/.test(name) || /^R\d*C\d*$/i.test(name) || /^[RC]$/i.test(name)) {
    throw invalidArgument(`"${name}" is not a valid name: it looks like a cell reference`, location);
  }
  const key = upper(name);
  const table = wb.tables.find((t) => !t.deleted && t !== except?.table && upper(t.name) === key);
  const defined = wb.names.find(
    (n) => !n.deleted && n !== except?.name && n.scope === scope && upper(n.name) === key,
  );
  if (table || defined) {
    throw officeError('ItemAlreadyExists', `"${name}" is already used by a ${table ? 'table' : 'name'}`, location);
  }
  return name;
}

export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === undefined && cell.formula === undefined) continue;
    const r = keyRow(key);
    const c = keyColumn(key);
    minR = Math.min(minR, r);
    minC = Math.min(minC, c);
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
  }
  if (maxR < 0) return null;
  return { row: minR, column: minC, rows: maxR - minR + 1, columns: maxC - minC + 1 };
}

export function tablesOverlapping(wb: WorkbookState, sheet: SheetState, rect: Rect, except?: TableState): TableState[] {
  return wb.tables.filter((t) => !t.deleted && t !== except && t.sheet === sheet && rectsIntersect(t.rect, rect));
}

export function refFormula(ref: RangeRef): string {
  if (ref.sheet.deleted) return `=#REF!${formatRect(ref, true)}`;
  return `=${quoteSheet(ref.sheet.name)}!${formatRect(ref, true)}`;
}

export function rangeAddress(ref: RangeRef): string {
  return `${quoteSheet(ref.sheet.name)}!${formatRect(ref)}`;
}

// ---------------------------------------------------------------------------------------------
// Localized number formats

interface FormatLocale {
  general: string;
  decimal: string;
  group: string;
  /** Date and time codes: y, m, d, h, s as this locale writes them. */
  codes: Record<string, string>;
}

const FORMAT_LOCALES: Record<string, FormatLocale> = {
  de: { general: 'Standard', decimal: ',', group: '.', codes: { y: 'J', m: 'M', d: 'T' } },
  sv: { general: 'Standard', decimal: ',', group: ' ', codes: { y: 'Å', m: 'M', d: 'D', h: 't' } },
  fr: { general: 'Standard', decimal: ',', group: ' ', codes: { y: 'a', d: 'j' } },
  nl: { general: 'Standaard', decimal: ',', group: '.', codes: { y: 'j', h: 'u' } },
};

/**
 * A number format as Excel on the web with non-US regional settings reads it back through
 * Range.numberFormat (office-js issues 1553, 1632, 2824): General under its local name, the decimal
 * and group separators swapped, date codes in the local letters. Quoted text is left alone.
 */
export function localizedFormat(format: string, locale: string | null): string {
  if (!locale) return format;
  const l = FORMAT_LOCALES[locale.slice(0, 2).toLowerCase()];
  if (!l) return format;
  if (format === 'General') return l.general;
  const isDate = /[dmyhs]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
  return format
    .split(/("[^"]*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = '';
      for (const ch of part) {
        if (ch === '.') out += l.decimal;
        else if (ch === ',') out += l.group;
        else if (isDate && l.codes[ch.toLowerCase()]) out += l.codes[ch.toLowerCase()];
        else out += ch;
      }
      return out;
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// References in formula text

const NAME_CHAR = /[A-Za-z0-9_.\u00C0-\uFFFF]/;
const SHEET_PREFIX = /'((?:[^']|'')+)'!|([A-Za-z0-9_.\u00C0-\uFFFF]+)!/g;

/**
 * Rewrites the sheet part of every reference to `sheet` in a formula ("=Bas!C7", "='Alt 1'!$C$7:$E$7"),
 * leaving string literals alone: `to` is the new sheet name, or null for a deleted sheet, which
 * Excel writes as "#REF!" in place of the sheet ("=#REF!C7").
 */
export function rewriteSheetInFormula(formula: string, sheet: string, to: string | null): string {
  const key = upper(sheet);
  const replacement = to === null ? '#REF!' : `${quoteSheet(to)}!`;
  // Split off string literals ("…" with "" as an escaped quote); references live between them.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(SHEET_PREFIX, (all, quoted: string | undefined, plain: string | undefined, offset: number) => {
        const before = offset > 0 ? part[offset - 1] : '';
        if (plain !== undefined && (NAME_CHAR.test(before) || before === '#' || before === ']' || before === "'")) return all;
        const name = quoted !== undefined ? quoted.replace(/''/g, "'") : plain!;
        return upper(name) === key ? replacement : all;
      });
    })
    .join('');
}

function rewriteRuleFormulas(rule: Record<string, unknown> | null, f: (formula: string) => string): void {
  if (!rule) return;
  for (const [k, v] of Object.entries(rule)) {
    if (typeof v === 'string' && v.startsWith('=')) rule[k] = f(v);
    else if (v && typeof v === 'object' && !Array.isArray(v)) rewriteRuleFormulas(v as Record<string, unknown>, f);
  }
}

/**
 * What Excel does to the rest of the workbook when a sheet is renamed (to = the new name) or deleted
 * (to = null): every formula that refers to it, in cells, defined names, data validation rules and
 * conditional formats, is rewritten. Names and chart series that hold a range follow the sheet by
 * themselves (see refFormula).
 */
export function rewriteSheetReferences(wb: WorkbookState, sheet: SheetState, oldName: string, to: string | null): void {
  const f = (formula: string) => rewriteSheetInFormula(formula, oldName, to);
  for (const s of liveSheets(wb)) {
    if (s === sheet && to === null) continue;
    const validations = new Set<ValidationState>();
    for (const cell of s.cells.values()) {
      if (cell.formula !== undefined) cell.formula = f(cell.formula);
      if (cell.validation) validations.add(cell.validation);
    }
    for (const v of validations) rewriteRuleFormulas(v.rule, f);
    for (const cf of s.conditionalFormats) rewriteRuleFormulas(cf.rule, f);
  }
  for (const n of wb.names) if (!n.deleted && n.formula !== null) n.formula = f(n.formula);
}

/** Renames a sheet as Excel does: the name checked, then every reference to it rewritten. */
export function renameSheet(wb: WorkbookState, sheet: SheetState, name: unknown): void {
  const checked = validateSheetName(wb, name, sheet);
  const old = sheet.name;
  sheet.name = checked;
  if (old !== checked) rewriteSheetReferences(wb, sheet, old, checked);
}

// ---------------------------------------------------------------------------------------------
// Custom XML

/**
 * Checks that xml is a well-formed document with one root element and returns the root's namespace
 * URI ("" when it has none), which is how Excel files the part.
 */
export function parseXmlNamespace(xml: unknown, location: string): string {
  if (typeof xml !== 'string') throw invalidArgument('XML must be a string', location);
  const s = xml.replace(/^\uFEFF/, '');
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<\/?[^<>]+>|[^<]+/y;
  const stack: string[] = [];
  let roots = 0;
  let namespaceUri = '';
  let pos = 0;
  const bad = (why: string) => invalidArgument(`the XML is not well-formed: ${why}`, location);
  while (pos < s.length) {
    token.lastIndex = pos;
    const m = token.exec(s);
    if (!m) throw bad(`unexpected "<" at offset ${pos}`);
    pos = token.lastIndex;
    const t = m[0];
    if (t.startsWith('<!--') || t.startsWith('<?') || t.startsWith('<!DOCTYPE')) continue;
    if (t.startsWith('<![CDATA[')) {
      if (!stack.length) throw bad('character data outside the root element');
      continue;
    }
    if (!t.startsWith('<')) {
      if (!stack.length && t.trim()) throw bad('text outside the root element');
      continue;
    }
    if (t.startsWith('</')) {
      const name = t.slice(2, -1).trim();
      const open = stack.pop();
      if (open !== name) throw bad(`</${name}> does not close <${open ?? ''}>`);
      continue;
    }
    const selfClosing = t.endsWith('/>');
    const inner = t.slice(1, selfClosing ? -2 : -1);
    const nm = /^([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)/.exec(inner);
    if (!nm) throw bad(`bad element name in ${t}`);
    const attrText = inner.slice(nm[1].length);
    const attrs = new Map<string, string>();
    const rest = attrText.replace(/\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g, (_all, key: string, _q, dq?: string, sq?: string) => {
      if (attrs.has(key)) throw bad(`duplicate attribute ${key}`);
      attrs.set(key, dq ?? sq ?? '');
      return '';
    });
    if (rest.trim()) throw bad(`bad attributes in ${t}`);
    if (!stack.length) {
      roots += 1;
      if (roots > 1) throw bad('more than one root element');
      const prefix = nm[1].includes(':') ? nm[1].split(':')[0] : '';
      namespaceUri = attrs.get(prefix ? `xmlns:${prefix}` : 'xmlns') ?? '';
    }
    if (!selfClosing) stack.push(nm[1]);
  }
  if (stack.length) throw bad(`<${stack[stack.length - 1]}> is not closed`);
  if (roots !== 1) throw bad('no root element');
  return namespaceUri;
}
