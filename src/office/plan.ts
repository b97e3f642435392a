/**
 * The Office.js renderer's plan: a workbook description as the sheets to add and the actions to
 * queue, split into chunks whose estimated request stays well under Excel on the web's 5 MB limit
 * (one context.sync() per chunk). Pure data in, pure data out: no Office.js at run time.
 *
 * Order: every sheet is added first, with the `bs_sheet_N` name that marks it as Budgetsim's (so
 * formulas that point at another sheet resolve, and a write cut short is still known as Budgetsim's
 * by the next one), then each sheet's widths, cells, formats, styles, tables (after their cells),
 * panes, tab colour, conditional formats and lists; then the charts, whose series may read other
 * sheets; then the other workbook names.
 */
import { OWNED_SHEET_NAME_PREFIX, WorkbookDescription } from '../workbook/description';
import { Action, AddSheetAction, CellsAction, FormulaInput, FormulasR1C1Action, NameAction } from './actions';
import { actionBytes, CELLS_OVERHEAD, CHUNK_OVERHEAD, NULL_CELL_BYTES, RANGE_WRITE_BYTES, rowBytes, textBytes } from './request-size';

export { RANGE_WRITE_BYTES };
import { chartAction, nameAction, sheetActions } from './sheet-actions';
import { R1C1Forms } from './r1c1-forms';

/** Excel on the web refuses a request over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5_000_000;
/** The estimated size a chunk is kept under: well below the limit, with a conservative estimate. */
export const DEFAULT_CHUNK_BYTES = 2_000_000;

export interface PlanOptions {
  maxChunkBytes?: number;
  /** Drop-down lists need ExcelApi 1.8; left out (and said so) when false. */
  listValidations?: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9): without it the sheets keep Excel's default print setup. */
  pageLayout?: boolean;
  /** Chart value-axis number formats need ExcelApi 1.8; left out (and said so) when false. */
  chartAxisNumberFormat?: boolean;
  /**
   * Range.copyFrom (ExcelApi 1.9): a sheet's alike bands are written once and copied (band-copies.ts).
   * Without it every cell is sent; the sheet is the same. True when not said.
   */
  copyBands?: boolean;
  /** Named in `skipped` messages, e.g. "1.7". */
  excelApi?: string;
}

export interface Chunk {
  actions: Action[];
  /** The estimated request bytes of the chunk's sync. */
  estimatedBytes: number;
}

export interface Plan {
  /** Sheet names in workbook order. */
  sheets: AddSheetAction[];
  /** The names that mark the sheets as Budgetsim's, added with the sheets. */
  markers: NameAction[];
  chunks: Chunk[];
  /** What was left out because this Excel cannot do it, as sentences for the user. */
  skipped: string[];
}

class Packer {
  readonly chunks: Chunk[] = [];
  private actions: Action[] = [];
  private used = CHUNK_OVERHEAD;

  constructor(private readonly budget: number) {}

  flush(): void {
    if (this.actions.length === 0) return;
    this.chunks.push({ actions: this.actions, estimatedBytes: this.used });
    this.actions = [];
    this.used = CHUNK_OVERHEAD;
  }

  add(action: Action): void {
    if (action.kind === 'cells') return this.addCells(action);
    const bytes = actionBytes(action);
    if (this.used + bytes > this.budget) this.flush();
    this.actions.push(action);
    this.used += bytes;
  }

  /** A block goes in row slices: as many rows as fit in the current chunk, the rest in the next ones. */
  private addCells(action: CellsAction): void {
    const rows = action.formulas;
    let start = 0;
    while (start < rows.length) {
      let bytes = CELLS_OVERHEAD + 2;
      let end = start;
      while (end < rows.length) {
        const r = rowBytes(rows[end]) + 1;
        const fits = this.used + bytes + r <= this.budget;
        // A row always goes somewhere: alone in an empty chunk if it must.
        if (!fits && (end > start || this.actions.length > 0)) break;
        bytes += r;
        end++;
      }
      if (end === start) {
        this.flush();
        continue;
      }
      const slice = start === 0 && end === rows.length ? action : { ...action, row: action.row + start, formulas: rows.slice(start, end) };
      this.actions.push(slice);
      this.used += bytes;
      start = end;
      if (start < rows.length) this.flush();
    }
  }
}


function isFormulaInput(v: FormulaInput): v is string {
  return typeof v === 'string' && v.charCodeAt(0) === 61; // '='
}

/**
 * A cells action with each run of a row that is one formula in R1C1 form (Range.formulasR1C1 on the
 * run) taken out, where that sends fewer bytes than the run's cells in the array: a long formula
 * filled across the years (a sum over every committee) is sent once instead of once a year, a
 * short one stays in the array. The taken cells are left null in the array (null leaves a cell
 * alone), and rows left all null are dropped by splitting the block.
 */
export function withFormulaRuns(action: CellsAction, forms = new R1C1Forms()): Action[] {
  const rows = action.formulas;
  const runs: FormulasR1C1Action[] = [];
  let out: FormulaInput[][] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i];
    let copied = false;
    const row = action.row + i;
    // Each formula's R1C1 form, once: undefined for a cell that is no formula.
    const r1c1s = cells.map((v, j) => (isFormulaInput(v) ? forms.of(v, row, action.column + j) : undefined));
    let j = 0;
    while (j < cells.length) {
      const r1c1 = r1c1s[j];
      let end = j + 1;
      if (r1c1 === undefined) {
        j = end;
        continue;
      }
      let arrayBytes = textBytes(cells[j] as string) + 1;
      while (end < cells.length && r1c1s[end] === r1c1) arrayBytes += textBytes(cells[end++] as string) + 1;
      const length = end - j;
      if (length > 1 && RANGE_WRITE_BYTES + textBytes(r1c1) + NULL_CELL_BYTES * length < arrayBytes) {
        // Copied on first change: the block's other rows are shared with the action given.
        out ??= rows.slice();
        if (!copied) out[i] = cells.slice();
        copied = true;
        for (let k = j; k < end; k++) out[i][k] = null;
        runs.push({ kind: 'formulasR1C1', sheet: action.sheet, row, column: action.column + j, columns: length, formula: r1c1 });
      }
      j = end;
    }
  }
  if (!out) return [action];
  return [...splitEmptyRows({ ...action, formulas: out }), ...runs];
}

/** The block without its rows that are all null, in as few blocks as that allows. */
function splitEmptyRows(action: CellsAction): CellsAction[] {
  const blocks: CellsAction[] = [];
  let start = -1;
  const rows = action.formulas;
  for (let i = 0; i <= rows.length; i++) {
    const empty = i === rows.length || rows[i].every((v) => v === null);
    if (!empty && start < 0) start = i;
    if (empty && start >= 0) {
      blocks.push({ ...action, row: action.row + start, formulas: rows.slice(start, i) });
      start = -1;
    }
  }
  // Splitting costs a range each: keep one block when that is smaller.
  if (blocks.length <= 1) return blocks;
  const split = blocks.reduce((n, b) => n + RANGE_WRITE_BYTES + b.formulas.reduce((m, r) => m + rowBytes(r) + 1, 0), 0);
  const whole = RANGE_WRITE_BYTES + rows.reduce((m, r) => m + rowBytes(r) + 1, 0);
  return split < whole ? blocks : [action];
}

function skippedMessages(desc: WorkbookDescription, options: PlanOptions): string[] {
  const api = options.excelApi ? `this Excel supports ExcelApi ${options.excelApi}` : 'this Excel does not support it';
  const out: string[] = [];
  const lists = desc.sheets.reduce((n, s) => n + s.validations.length, 0);
  if (options.listValidations === false && lists > 0) {
    out.push(`Drop-down lists (${lists}) were left out: they need ExcelApi 1.8 and ${api}.`);
  }
  const formats = desc.sheets.reduce((n, s) => n + s.charts.filter((c) => c.valueAxisFormat !== undefined).length, 0);
  if (options.chartAxisNumberFormat === false && formats > 0) {
    out.push(`Chart value-axis number formats (${formats} charts) were left out: they need ExcelApi 1.8 and ${api}.`);
  }
  const overlaps = desc.sheets.reduce((n, s) => n + s.charts.filter((c) => c.overlap !== undefined).length, 0);
  if (options.chartAxisNumberFormat === false && overlaps > 0) {
    out.push(`The overlapping bars of ${overlaps} tornado charts were left out (the bars stand side by side): they need ExcelApi 1.8 and ${api}.`);
  }
  const setups = desc.sheets.filter((s) => s.pageSetup).length;
  if (options.pageLayout === false && setups > 0) {
    out.push(`The print setup of ${setups} sheets (landscape, one page wide, title rows, header and footer) was left out: it needs ExcelApi 1.9 and ${api}.`);
  }
  return out;
}

export function planWorkbook(desc: WorkbookDescription, options: PlanOptions = {}): Plan {
  const budget = options.maxChunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (!(budget > CHUNK_OVERHEAD) || budget > REQUEST_LIMIT_BYTES) {
    throw new RangeError(`maxChunkBytes must be between ${CHUNK_OVERHEAD} and ${REQUEST_LIMIT_BYTES}, got ${budget}`);
  }
  const seen = new Set<string>();
  for (const s of desc.sheets) {
    if (seen.has(s.name.toLowerCase())) throw new Error(`two sheets are named '${s.name}'`);
    seen.add(s.name.toLowerCase());
  }
  const packer = new Packer(budget);
  const forms = new R1C1Forms();
  const listValidations = options.listValidations !== false;
  for (const sheet of desc.sheets) {
    const actions = sheetActions(sheet, desc.styles, { listValidations, pageLayout: options.pageLayout !== false, copyBands: options.copyBands !== false, forms });
    for (const action of actions) {
      if (action.kind === 'cells') for (const a of withFormulaRuns(action, forms)) packer.add(a);
      else packer.add(action);
    }
  }
  for (const sheet of desc.sheets) {
    for (const chart of sheet.charts) packer.add(chartAction(sheet.name, chart, options.chartAxisNumberFormat !== false));
  }
  const isMarker = (name: string) => name.toLowerCase().startsWith(OWNED_SHEET_NAME_PREFIX);
  for (const n of desc.names) if (!isMarker(n.name)) packer.add(nameAction(n));
  packer.flush();
  return {
    sheets: desc.sheets.map((s) => ({ kind: 'addSheet', sheet: s.name })),
    markers: desc.names.filter((n) => isMarker(n.name)).map(nameAction),
    chunks: packer.chunks,
    skipped: skippedMessages(desc, options),
  };
}
