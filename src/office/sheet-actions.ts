/**
 * One sheet of a workbook description as renderer actions, in the order Excel needs them: widths,
 * cells, number formats (a later format wins), styles, then the tables over the written cells,
 * frozen panes, tab colour, conditional formats and drop-down lists. Pure: no Office.js here.
 */
import { sheetRange } from '../workbook/a1';
import { CellStyle, ChartDescription, ConditionalFormat, isFormulaRule, ListValidation, NamedRange, RangeRef, SheetDescription, StyleName, TableDescription } from '../workbook/description';
import { Action, CellsAction, FormulaInput, NameAction, NumberFormatAction, StyleAction, StyleProperty } from './actions';
import { planBandCopies } from './band-copies';
import { R1C1Forms } from './r1c1-forms';
import { formulaInput } from './cell-input';

/** Excel refuses an inline validation list longer than this. */
const MAX_LIST_CHARS = 255;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_A_CELL = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$/;

/**
 * A column width as the .xlsx file stores it (characters of the default font's digits, padding
 * included, as ExcelJS's column.width) in points, as Range.format.columnWidth takes it, for Calibri 11.
 */
export function widthInPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

function definedKeys(style: CellStyle): StyleProperty[] {
  return (Object.keys(style) as StyleProperty[]).filter((k) => style[k] !== undefined && style[k] !== false);
}

/**
 * Style actions with what each must clear: where a later style overlaps an earlier one, the later
 * replaces it entirely (as in the .xlsx renderer), so properties only the earlier one set are reset.
 */
function styleActions(sheet: SheetDescription, styles: Record<StyleName, CellStyle>): StyleAction[] {
  const named = (name: StyleName): CellStyle => {
    const s = styles[name];
    if (!s) throw new Error(`the description has no style named "${name}"`);
    return s;
  };
  const out: StyleAction[] = [];
  sheet.styles.forEach((rs, i) => {
    const style = named(rs.style);
    const own = new Set(definedKeys(style));
    const reset = new Set<StyleProperty>();
    for (let j = 0; j < i; j++) {
      const earlier = sheet.styles[j];
      if (!overlaps(earlier.range, rs.range)) continue;
      for (const k of definedKeys(named(earlier.style))) if (!own.has(k)) reset.add(k);
    }
    if (own.size === 0 && reset.size === 0) return;
    out.push({ kind: 'style', sheet: sheet.name, range: rs.range, style, reset: [...reset] });
  });
  return out;
}

function checkTable(sheet: SheetDescription, t: TableDescription, header: (column: number) => unknown): void {
  const where = `table ${t.name} on sheet '${sheet.name}'`;
  if (!TABLE_NAME.test(t.name) || LOOKS_LIKE_A_CELL.test(t.name) || t.name.length > 255) {
    throw new Error(`${where}: "${t.name}" is not a name Excel accepts for a table`);
  }
  if (t.range.rows < 2 || t.range.columns < 1) throw new Error(`${where}: a table needs a header row and at least one data row`);
  const seen = new Set<string>();
  for (let j = 0; j < t.range.columns; j++) {
    const h = header(t.range.column + j);
    const text = typeof h === 'string' || typeof h === 'number' ? String(h) : '';
    if (text.trim() === '') throw new Error(`${where}: every header cell must hold text`);
    if (seen.has(text.toLowerCase())) throw new Error(`${where}: two columns are headed "${text}"`);
    seen.add(text.toLowerCase());
  }
}

/** What the blocks put in a cell; a later block wins. */
function contentAt(sheet: SheetDescription, row: number, column: number): unknown {
  for (let i = sheet.blocks.length - 1; i >= 0; i--) {
    const b = sheet.blocks[i];
    const c = b.cells[row - b.row]?.[column - b.column];
    if (c !== undefined) return c;
  }
  return null;
}

/** "=TRUE", "=0.5" or "=\"text\"": the value a cell-value rule compares with. */
export function comparisonFormula(value: boolean | number | string): string {
  if (typeof value === 'boolean') return value ? '=TRUE' : '=FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`a conditional format cannot compare with ${value}`);
    return `=${String(value).toUpperCase()}`;
  }
  return `="${value.replace(/"/g, '""')}"`;
}

function conditionalFormatAction(sheet: string, cf: ConditionalFormat, styles: Record<StyleName, CellStyle>): Action {
  if (isFormulaRule(cf)) return { kind: 'formulaConditionalFormat', sheet, range: cf.range, formula: `=${cf.when}`, numberFormat: cf.numberFormat };
  const style = styles[cf.style];
  if (!style) throw new Error(`the description has no style named "${cf.style}"`);
  return { kind: 'conditionalFormat', sheet, range: cf.range, formula: comparisonFormula(cf.equals), style };
}

/** The list as Excel's inline list source takes it; refused when Excel could not hold it. */
export function listSource(v: ListValidation, sheet: string): string {
  const items = v.values.map(String);
  const bad = items.find((s) => s.includes(',') || s.includes('"'));
  if (bad !== undefined) throw new Error(`sheet '${sheet}': a list value cannot hold a comma or quote: ${bad}`);
  const source = items.join(',');
  if (source.length > MAX_LIST_CHARS) throw new Error(`sheet '${sheet}': the list is longer than Excel's ${MAX_LIST_CHARS} characters`);
  return source;
}

function widthActions(sheet: SheetDescription): Action[] {
  const widths = new Map<number, number>();
  for (const w of sheet.columnWidths) widths.set(w.column, widthInPoints(w.width));
  const columns = [...widths.keys()].sort((a, b) => a - b);
  const out: Action[] = [];
  for (let i = 0; i < columns.length; ) {
    let j = i + 1;
    while (j < columns.length && columns[j] === columns[j - 1] + 1 && widths.get(columns[j]) === widths.get(columns[i])) j++;
    out.push({ kind: 'columnWidth', sheet: sheet.name, column: columns[i], columns: j - i, points: widths.get(columns[i])! });
    i = j;
  }
  return out;
}

export interface SheetOptions {
  /** Drop-down lists need ExcelApi 1.8. */
  listValidations: boolean;
  /** The print setup (Worksheet.pageLayout) needs ExcelApi 1.9; true when not said. */
  pageLayout?: boolean;
  /** Range.copyFrom (ExcelApi 1.9): the sheet's alike bands are copied (band-copies.ts). */
  copyBands?: boolean;
  /** R1C1 forms already read, shared by the sheets of one plan. */
  forms?: R1C1Forms;
}

/** The blocks' cells as Range.formulas input, in contiguous row runs that leave out `omit`. */
function cellsActions(sheet: SheetDescription, omit: ReadonlySet<number> | undefined): CellsAction[] {
  const name = sheet.name;
  const out: CellsAction[] = [];
  for (const b of sheet.blocks) {
    if (b.cells.length === 0) continue;
    const width = Math.max(...b.cells.map((r) => r.length));
    if (width === 0) continue;
    let formulas: FormulaInput[][] = [];
    let start = b.row;
    const flush = () => {
      if (formulas.length) out.push({ kind: 'cells', sheet: name, row: start, column: b.column, formulas });
      formulas = [];
    };
    b.cells.forEach((cells, i) => {
      const r = b.row + i;
      if (omit?.has(r)) {
        flush();
        return;
      }
      if (formulas.length === 0) start = r;
      const row = new Array<FormulaInput>(width);
      for (let j = 0; j < width; j++) row[j] = formulaInput(cells[j], name, r, b.column + j);
      formulas.push(row);
    });
    flush();
  }
  return out;
}

/** Everything one sheet needs except its charts, which come after every sheet's cells. */
export function sheetActions(sheet: SheetDescription, styles: Record<StyleName, CellStyle>, options: SheetOptions): Action[] {
  const name = sheet.name;
  const formats: NumberFormatAction[] = sheet.formats.map((f) => ({ kind: 'numberFormat', sheet: name, range: f.range, format: f.format }));
  const styled = styleActions(sheet, styles);
  const copies = options.copyBands ? planBandCopies(sheet, formats, styled, options.forms) : undefined;
  const out: Action[] = widthActions(sheet);
  out.push(...cellsActions(sheet, copies?.copiedRows));
  for (const a of [...formats, ...styled]) if (!copies?.dropped.has(a)) out.push(a);
  // The copies and the cells that differ: after the template's cells, formats and styles.
  if (copies) out.push(...copies.after);
  for (const t of sheet.tables) {
    checkTable(sheet, t, (column) => contentAt(sheet, t.range.row, column));
    out.push({ kind: 'table', sheet: name, name: t.name, range: t.range, style: t.style });
  }
  if (sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.columns > 0)) {
    out.push({ kind: 'freeze', sheet: name, rows: sheet.frozen.rows, columns: sheet.frozen.columns });
  }
  if (sheet.tabColor) out.push({ kind: 'tabColor', sheet: name, color: sheet.tabColor });
  for (const cf of sheet.conditionalFormats) out.push(conditionalFormatAction(name, cf, styles));
  if (options.listValidations) {
    for (const v of sheet.validations) out.push({ kind: 'listValidation', sheet: name, range: v.range, source: listSource(v, name) });
  }
  if (sheet.pageSetup && options.pageLayout !== false) out.push({ kind: 'pageLayout', sheet: name, setup: sheet.pageSetup });
  return out;
}

/** `api18`: ExcelApi 1.8, which the value axis's number format and the bars' overlap need. */
export function chartAction(sheet: string, chart: ChartDescription, api18: boolean): Action {
  if (chart.series.length === 0) throw new Error(`chart "${chart.title}" on sheet '${sheet}' has no series`);
  const { valueAxisFormat, overlap, ...rest } = chart;
  return {
    kind: 'chart',
    sheet,
    chart: api18 ? { ...rest, ...(valueAxisFormat !== undefined ? { valueAxisFormat } : {}), ...(overlap !== undefined ? { overlap } : {}) } : rest,
  };
}

export function nameAction(n: NamedRange): NameAction {
  return { kind: 'name', name: n.name, reference: `=${sheetRange(n.sheet, n.range)}`, ...(n.comment ? { comment: n.comment } : {}) };
}
