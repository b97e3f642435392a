/**
 * Range.copyFrom (ExcelApi 1.9): "Copies cell data or formatting from the source range or RangeAreas
 * to the current range. The destination range can be a different size than the source range or
 * RangeAreas. The destination will be expanded automatically if it is smaller than the source."
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)
 *
 * The copy types, skipBlanks and transpose follow "Cut, copy, and paste ranges using the Excel
 * JavaScript API" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste,
 * OfficeDev/office-js-docs-pr docs/excel/excel-add-ins-ranges-cut-copy-paste.md) and the
 * office-js-snippets sample samples/excel/42-range/range-copyfrom.yaml.
 */
import { MAX_COLUMNS, MAX_ROWS, formatRect, rectsIntersect } from './address';
import { invalidArgument, officeError } from './errors';
import { MAX_FORMATTED_CELLS } from './range';
import {
  BorderState,
  CellState,
  FontState,
  RangeRef,
  Scalar,
  SheetState,
  WorkbookState,
  borderKey,
  cellAt,
  ensureCell,
  forStoredCells,
  pruneCell,
  rangeAddress,
  readValue,
  tablesOverlapping,
} from './state';
import { a1ToR1C1, r1c1ToA1 } from '../workbook/r1c1';

/** Excel.RangeCopyType (https://learn.microsoft.com/javascript/api/excel/excel.rangecopytype) the fake models. */
const MODELLED_COPY_TYPES = ['All', 'Formulas', 'Values', 'Formats'] as const;
/** Members of RangeCopyType the fake refuses: a link formula per cell, and column widths (preview only). */
const UNMODELLED_COPY_TYPES = ['Link', 'ColumnWidths'];

export type CopyType = (typeof MODELLED_COPY_TYPES)[number];

export interface CopyOptions {
  copyType: CopyType;
  skipBlanks: boolean;
  transpose: boolean;
}

/** Checks copyFrom's optional arguments when the call is made, as the fake does for other enum arguments. */
export function copyOptions(copyType: unknown, skipBlanks: unknown, transpose: unknown, location: string): CopyOptions {
  const type = copyType ?? 'All';
  if (typeof type === 'string' && UNMODELLED_COPY_TYPES.includes(type)) {
    throw officeError('NotImplemented', `the fake does not model copyType "${type}"`, location);
  }
  if (typeof type !== 'string' || !(MODELLED_COPY_TYPES as readonly string[]).includes(type)) {
    throw invalidArgument(`"${String(type)}" is not one of ${MODELLED_COPY_TYPES.join(', ')}`, location);
  }
  const flag = (v: unknown, name: string): boolean => {
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') throw invalidArgument(`${name} must be true or false`, location);
    return v;
  };
  return { copyType: type as CopyType, skipBlanks: flag(skipBlanks, 'skipBlanks'), transpose: flag(transpose, 'transpose') };
}

/** A cell's own four edges and its diagonals, as the fake reads them back for that cell alone. */
interface Edges {
  top?: BorderState;
  bottom?: BorderState;
  left?: BorderState;
  right?: BorderState;
  down?: BorderState;
  up?: BorderState;
}

type CellFormat = Pick<CellState, 'numberFormat' | 'fill' | 'horizontalAlignment' | 'verticalAlignment' | 'wrapText'> & {
  font?: FontState;
};

/** One source cell as it was before anything was written (source and destination may overlap). */
interface SourceCell {
  row: number;
  column: number;
  blank: boolean;
  value?: Scalar;
  formula?: string;
  /** What range.values reads (a formula's current value); only read for a "Values" copy. */
  shown: Scalar;
  format: CellFormat;
  edges: Edges;
}

function copyBorder(b: BorderState | undefined): BorderState | undefined {
  return b && { ...b };
}

function readEdges(sheet: SheetState, row: number, column: number): Edges {
  const get = (kind: 'h' | 'v' | 'd' | 'u', r: number, c: number) => copyBorder(sheet.borders.get(borderKey(kind, r, c)));
  return {
    top: get('h', row, column),
    bottom: get('h', row + 1, column),
    left: get('v', row, column),
    right: get('v', row, column + 1),
    down: get('d', row, column),
    up: get('u', row, column),
  };
}

/** Transposing flips a cell about the main diagonal: its top edge becomes its left, its bottom its right. */
function transposeEdges(e: Edges): Edges {
  return { top: e.left, bottom: e.right, left: e.top, right: e.bottom, down: e.down, up: e.up };
}

function readSource(wb: WorkbookState, src: RangeRef, values: boolean): SourceCell[][] {
  const out: SourceCell[][] = [];
  for (let r = src.row; r < src.row + src.rows; r++) {
    const line: SourceCell[] = [];
    for (let c = src.column; c < src.column + src.columns; c++) {
      const cell = cellAt(src.sheet, r, c);
      line.push({
        row: r,
        column: c,
        blank: cell?.value === undefined && cell?.formula === undefined,
        value: cell?.value,
        formula: cell?.formula,
        shown: values ? readValue(wb, src.sheet, r, c) : '',
        format: {
          numberFormat: cell?.numberFormat,
          font: cell?.font && { ...cell.font },
          fill: cell?.fill,
          horizontalAlignment: cell?.horizontalAlignment,
          verticalAlignment: cell?.verticalAlignment,
          wrapText: cell?.wrapText,
        },
        edges: readEdges(src.sheet, r, c),
      });
    }
    out.push(line);
  }
  return out;
}

/**
 * Where the paste lands. A destination that is a whole multiple of the (transposed) source in both
 * directions is filled by repeating the source: the snippet's getRange("G4:K4").copyFrom("A1", ...)
 * copies one cell across five, and office-js issue 2674 reports a 3x3 source filling a 6x3 or 6x6
 * destination with two or four copies. Any other destination, smaller or larger, gets the source
 * once at its top-left cell ("expanded automatically if it is smaller than the source").
 */
function pasteArea(dest: RangeRef, rows: number, columns: number, location: string): RangeRef {
  const tiles = dest.rows % rows === 0 && dest.columns % columns === 0;
  const area = tiles ? { ...dest } : { sheet: dest.sheet, row: dest.row, column: dest.column, rows, columns };
  if (area.row + area.rows > MAX_ROWS || area.column + area.columns > MAX_COLUMNS) {
    // Not verified against Excel: InvalidArgument is the code the fake gives any range off the grid.
    throw invalidArgument(`the pasted ${rows}x${columns} block at ${rangeAddress({ ...dest, rows: 1, columns: 1 })} would run off the worksheet`, location);
  }
  return area;
}

function refuseUnmodelled(wb: WorkbookState, t: RangeRef, role: string, location: string): void {
  const where = `${role} ${rangeAddress(t)}`;
  if (tablesOverlapping(wb, t.sheet, t).length) {
    throw officeError('NotImplemented', `the fake does not model copyFrom where the ${where} meets a table`, location);
  }
  if (t.sheet.conditionalFormats.some((cf) => !cf.deleted && rectsIntersect(cf.rect, t))) {
    throw officeError('NotImplemented', `the fake does not model copyFrom where the ${where} meets a conditional format`, location);
  }
  let validated = false;
  forStoredCells(t.sheet, t, (cell) => {
    if (cell.validation) validated = true;
  });
  if (validated) {
    throw officeError('NotImplemented', `the fake does not model copyFrom where the ${where} has data validation`, location);
  }
  // Merged areas: the fake has none (Range.merge is not modelled), so there is nothing to refuse.
}

/**
 * A formula pasted as Excel pastes it: each relative part of a reference moves by the offset from the
 * source cell to the destination cell, absolute parts ($C$5, the row of C$7) stay, and references to
 * other sheets move in the same way; names and text are untouched. Converting to R1C1 at the source
 * cell and back at the destination cell is exactly that shift. Not modelled: Excel rewrites a range
 * whose corners cross over after the shift ($B$1:B3 pasted one column left) into top-left to
 * bottom-right order (A$1:$B3, Microsoft KB Q157112); the fake keeps $B$1:A3.
 */
function shiftFormula(formula: string, from: SourceCell, row: number, column: number, location: string): string {
  let r1c1: string;
  try {
    r1c1 = a1ToR1C1(formula, from.row, from.column);
  } catch (e) {
    throw officeError('NotImplemented', `the fake cannot shift ${formula}: ${(e as Error).message}`, location);
  }
  try {
    return r1c1ToA1(r1c1, row, column);
  } catch {
    // Deviation: Excel writes #REF! for a reference shifted off the grid; the fake refuses it, as
    // formulasR1C1 does, since Budgetsim never means that.
    const at = formatRect({ row, column, rows: 1, columns: 1 });
    throw invalidArgument(`${formula} pasted at ${at} would refer off the worksheet`, location);
  }
}

function writeContents(cell: CellState, src: SourceCell, options: CopyOptions, row: number, column: number, location: string): void {
  if (options.copyType === 'Values') {
    // "copies the data values and, in the case of formulas, the result of the formula".
    cell.formula = undefined;
    cell.value = src.shown === '' ? undefined : src.shown;
    return;
  }
  cell.value = src.value;
  cell.formula = src.formula === undefined ? undefined : shiftFormula(src.formula, src, row, column, location);
}

/** Formats as copied: number format, font, fill, alignment and wrap (borders are edges, see pasteBorders). */
function writeFormat(cell: CellState, src: SourceCell): void {
  const f = src.format;
  cell.numberFormat = f.numberFormat;
  cell.font = f.font && { ...f.font };
  cell.fill = f.fill;
  cell.horizontalAlignment = f.horizontalAlignment;
  cell.verticalAlignment = f.verticalAlignment;
  cell.wrapText = f.wrapText;
}

function setEdge(sheet: SheetState, key: string, b: BorderState | undefined): void {
  if (b) sheet.borders.set(key, { ...b });
  else sheet.borders.delete(key);
}

/**
 * Excel keeps borders per cell, so a pasted cell carries its own four edges; the fake keeps one
 * shared edge between two cells (state.ts) and reads a cell's edges from the four around it. So:
 * - an edge between two pasted cells takes the border either of them carries (the lower or right
 *   one's when both do), and none when neither does;
 * - an outer edge of the pasted block (or one next to a cell skipped by skipBlanks) takes the border
 *   the pasted cell carries, and is left as it was when that cell carries none: the border there may
 *   belong to the cell outside, whose own format Excel's paste would not touch;
 * - each pasted cell's diagonals are its source cell's.
 */
function pasteBorders(area: RangeRef, carried: (Edges | null)[][]): void {
  const at = (i: number, j: number): Edges | null =>
    i >= 0 && j >= 0 && i < area.rows && j < area.columns ? carried[i][j] : null;
  const edge = (key: string, before: Edges | null, after: Edges | null, b: BorderState | undefined) => {
    if (!before && !after) return;
    if (b) setEdge(area.sheet, key, b);
    else if (before && after) area.sheet.borders.delete(key);
  };
  for (let i = 0; i <= area.rows; i++) {
    for (let j = 0; j < area.columns; j++) {
      const above = at(i - 1, j);
      const below = at(i, j);
      edge(borderKey('h', area.row + i, area.column + j), above, below, below?.top ?? above?.bottom);
    }
  }
  for (let i = 0; i < area.rows; i++) {
    for (let j = 0; j <= area.columns; j++) {
      const left = at(i, j - 1);
      const right = at(i, j);
      edge(borderKey('v', area.row + i, area.column + j), left, right, right?.left ?? left?.right);
    }
  }
  for (let i = 0; i < area.rows; i++) {
    for (let j = 0; j < area.columns; j++) {
      const e = carried[i][j];
      if (!e) continue;
      setEdge(area.sheet, borderKey('d', area.row + i, area.column + j), e.down);
      setEdge(area.sheet, borderKey('u', area.row + i, area.column + j), e.up);
    }
  }
}

/** Copies src onto dest as Range.copyFrom does; nothing is written when a check fails. */
export function copyRange(wb: WorkbookState, src: RangeRef, dest: RangeRef, options: CopyOptions, location: string): void {
  const { copyType, skipBlanks, transpose } = options;
  const area = checkedArea(wb, src, dest, options, location);
  const cells = readSource(wb, src, copyType === 'Values');
  const rows = transpose ? src.columns : src.rows;
  const columns = transpose ? src.rows : src.columns;
  const sourceFor = (i: number, j: number): SourceCell =>
    transpose ? cells[j % columns][i % rows] : cells[i % rows][j % columns];
  const contents = copyType !== 'Formats';
  const formats = copyType === 'All' || copyType === 'Formats';
  if (transpose && contents && copyType !== 'Values' && cells.some((line) => line.some((c) => c.formula !== undefined))) {
    throw officeError('NotImplemented', 'the fake does not transpose formulas; copy values or formats, or paste without transpose', location);
  }
  // Work out every cell before writing any, so a failing formula leaves the sheet as it was.
  const plan: { i: number; j: number; src: SourceCell; cell: CellState }[] = [];
  for (let i = 0; i < area.rows; i++) {
    for (let j = 0; j < area.columns; j++) {
      const s = sourceFor(i, j);
      if (skipBlanks && s.blank) continue;
      const staged: CellState = {};
      if (contents) writeContents(staged, s, options, area.row + i, area.column + j, location);
      plan.push({ i, j, src: s, cell: staged });
    }
  }
  const carried: (Edges | null)[][] = Array.from({ length: area.rows }, () => new Array<Edges | null>(area.columns).fill(null));
  for (const { i, j, src: s, cell: staged } of plan) {
    const row = area.row + i;
    const column = area.column + j;
    const cell = ensureCell(area.sheet, row, column);
    if (contents) {
      cell.value = staged.value;
      cell.formula = staged.formula;
    }
    if (formats) {
      writeFormat(cell, s);
      carried[i][j] = transpose ? transposeEdges(s.edges) : s.edges;
    }
    pruneCell(area.sheet, row, column);
  }
  if (formats) pasteBorders(area, carried);
}

function checkedArea(wb: WorkbookState, src: RangeRef, dest: RangeRef, options: CopyOptions, location: string): RangeRef {
  if (src.rows * src.columns > MAX_FORMATTED_CELLS) {
    throw officeError('NotImplemented', `the fake copies at most ${MAX_FORMATTED_CELLS} source cells`, location);
  }
  const rows = options.transpose ? src.columns : src.rows;
  const columns = options.transpose ? src.rows : src.columns;
  const area = pasteArea(dest, rows, columns, location);
  if (area.rows * area.columns > MAX_FORMATTED_CELLS) {
    throw officeError('NotImplemented', `the fake pastes at most ${MAX_FORMATTED_CELLS} cells per operation`, location);
  }
  refuseUnmodelled(wb, src, 'source', location);
  refuseUnmodelled(wb, area, 'destination', location);
  return area;
}
