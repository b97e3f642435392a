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
import { CellContent, isFormula, RowBand, SheetDescription } from '../workbook/description';
import { Action, CellsAction, CopyRowsAction, FormulaInput, NumberFormatAction, StyleAction } from './actions';
import { formulaInput } from './cell-input';
import { R1C1Forms } from './r1c1-forms';
import { NULL_CELL_BYTES, RANGE_WRITE_BYTES } from './request-size';


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

/**
 * For each band, the number formats and styles that touch it, clipped to it and relative to its
 * first row, in the plan's order, as one string: equal strings, equal decoration. One pass over the
 * decorations, each placed in the bands it overlaps (bands are in row order).
 */
function decorationSignatures(bands: RowBand[], formats: NumberFormatAction[], styles: StyleAction[]): string[] {
  const parts: string[][] = bands.map(() => []);
  const firstBandEndingAfter = (row: number) => {
    let lo = 0;
    let hi = bands.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bands[mid].row + bands[mid].rows <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const place = (r: RangeLike, text: string) => {
    for (let k = firstBandEndingAfter(r.row); k < bands.length && bands[k].row < r.row + r.rows; k++) {
      const c = clipped(r, bands[k]);
      if (c) parts[k].push(c + text);
    }
  };
  for (const f of formats) place(f.range, `|f|${f.format}`);
  for (const st of styles) place(st.range, `|s|${JSON.stringify(st.style)}|${st.reset.join(',')}`);
  return parts.map((p) => p.join('\n'));
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
  /** Sheet rows whose cells come from a copy: the cells actions leave them out. */
  copiedRows: Set<number>;
  /** Number formats and styles wholly inside copied bands: they come with the copy. */
  dropped: Set<Action>;
  /** The copies, then the cells that differ from the template; after the formats and styles. */
  after: Action[];
  /** How many bands are copied rather than written. */
  copiedBands: number;
}

/** Empty, a number, a boolean or text: what a cell that holds no formula holds, as a copy compares it. */
function plainValue(c: CellContent | undefined): string | number | boolean | null {
  if (c === undefined || c === null || c === '') return null;
  return c as string | number | boolean;
}

/**
 * The copies for a sheet's alike bands, given its number formats and styles as the plan writes them;
 * undefined when nothing can be copied. The cells are compared as the description holds them, so a
 * copied cell is never turned into Range.formulas input at all.
 */
export function planBandCopies(sheet: SheetDescription, formats: NumberFormatAction[], styles: StyleAction[], forms = new R1C1Forms()): BandCopies | undefined {
  const bands = sheet.bands ?? [];
  if (bands.length < 2 || sheet.blocks.length !== 1 || sheet.blocks[0].row !== 0 || sheet.blocks[0].column !== 0) return undefined;
  const cells = sheet.blocks[0].cells;
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  const wide = [...formats.map((f) => f.range), ...styles.map((s) => s.range)].some((r) => r.column + r.columns > width);
  if (width === 0 || wide) return undefined;
  const edges = borderedEdges(styles);
  const tables = sheet.tables.map((t) => t.range);
  const eligible = (band: RowBand) =>
    band.row + band.rows <= cells.length &&
    !edges.has(band.row) &&
    !edges.has(band.row + band.rows) &&
    !tables.some((t) => t.row < band.row + band.rows && band.row < t.row + t.rows);

  // A cell's key as a copy carries it: a formula's R1C1 form, or the plain value. A formula outside
  // the subset r1c1.ts reads has no key and is never taken as alike.
  interface Template {
    band: RowBand;
    signature: string;
    formula: boolean[][];
    keys: (string | number | boolean | null | undefined)[][];
  }
  const templates = new Map<number, Template>();
  const destinations = new Map<number, RowBand[]>();
  const signatures = decorationSignatures(bands, formats, styles);
  for (let b = 0; b < bands.length; b++) {
    const band = bands[b];
    if (!eligible(band)) continue;
    const signature = signatures[b];
    const template = templates.get(band.rows);
    if (!template) {
      const formula: boolean[][] = [];
      const keys: (string | number | boolean | null | undefined)[][] = [];
      for (let i = 0; i < band.rows; i++) {
        const r = band.row + i;
        const row = cells[r];
        const f: boolean[] = [];
        const k: (string | number | boolean | null | undefined)[] = [];
        for (let j = 0; j < width; j++) {
          const c = row[j];
          const isF = isFormula(c);
          f.push(isF);
          k.push(isF ? forms.of(c.formula, r, j) : plainValue(c));
        }
        formula.push(f);
        keys.push(k);
      }
      templates.set(band.rows, { band, signature, formula, keys });
      continue;
    }
    if (signature !== template.signature) continue;
    const list = destinations.get(band.rows) ?? [];
    list.push(band);
    destinations.set(band.rows, list);
  }
  if (destinations.size === 0) return undefined;

  const copiedRows = new Set<number>();
  const copies: CopyRowsAction[] = [];
  const overrides = new Map<number, (FormulaInput | undefined)[]>();
  let copiedBands = 0;
  for (const [height, dests] of destinations) {
    const template = templates.get(height)!;
    for (const band of dests) {
      copiedBands++;
      for (let i = 0; i < height; i++) {
        const r = band.row + i;
        copiedRows.add(r);
        const row = cells[r];
        const isF = template.formula[i];
        const want = template.keys[i];
        let diff: (FormulaInput | undefined)[] | undefined;
        for (let j = 0; j < width; j++) {
          const c = row[j];
          const same = isFormula(c) ? isF[j] && want[j] !== undefined && forms.of(c.formula, r, j) === want[j] : !isF[j] && plainValue(c) === want[j];
          if (same) continue;
          diff ??= new Array(width).fill(undefined);
          // An empty cell where the template has content is cleared: '' empties a cell in Range.formulas.
          diff[j] = formulaInput(c, sheet.name, r, j) ?? '';
        }
        if (diff) overrides.set(r, diff);
      }
    }
    copies.push(...doublingCopies(sheet.name, template.band, dests, width));
  }
  const inCopied = (r: RangeLike) => {
    for (let i = r.row; i < r.row + r.rows; i++) if (!copiedRows.has(i)) return false;
    return true;
  };
  const dropped = new Set<Action>([...formats, ...styles].filter((a) => inCopied(a.range)));
  return { copiedRows, dropped, after: [...copies, ...overrideBlocks(sheet.name, overrides, width)], copiedBands };
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
    let count = total;
    if (template.row + h === start) {
      // The template sits just above the run: it is the run's first filled band.
      start = template.row;
      count = total + 1;
    } else out.push({ kind: 'copyRows', sheet, from: template.row, to: start, rows: h, columns });
    let filled = 1;
    while (filled < count) {
      const n = Math.min(filled, count - filled);
      out.push({ kind: 'copyRows', sheet, from: start, to: start + filled * h, rows: n * h, columns });
      filled += n;
    }
    i = j;
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

