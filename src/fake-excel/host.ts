/**
 * The test's side of the fake: synchronous access to the workbook (no proxies, no load/sync),
 * request statistics, failure injection, and a plain JSON snapshot for "nothing changed"
 * assertions and for an HTML preview.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, columnLetters, columnNumber, formatRect, parseRect } from './address';
import { FakeContext, FakeObject, FakeStats, Failure, HostCore, emptyStats, seal } from './core';
import { addXmlPart } from './customxml';
import { invalidArgument, officeError } from './errors';
import { nameType, nameValue, parseNameReference } from './names';
import { headerTexts } from './tables';
import {
  AxisState,
  BorderState,
  CellState,
  ChartState,
  SeriesFill,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  FontState,
  FormulaEvaluator,
  RangeRef,
  Scalar,
  SheetState,
  ValidationState,
  WorkbookState,
  applyInput,
  borderKey,
  cellAt,
  cellKey,
  createWorkbook,
  defaultEvaluator,
  displayText,
  findSheet,
  keyColumn,
  keyRow,
  liveSheets,
  parseBorderKey,
  rangeAddress,
  readFormula,
  readValue,
  refFormula,
  renameSheet,
  typeInput,
  usedRect,
  validateDefinedName,
  valueType,
} from './state';
import { FakeWorkbook, addSheet, deleteSheet, moveSheet, setVisibility } from './workbook';
import { PageLayoutState, pageLayoutOf } from './page-layout';

export interface CellInfo {
  address: string;
  value: Scalar;
  formula: string | null;
  numberFormat: string;
  text: string;
  valueType: string;
  font: Required<FontState>;
  /** null when the cell has no fill. */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: { top: string; bottom: string; left: string; right: string };
  validation: string | null;
}

export interface CellSnapshot {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
  font?: FontState;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp', BorderState>>;
}

export interface TableSnapshot {
  name: string;
  id: string;
  sheet: string;
  address: string;
  headers: string[];
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
}

export interface ChartSnapshot {
  name: string;
  id: string;
  sheet: string;
  chartType: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  position: { top: number; left: number; width: number; height: number };
  series: { name: string; values: string | null; xValues: string | null; chartType: string | null; fill: SeriesFill; line: { color: string | null; lineStyle: string }; overlap: number; inLegend: boolean }[];
  categoryAxis: { title: string; numberFormat: string; minimum: number | null; maximum: number | null; visible: boolean; reversePlotOrder: boolean };
  valueAxis: { title: string; numberFormat: string; minimum: number | null; maximum: number | null; visible: boolean; reversePlotOrder: boolean };
}

export interface SheetSnapshot {
  name: string;
  id: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  frozen: { rows: number; columns: number };
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  cells: Record<string, CellSnapshot>;
  tables: TableSnapshot[];
  charts: ChartSnapshot[];
  conditionalFormats: {
    id: string;
    type: string;
    address: string;
    priority: number;
    stopIfTrue: boolean;
    rule: Record<string, unknown> | null;
    format: { font: FontState; fill: { color?: string }; numberFormat?: string };
  }[];
  dataValidations: ({ address: string } & ValidationState)[];
  /** Worksheet.pageLayout as set (ExcelApi 1.9); the default for a sheet nobody set up. */
  pageLayout: PageLayoutState;
}

export interface NameSnapshot {
  name: string;
  scope: string;
  formula: string | null;
  type: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookSnapshot {
  activeSheet: string;
  selection: string;
  calculationMode: string;
  sheets: SheetSnapshot[];
  names: NameSnapshot[];
  customXmlParts: { id: string; namespaceUri: string; xml: string }[];
}

function parseAddress(address: string): Rect {
  const r = parseRect(address);
  if (!r) throw invalidArgument(`"${address}" is not an A1 address`);
  return r;
}

function borderInfo(sheet: SheetState, key: string): BorderState | undefined {
  return sheet.borders.get(key);
}

/** Direct, synchronous access to one worksheet. */
export class HostSheet {
  constructor(
    private readonly host: FakeHost,
    readonly state: SheetState,
  ) {}

  private live(): SheetState {
    if (this.state.deleted) throw officeError('ItemNotFound', `sheet "${this.state.name}" was deleted`);
    return this.state;
  }

  get name(): string {
    return this.live().name;
  }

  get id(): string {
    return this.live().id;
  }

  get position(): number {
    return liveSheets(this.host.wb).indexOf(this.live());
  }

  get visibility(): string {
    return this.live().visibility;
  }

  get tabColor(): string {
    return this.live().tabColor;
  }

  get frozen(): { rows: number; columns: number } {
    return { ...this.live().frozen };
  }

  cell(address: string): CellInfo {
    const s = this.live();
    const r = parseAddress(address);
    const c = cellAt(s, r.row, r.column);
    const v = readValue(this.host.wb, s, r.row, r.column);
    const edge = (k: string) => borderInfo(s, k)?.style ?? 'None';
    return {
      address: formatRect({ ...r, rows: 1, columns: 1 }),
      value: v,
      formula: c?.formula ?? null,
      numberFormat: c?.numberFormat ?? 'General',
      text: displayText(v),
      valueType: valueType(v),
      font: { ...DEFAULT_FONT, ...(c?.font ?? {}) },
      fill: c?.fill ?? null,
      horizontalAlignment: c?.horizontalAlignment ?? 'General',
      verticalAlignment: c?.verticalAlignment ?? 'Bottom',
      wrapText: c?.wrapText ?? false,
      borders: {
        top: edge(borderKey('h', r.row, r.column)),
        bottom: edge(borderKey('h', r.row + 1, r.column)),
        left: edge(borderKey('v', r.row, r.column)),
        right: edge(borderKey('v', r.row, r.column + 1)),
      },
      validation: c?.validation?.type ?? null,
    };
  }

  private grid<T>(address: string, f: (row: number, column: number) => T): T[][] {
    const r = parseAddress(address);
    const out: T[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const line: T[] = [];
      for (let j = 0; j < r.columns; j++) line.push(f(r.row + i, r.column + j));
      out.push(line);
    }
    return out;
  }

  /** What range.values would return. */
  values(address: string): Scalar[][] {
    const s = this.live();
    return this.grid(address, (r, c) => readValue(this.host.wb, s, r, c));
  }

  /** What range.formulas would return. */
  formulas(address: string): Scalar[][] {
    const s = this.live();
    return this.grid(address, (r, c) => readFormula(s, r, c));
  }

  numberFormats(address: string): string[][] {
    const s = this.live();
    return this.grid(address, (r, c) => cellAt(s, r, c)?.numberFormat ?? 'General');
  }

  /** Types into the cells as a user would (same rules as range.values; null leaves a cell alone). */
  setValues(address: string, rows: unknown[][]): this {
    const s = this.live();
    const r = parseAddress(address);
    if (rows.length !== r.rows || rows.some((line) => line.length !== r.columns)) {
      throw invalidArgument(`${rows.length}x${rows[0]?.length ?? 0} values for ${formatRect(r)}`);
    }
    const inputs = rows.map((line, i) => line.map((v, j) => typeInput(v, cellAt(s, r.row + i, r.column + j)?.numberFormat, 'host.setValues')));
    inputs.forEach((line, i) => line.forEach((input, j) => applyInput(s, r.row + i, r.column + j, input)));
    return this;
  }

  columnWidth(column: string | number): number {
    const c = typeof column === 'number' ? column : columnNumber(column);
    return this.live().columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  usedRange(valuesOnly = false): string | null {
    const u = usedRect(this.live(), valuesOnly);
    return u ? formatRect(u) : null;
  }

  setVisibility(visibility: 'Visible' | 'Hidden' | 'VeryHidden'): this {
    setVisibility(this.host.wb, this.live(), visibility);
    return this;
  }

  rename(name: string): this {
    renameSheet(this.host.wb, this.live(), name);
    return this;
  }

  move(position: number): this {
    moveSheet(this.host.wb, this.live(), position);
    return this;
  }

  delete(): void {
    deleteSheet(this.host.wb, this.live());
  }

  activate(): this {
    const s = this.live();
    this.host.wb.activeSheet = s;
    this.host.wb.selection = { sheet: s, row: 0, column: 0, rows: 1, columns: 1 };
    return this;
  }
}

export interface FakeExcelOptions {
  /** Sheets of the starting workbook (default one sheet, "Sheet1"). */
  sheets?: string[];
  /** Requirement sets the host reports; ExcelApi also decides which APIs work (default ExcelApi 1.12). */
  apiSets?: Record<string, string>;
  displayLanguage?: string;
  platform?: 'OfficeOnline' | 'PC' | 'Mac' | 'iOS' | 'Android' | 'Universal';
  /** Largest request one sync may send, in bytes (default 5,000,000 as Excel on the web; null for none). */
  requestLimitBytes?: number | null;
  responseLimitBytes?: number | null;
  formulaEvaluator?: FormulaEvaluator;
  /**
   * Regional format settings of Excel on the web, e.g. "de-DE" or "sv-SE": Range.numberFormat then
   * reads back localized ("Standard" for General, "#.##0,00"), as office-js issues 1553, 1632 and 2824
   * report. Default: none (en-US).
   */
  numberFormatLocale?: string;
}

export const DEFAULT_PAYLOAD_LIMIT = 5_000_000;

export class FakeHost implements HostCore {
  wb: WorkbookState;
  stats: FakeStats;
  requestLimit: number | null;
  responseLimit: number | null;
  apiVersion: string;
  failure: Failure | null;
  cellEditMode = false;
  private cellEditWaiters: (() => void)[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.wb = createWorkbook(options.sheets ?? ['Sheet1'], options.formulaEvaluator ?? defaultEvaluator);
    this.stats = emptyStats();
    this.requestLimit = options.requestLimitBytes === undefined ? DEFAULT_PAYLOAD_LIMIT : options.requestLimitBytes;
    this.responseLimit = options.responseLimitBytes === undefined ? DEFAULT_PAYLOAD_LIMIT : options.responseLimitBytes;
    this.apiVersion = options.apiSets?.ExcelApi ?? '1.12';
    this.failure = null;
    this.wb.numberFormatLocale = options.numberFormatLocale ?? null;
  }

  /** The user starts typing in a cell: every request fails (InvalidOperationInCellEditMode) until exitCellEditMode. */
  enterCellEditMode(): void {
    this.cellEditMode = true;
  }

  /** The user leaves the cell: requests that waited (delayForCellEdit) go ahead. */
  exitCellEditMode(): void {
    this.cellEditMode = false;
    const waiting = this.cellEditWaiters;
    this.cellEditWaiters = [];
    for (const w of waiting) w();
  }

  cellEditEnded(): Promise<void> {
    if (!this.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }

  makeWorkbook(ctx: FakeContext): FakeObject {
    return seal(new FakeWorkbook(ctx, null, { kind: 'root', name: 'workbook', args: [] }, () => this.wb));
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  setRequestLimit(bytes: number | null): void {
    this.requestLimit = bytes;
  }

  /** The next operation after n more applied operations fails (GeneralException); earlier ones stay applied. */
  failAfterOperations(n: number): void {
    this.failure = { kind: 'ops', remaining: n };
  }

  /**
   * The k-th sync from now (1 = the next) fails after applying `appliedOperations` of its
   * operations (default: half of them, rounded down), the rest of that sync being dropped.
   */
  failOnSync(k: number, appliedOperations?: number): void {
    this.failure = { kind: 'sync', syncsLeft: k, applied: appliedOperations };
  }

  clearFailure(): void {
    this.failure = null;
  }

  setFormulaEvaluator(fn: FormulaEvaluator | null): void {
    this.wb.evaluator = fn ?? defaultEvaluator;
  }

  get sheetNames(): string[] {
    return liveSheets(this.wb).map((s) => s.name);
  }

  get activeSheet(): string {
    return this.wb.activeSheet.name;
  }

  get calculationMode(): string {
    return this.wb.calculationMode;
  }

  hasSheet(name: string): boolean {
    return findSheet(this.wb, name) !== undefined;
  }

  sheet(name: string): HostSheet {
    const s = findSheet(this.wb, name);
    if (!s) throw officeError('ItemNotFound', `no worksheet "${name}"`);
    return new HostSheet(this, s);
  }

  addSheet(name: string, options: { visibility?: 'Visible' | 'Hidden' | 'VeryHidden' } = {}): HostSheet {
    const s = addSheet(this.wb, name);
    if (options.visibility) setVisibility(this.wb, s, options.visibility);
    return new HostSheet(this, s);
  }

  /** Adds a workbook-scoped name, e.g. addName("Rate", "=Inputs!$B$2"). */
  addName(name: string, reference: string, comment = ''): void {
    validateDefinedName(this.wb, name, 'host.addName');
    const { ref, formula } = parseNameReference(this.wb, null, reference, 'host.addName');
    this.wb.names.push({ name, scope: null, ref, formula, comment, visible: true, deleted: false });
  }

  addCustomXmlPart(xml: string): string {
    return addXmlPart(this.wb, xml).id;
  }

  tables(): TableSnapshot[] {
    return this.wb.tables.filter((t) => !t.deleted).map((t) => this.tableSnapshot(t.id)!);
  }

  names(): NameSnapshot[] {
    return this.wb.names
      .filter((n) => !n.deleted)
      .map((n) => ({
        name: n.name,
        scope: n.scope ? n.scope.name : 'Workbook',
        formula: n.ref ? refFormula(n.ref) : n.formula,
        type: nameType(this.wb, n),
        comment: n.comment,
        visible: n.visible,
      }));
  }

  /** What a name refers to now: "Sheet!$A$1" for a range, its value otherwise. */
  nameValue(name: string): Scalar {
    const n = this.wb.names.find((x) => !x.deleted && x.scope === null && x.name.toUpperCase() === name.toUpperCase());
    if (!n) throw officeError('ItemNotFound', `no name "${name}"`);
    return nameValue(this.wb, n);
  }

  charts(sheet?: string): ChartSnapshot[] {
    const sheets = sheet === undefined ? liveSheets(this.wb) : [this.sheet(sheet).state];
    return sheets.flatMap((s) => s.charts.filter((c) => !c.deleted).map((c) => chartSnapshot(s, c)));
  }

  customXmlParts(): { id: string; namespaceUri: string; xml: string }[] {
    return this.wb.xmlParts.filter((p) => !p.deleted).map((p) => ({ id: p.id, namespaceUri: p.namespaceUri, xml: p.xml }));
  }

  private tableSnapshot(id: string): TableSnapshot | undefined {
    const t = this.wb.tables.find((x) => x.id === id && !x.deleted);
    if (!t) return undefined;
    return {
      name: t.name,
      id: t.id,
      sheet: t.sheet.name,
      address: rangeAddress({ sheet: t.sheet, ...t.rect }),
      headers: headerTexts(this.wb, t),
      style: t.style,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      showBandedRows: t.showBandedRows,
      showBandedColumns: t.showBandedColumns,
      showFilterButton: t.showFilterButton,
    };
  }

  /** The whole workbook as plain JSON: deterministic, so equal snapshots mean an unchanged workbook. */
  snapshot(): WorkbookSnapshot {
    const wb = this.wb;
    return {
      activeSheet: wb.activeSheet.name,
      selection: rangeAddress(wb.selection),
      calculationMode: wb.calculationMode,
      sheets: liveSheets(wb).map((s, position) => ({
        name: s.name,
        id: s.id,
        position,
        visibility: s.visibility,
        tabColor: s.tabColor,
        showGridlines: s.showGridlines,
        frozen: { ...s.frozen },
        columnWidths: Object.fromEntries([...s.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetters(c), w])),
        rowHeights: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])),
        cells: cellsSnapshot(wb, s),
        tables: wb.tables.filter((t) => !t.deleted && t.sheet === s).map((t) => this.tableSnapshot(t.id)!),
        charts: s.charts.filter((c) => !c.deleted).map((c) => chartSnapshot(s, c)),
        conditionalFormats: s.conditionalFormats
          .filter((cf) => !cf.deleted)
          .sort((a, b) => a.priority - b.priority)
          .map((cf) => ({
            id: cf.id,
            type: cf.type,
            address: formatRect(cf.rect),
            priority: cf.priority,
            stopIfTrue: cf.stopIfTrue,
            rule: cf.rule ? JSON.parse(JSON.stringify(cf.rule)) : null,
            format: JSON.parse(JSON.stringify(cf.format)),
          })),
        dataValidations: validationsSnapshot(s),
        pageLayout: JSON.parse(JSON.stringify(pageLayoutOf(s))) as PageLayoutState,
      })),
      names: this.names(),
      customXmlParts: this.customXmlParts(),
    };
  }
}

function cellsSnapshot(wb: WorkbookState, s: SheetState): Record<string, CellSnapshot> {
  const cells = new Map<number, CellSnapshot>();
  const at = (key: number) => {
    let c = cells.get(key);
    if (!c) {
      c = {};
      cells.set(key, c);
    }
    return c;
  };
  for (const [key, cell] of s.cells) {
    const out = at(key);
    const r = keyRow(key);
    const c = keyColumn(key);
    if (cell.formula !== undefined) {
      out.formula = cell.formula;
      out.value = readValue(wb, s, r, c);
    } else if (cell.value !== undefined) out.value = cell.value;
    copyFormat(cell, out);
  }
  for (const [k, b] of s.borders) {
    const { kind, row: r, column: c } = parseBorderKey(k);
    const put = (row: number, column: number, side: keyof NonNullable<CellSnapshot['borders']>) => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) return;
      const cs = at(cellKey(row, column));
      cs.borders = { ...(cs.borders ?? {}), [side]: { ...b } };
    };
    if (kind === 'h') {
      put(r, c, 'top');
      put(r - 1, c, 'bottom');
    } else if (kind === 'v') {
      put(r, c, 'left');
      put(r, c - 1, 'right');
    } else put(r, c, kind === 'd' ? 'diagonalDown' : 'diagonalUp');
  }
  const out: Record<string, CellSnapshot> = {};
  for (const key of [...cells.keys()].sort((a, b) => a - b)) {
    if (Object.keys(cells.get(key)!).length === 0) continue;
    out[formatRect({ row: keyRow(key), column: keyColumn(key), rows: 1, columns: 1 })] = cells.get(key)!;
  }
  return out;
}

function copyFormat(cell: CellState, out: CellSnapshot): void {
  if (cell.numberFormat !== undefined) out.numberFormat = cell.numberFormat;
  if (cell.font && Object.keys(cell.font).length) out.font = { ...cell.font };
  if (cell.fill !== undefined) out.fill = cell.fill;
  if (cell.horizontalAlignment !== undefined) out.horizontalAlignment = cell.horizontalAlignment;
  if (cell.verticalAlignment !== undefined) out.verticalAlignment = cell.verticalAlignment;
  if (cell.wrapText !== undefined) out.wrapText = cell.wrapText;
}

function chartSnapshot(s: SheetState, c: ChartState): ChartSnapshot {
  const ref = (r: RangeRef | null) => (r ? refFormula(r) : null);
  const axis = (a: AxisState) => ({
    title: a.title.text,
    numberFormat: a.numberFormat,
    minimum: a.minimum,
    maximum: a.maximum,
    visible: a.visible,
    reversePlotOrder: a.reversePlotOrder,
  });
  return {
    name: c.name,
    id: c.id,
    sheet: s.name,
    chartType: c.chartType,
    title: { text: c.title.text, visible: c.title.visible },
    legend: { ...c.legend },
    position: { top: c.top, left: c.left, width: c.width, height: c.height },
    series: c.series
      .filter((x) => !x.deleted)
      .map((x) => ({ name: x.name, values: ref(x.values), xValues: ref(x.xValues), chartType: x.chartType, fill: { ...x.fill }, line: { ...x.line }, overlap: x.overlap, inLegend: x.inLegend })),
    categoryAxis: axis(c.categoryAxis),
    valueAxis: axis(c.valueAxis),
  };
}

function validationsSnapshot(s: SheetState): ({ address: string } & ValidationState)[] {
  const groups = new Map<ValidationState, { row: number; column: number }[]>();
  for (const [key, cell] of [...s.cells].sort((a, b) => a[0] - b[0])) {
    if (!cell.validation) continue;
    const list = groups.get(cell.validation) ?? [];
    list.push({ row: keyRow(key), column: keyColumn(key) });
    groups.set(cell.validation, list);
  }
  return [...groups].map(([v, cells]) => {
    const minR = Math.min(...cells.map((c) => c.row));
    const maxR = Math.max(...cells.map((c) => c.row));
    const minC = Math.min(...cells.map((c) => c.column));
    const maxC = Math.max(...cells.map((c) => c.column));
    const rect = { row: minR, column: minC, rows: maxR - minR + 1, columns: maxC - minC + 1 };
    const address =
      rect.rows * rect.columns === cells.length
        ? formatRect(rect)
        : cells.map((c) => formatRect({ ...c, rows: 1, columns: 1 })).join(',');
    return { address, ...JSON.parse(JSON.stringify(v)) };
  });
}
