/**
 * Writing a sheet's alike bands (one per committee) by copying instead of sending every cell.
 *
 * A scenario sheet repeats one block of rows per committee; in R1C1 form most of its cells read the
 * same in every block. Sending each block's cells costs most of a large write's request bytes, so
 * the plan sends one block (the template), copies it onto the others with Range.copyFrom
 * (ExcelApi 1.9, "Copies cell data or formatting from the source range ... to the current range",
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)),
 * doubling the copied rows each time, and then sets the cells that differ: the committee's name, its
 * own input cells. A paste keeps a formula's R1C1 form, as a fill does, so a cell whose R1C1 form is
 * the template's needs nothing more.
 *
 * The result must be the sheet the plain plan writes, cell for cell and format for format. So a band
 * is copied onto only when that is certain from the description:
 * - it has the template's height, and the same number formats and styles in the same places, in the
 *   same order (a format or style that spans several bands counts for each, clipped to it);
 * - no border lies on its top or bottom edge: Excel keeps a border with each cell, while an edge is
 *   shared by two rows, so a border there could be carried or lost by a paste;
 * - no table lies on it.
 * Everything else (cells outside the bands, the bands that fail a check) is written as before.
 */
import { RowBand, SheetDescription } from '../workbook/description';
import { a1ToR1C1 } from '../workbook/r1c1';
import { Action, CellsAction, CopyRowsAction, FormulaInput, NumberFormatAction, StyleAction } from './actions';

/** What one more range write costs on the wire besides its values (see plan.ts). */
const RANGE_WRITE_BYTES = 300;
/** What a cell left alone (null) costs inside a Range.formulas array. */
const NULL_CELL_BYTES = 5;

function isFormulaText(v: FormulaInput): v is string {
  return typeof v === 'string' && v.charCodeAt(0) === 61; // '='
}

/** A cell's content as a copy carries it: a formula by its R1C1 form, anything else as itself. */
function cellKey(v: FormulaInput, row: number, column: number): string | number | boolean | null {
  // Text is written with a leading apostrophe, so it never reads as a formula's key.
  if (!isFormulaText(v)) return v;
  try {
    return `=${a1ToR1C1(v, row, column)}`;
  } catch {
    // A formula outside the subset r1c1.ts reads is never taken as alike: it is sent as it is.
    return `?${row},${column}`;
  }
}

interface RangeLike {
  row: number;
  rows: number;
  column: number;
  columns: number;
}

function clipped(r: RangeLike, band: RowBand): string | undefined {
  const top = Math.max(r.row, band.row);
  const bottom = Math.min(r.row + r.rows, band.row + band.rows);
  if (top >= bottom) return undefined;
  return `${top - band.row},${bottom - top},${r.column},${r.columns}`;
}

/** The number formats and styles that touch the band, clipped to it and relative to its first row, in order. */
function decorationSignature(band: RowBand, formats: NumberFormatAction[], styles: StyleAction[]): string {
  const parts: string[] = [];
  for (const f of formats) {
    const c = clipped(f.range, band);
    if (c) parts.push(`f${c}|${f.format}`);
  }
  for (const s of styles) {
    const c = clipped(s.range, band);
    if (c) parts.push(`s${c}|${JSON.stringify(s.style)}|${s.reset.join(',')}`);
  }
  return parts.join('\n');
}

/**
 * The sheet rows whose top edge a style sets or clears a border on (row r's top edge is row r-1's
 * bottom edge): the edges apply.ts touches for each style, its top, its bottom and the lines inside.
 */
function borderedEdges(styles: StyleAction[]): Set<number> {
  const edges = new Set<number>();
  for (const { range: r, style, reset } of styles) {
    const top = style.borderTop || reset.includes('borderTop');
    const bottom = style.borderBottom || reset.includes('borderBottom');
    if (top) edges.add(r.row);
    if (bottom) edges.add(r.row + r.rows);
    if ((top || bottom) && r.rows > 1) for (let i = r.row + 1; i < r.row + r.rows; i++) edges.add(i);
  }
  return edges;
}

export interface BandCopies {
  /** The sheet's actions with the copied bands' cells, formats and styles taken out and the copies and differing cells put in. */
  actions: Action[];
  /** How many bands are copied rather than written. */
  copiedBands: number;
}

/** The cells of rows [row, row + rows) of the block, or undefined when the block does not hold them all. */
function holds(block: CellsAction, band: RowBand): boolean {
  return band.row >= block.row && band.row + band.rows <= block.row + block.formulas.length && block.column === 0;
}

/**
 * The sheet's actions (as sheetActions gives them) rewritten to copy its alike bands, or the same
 * actions when nothing can be copied.
 */
export function withBandCopies(sheet: SheetDescription, actions: Action[]): BandCopies {
  const bands = sheet.bands ?? [];
  const blocks = actions.filter((a): a is CellsAction => a.kind === 'cells');
  if (bands.length < 2 || blocks.length !== 1) return { actions, copiedBands: 0 };
  const block = blocks[0];
  const formats = actions.filter((a): a is NumberFormatAction => a.kind === 'numberFormat');
  const styles = actions.filter((a): a is StyleAction => a.kind === 'style');
  const width = block.formulas[0]?.length ?? 0;
  const wide = [...formats.map((f) => f.range), ...styles.map((s) => s.range)].some((r) => r.column + r.columns > width);
  if (width === 0 || wide) return { actions, copiedBands: 0 };
  const edges = borderedEdges(styles);
  const tables = sheet.tables.map((t) => t.range);

  const eligible = (band: RowBand) =>
    holds(block, band) &&
    !edges.has(band.row) &&
    !edges.has(band.row + band.rows) &&
    !tables.some((t) => t.row < band.row + band.rows && band.row < t.row + t.rows);

  // One template per height: the first band of that height that may be copied.
  const templates = new Map<number, { band: RowBand; signature: string; keys: (string | number | boolean | null)[][] }>();
  const destinations = new Map<number, RowBand[]>();
  for (const band of bands) {
    if (!eligible(band)) continue;
    const signature = decorationSignature(band, formats, styles);
    const template = templates.get(band.rows);
    if (!template) {
      const keys: (string | number | boolean | null)[][] = [];
      for (let i = 0; i < band.rows; i++) {
        const row = block.formulas[band.row - block.row + i];
        keys.push(row.map((v, j) => cellKey(v, band.row + i, j)));
      }
      templates.set(band.rows, { band, signature, keys });
      continue;
    }
    if (signature !== template.signature) continue;
    const list = destinations.get(band.rows) ?? [];
    list.push(band);
    destinations.set(band.rows, list);
  }
  if (destinations.size === 0) return { actions, copiedBands: 0 };

  // Rows whose cells come from a copy (and the differing cells set after it).
  const copiedRows = new Set<number>();
  const copies: CopyRowsAction[] = [];
  const overrides: Map<number, (FormulaInput | undefined)[]> = new Map();
  let copiedBands = 0;
  for (const [height, dests] of destinations) {
    const template = templates.get(height)!;
    for (const band of dests) {
      copiedBands++;
      for (let i = 0; i < height; i++) {
        const r = band.row + i;
        copiedRows.add(r);
        const cells = block.formulas[r - block.row];
        const want = template.keys[i];
        let diff: (FormulaInput | undefined)[] | undefined;
        for (let j = 0; j < width; j++) {
          const v = cells[j];
          const same = isFormulaText(v) ? cellKey(v, r, j) === want[j] : v === want[j];
          if (same) continue;
          diff ??= new Array(width).fill(undefined);
          // An empty cell where the template has content is cleared: '' empties a cell in Range.formulas.
          diff[j] = v === null ? '' : v;
        }
        if (diff) overrides.set(r, diff);
      }
    }
    copies.push(...doublingCopies(sheet.name, template.band, dests, width));
  }

  const out: Action[] = [];
  const inCopied = (r: RangeLike) => {
    for (let i = r.row; i < r.row + r.rows; i++) if (!copiedRows.has(i)) return false;
    return true;
  };
  // The copies go after the template's cells, formats and styles, before tables, panes and rules.
  let last = -1;
  actions.forEach((a, i) => {
    if (a.kind === 'cells' || a.kind === 'numberFormat' || a.kind === 'style') last = i;
  });
  actions.forEach((a, i) => {
    if (a === block) out.push(...withoutRows(block, copiedRows));
    // A format or style wholly inside copied bands comes with the copy.
    else if (a.kind === 'numberFormat' || a.kind === 'style') {
      if (!inCopied(a.range)) out.push(a);
    } else out.push(a);
    if (i === last) out.push(...copies, ...overrideBlocks(sheet.name, overrides, width));
  });
  return { actions: out, copiedBands };
}

/**
 * Copies that fill the destination bands from the template, doubling: each run of adjacent
 * destinations gets the template once, then twice as many rows of itself each time.
 */
function doublingCopies(sheet: string, template: RowBand, dests: RowBand[], columns: number): CopyRowsAction[] {
  const h = template.rows;
  const out: CopyRowsAction[] = [];
  let i = 0;
  while (i < dests.length) {
    let j = i + 1;
    while (j < dests.length && dests[j].row === dests[j - 1].row + h) j++;
    const total = j - i;
    let start = dests[i].row;
    let filled = 0;
    let count = total;
    if (template.row + h === start) {
      // The template sits just above the run: it is the run's first filled band.
      start = template.row;
      filled = 1;
      count = total + 1;
    } else {
      out.push({ kind: 'copyRows', sheet, from: template.row, to: start, rows: h, columns });
      filled = 1;
    }
    while (filled < count) {
      const n = Math.min(filled, count - filled);
      out.push({ kind: 'copyRows', sheet, from: start, to: start + filled * h, rows: n * h, columns });
      filled += n;
    }
    i = j;
  }
  return out;
}

/** The block without the given rows: split into the blocks between them. */
function withoutRows(block: CellsAction, rows: Set<number>): CellsAction[] {
  const out: CellsAction[] = [];
  let start = -1;
  const n = block.formulas.length;
  for (let i = 0; i <= n; i++) {
    const skip = i === n || rows.has(block.row + i);
    if (!skip && start < 0) start = i;
    if (skip && start >= 0) {
      out.push({ ...block, row: block.row + start, formulas: block.formulas.slice(start, i) });
      start = -1;
    }
  }
  return out;
}

/**
 * The differing cells as range writes: per row the span from its first to its last differing cell
 * (cells between left alone with null), and rows below each other with the same span in one range
 * when that sends fewer bytes. Single cells in one column many rows apart go in one tall range
 * when the nulls between cost less than a range each.
 */
function overrideBlocks(sheet: string, overrides: Map<number, (FormulaInput | undefined)[]>, width: number): CellsAction[] {
  interface Span {
    row: number;
    first: number;
    last: number;
    cells: (FormulaInput | undefined)[];
  }
  const spans: Span[] = [];
  for (const row of [...overrides.keys()].sort((a, b) => a - b)) {
    const cells = overrides.get(row)!;
    let first = 0;
    while (cells[first] === undefined) first++;
    let last = width - 1;
    while (cells[last] === undefined) last--;
    spans.push({ row, first, last, cells });
  }
  // Single-cell spans, by column: one tall range each where that is cheaper.
  const singles = new Map<number, Span[]>();
  const rest: Span[] = [];
  for (const s of spans) {
    if (s.first === s.last) {
      const list = singles.get(s.first) ?? [];
      list.push(s);
      singles.set(s.first, list);
    } else rest.push(s);
  }
  const out: CellsAction[] = [];
  const nullRow = (): FormulaInput[] => [null];
  for (const [column, list] of singles) {
    const tall = (list[list.length - 1].row - list[0].row + 1) * NULL_CELL_BYTES + RANGE_WRITE_BYTES;
    const apart = list.length * RANGE_WRITE_BYTES;
    if (list.length > 1 && tall < apart) {
      const top = list[0].row;
      const formulas: FormulaInput[][] = [];
      for (let r = top; r <= list[list.length - 1].row; r++) formulas.push(nullRow());
      for (const s of list) formulas[s.row - top] = [s.cells[column] as FormulaInput];
      out.push({ kind: 'cells', sheet, row: top, column, formulas });
    } else rest.push(...list);
  }
  rest.sort((a, b) => a.row - b.row || a.first - b.first);
  // Rows directly below each other with the same span: one range.
  let i = 0;
  while (i < rest.length) {
    const s = rest[i];
    let j = i + 1;
    while (j < rest.length && rest[j].row === rest[j - 1].row + 1 && rest[j].first === s.first && rest[j].last === s.last) j++;
    const formulas = rest.slice(i, j).map((x) => x.cells.slice(x.first, x.last + 1).map((v) => (v === undefined ? null : v)));
    out.push({ kind: 'cells', sheet, row: s.row, column: s.first, formulas });
    i = j;
  }
  return out;
}

