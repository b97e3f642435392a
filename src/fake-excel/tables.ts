/** Tables: added over a range that already holds the header row, named uniquely across the workbook. */
import { MAX_COLUMNS, MAX_ROWS, parseRect, rectsIntersect, splitSheetReference } from './address';
import { FakeClientResult, FakeCollection, FakeObject, ProxySpec, defineProxy } from './core';
import { invalidArgument, officeError } from './errors';
import { FakeRange } from './range';
import {
  RangeRef,
  SheetState,
  TableState,
  WorkbookState,
  applyInput,
  cellAt,
  displayText,
  findSheet,
  forStoredCells,
  nextId,
  pruneCell,
  readValue,
  tablesOverlapping,
  validateDefinedName,
} from './state';
import { FakeWorksheet } from './workbook';

interface Scope {
  wb: WorkbookState;
  sheet: SheetState | null;
}

const STYLE_RE = /^TableStyle(Light([1-9]|1\d|2[0-1])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function inScope(s: Scope): TableState[] {
  return s.wb.tables.filter((t) => !t.deleted && (s.sheet === null || t.sheet === s.sheet));
}

function findTable(s: Scope, key: string): TableState | undefined {
  const k = key.toUpperCase();
  return inScope(s).find((t) => t.name.toUpperCase() === k || t.id === key);
}

function headerTexts(wb: WorkbookState, t: TableState): string[] {
  const out: string[] = [];
  for (let c = 0; c < t.rect.columns; c++) out.push(displayText(readValue(wb, t.sheet, t.rect.row, t.rect.column + c)));
  return out;
}

/** Header cells become unique text, as Excel makes them when a table is created over them. */
function normalizeHeaders(wb: WorkbookState, sheet: SheetState, ref: RangeRef): void {
  const used = new Set<string>();
  for (let c = 0; c < ref.columns; c++) {
    const col = ref.column + c;
    const v = readValue(wb, sheet, ref.row, col);
    const base = v === '' ? `Column${c + 1}` : displayText(v);
    let name = base;
    for (let k = 2; used.has(name.toUpperCase()); k++) name = `${base}${k}`;
    used.add(name.toUpperCase());
    const cell = cellAt(sheet, ref.row, col);
    if (cell?.formula !== undefined || v !== name) applyInput(sheet, ref.row, col, { kind: 'value', value: name });
  }
}

function addTable(scope: Scope, address: unknown, hasHeaders: unknown): TableState {
  const location = 'TableCollection.add';
  const wb = scope.wb;
  let ref: RangeRef;
  if (address instanceof FakeObject) {
    ref = { ...(address._t() as RangeRef) };
  } else if (typeof address === 'string') {
    const split = splitSheetReference(address);
    const sheet = split?.sheet !== undefined ? findSheet(wb, split.sheet) : scope.sheet ?? wb.activeSheet;
    if (!sheet) throw officeError('ItemNotFound', `no worksheet for "${address}"`, location);
    const rect = split && parseRect(split.address);
    if (!rect) throw invalidArgument(`"${address}" is not a range address`, location);
    ref = { sheet, ...rect };
  } else {
    throw invalidArgument('address must be a Range or an address string', location);
  }
  if (scope.sheet && ref.sheet !== scope.sheet) throw invalidArgument('the range is on another worksheet', location);
  if (ref.rows === MAX_ROWS || ref.columns === MAX_COLUMNS) throw invalidArgument('a table cannot span whole rows or columns', location);
  if (typeof hasHeaders !== 'boolean') throw invalidArgument('hasHeaders must be true or false', location);
  if (!hasHeaders) {
    throw officeError('NotImplemented', 'the fake only adds tables whose first row is the header (hasHeaders = true)', location);
  }
  if (ref.rows === 1) ref.rows = 2;
  if (ref.row + ref.rows > MAX_ROWS) throw invalidArgument('no room for a data row', location);
  const clash = tablesOverlapping(wb, ref.sheet, ref);
  if (clash.length) throw invalidArgument(`the range overlaps table "${clash[0].name}"`, location);
  normalizeHeaders(wb, ref.sheet, ref);
  let n = wb.tables.length + 1;
  while (wb.tables.some((t) => !t.deleted && t.name.toUpperCase() === `TABLE${n}`) || wb.names.some((x) => !x.deleted && x.name.toUpperCase() === `TABLE${n}`)) n += 1;
  const table: TableState = {
    id: String(nextId(wb)),
    name: `Table${n}`,
    sheet: ref.sheet,
    rect: { row: ref.row, column: ref.column, rows: ref.rows, columns: ref.columns },
    style: 'TableStyleMedium2',
    showHeaders: true,
    showTotals: false,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    deleted: false,
  };
  wb.tables.push(table);
  return table;
}

export class FakeTableCollection extends FakeCollection {
  static override spec: ProxySpec;

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    return this._create(FakeTable, 'add', [address, hasHeaders], (s: Scope) => addTable(s, address, hasHeaders));
  }

  getItem(key: string): FakeTable {
    return this._method(FakeTable, 'getItem', [key], (s: Scope) => {
      const t = findTable(s, key);
      if (!t) throw officeError('ItemNotFound', `no table "${key}"`, 'TableCollection.getItem');
      return t;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    return this._method(FakeTable, 'getItemOrNullObject', [key], (s: Scope) => findTable(s, key) ?? null, '1.4');
  }

  getItemAt(index: number): FakeTable {
    return this._method(FakeTable, 'getItemAt', [index], (s: Scope) => {
      const t = inScope(s)[index];
      if (!t) throw officeError('ItemNotFound', `no table at ${index}`, 'TableCollection.getItemAt');
      return t;
    });
  }

  getCount(): FakeClientResult<number> {
    return this._result('getCount', [], (s: Scope) => inScope(s).length, '1.4');
  }

  override _listItems(s: Scope): FakeObject[] {
    return inScope(s).map((t, i) => this._itemProxy(FakeTable, t, i));
  }
}

function tableRange(t: TableState, part: 'all' | 'header' | 'body'): RangeRef {
  const r = { sheet: t.sheet, ...t.rect };
  if (part === 'header') return { ...r, rows: 1 };
  if (part === 'body') return { ...r, row: r.row + 1, rows: r.rows - 1 };
  return r;
}

function setFlag(key: keyof TableState, api?: string) {
  return {
    api,
    get: (t: TableState) => t[key],
    set: (t: TableState, v: unknown) => {
      if (typeof v !== 'boolean') throw invalidArgument('expected true or false', `Table.${String(key)}`);
      (t as unknown as Record<string, unknown>)[key] = v;
    },
  };
}

export class FakeTable extends FakeObject {
  static override spec: ProxySpec = {
    type: 'Table',
    props: {
      id: { get: (t: TableState) => t.id },
      name: {
        get: (t: TableState) => t.name,
        set: (t: TableState, v: unknown, self: FakeObject) => {
          t.name = validateDefinedName(self._wb(), v, 'Table.name', { table: t });
        },
      },
      showHeaders: { get: (t: TableState) => t.showHeaders },
      showTotals: { get: (t: TableState) => t.showTotals },
      style: {
        get: (t: TableState) => t.style,
        set: (t: TableState, v: unknown) => {
          if (typeof v !== 'string' || !(v === '' || STYLE_RE.test(v))) throw invalidArgument(`"${String(v)}" is not a built-in table style`, 'Table.style');
          t.style = v;
        },
      },
      showBandedRows: setFlag('showBandedRows', '1.3'),
      showBandedColumns: setFlag('showBandedColumns', '1.3'),
      showFilterButton: setFlag('showFilterButton', '1.3'),
      highlightFirstColumn: setFlag('highlightFirstColumn', '1.3'),
      highlightLastColumn: setFlag('highlightLastColumn', '1.3'),
    },
    nav: {
      worksheet: (self: FakeObject) => self._prop(FakeWorksheet, 'worksheet', (t: TableState) => t.sheet),
      columns: (self: FakeObject) => self._prop(FakeTableColumnCollection, 'columns', (t: TableState) => t),
    },
    navApi: { worksheet: '1.2' },
  };

  getRange(): FakeRange {
    return this._method(FakeRange, 'getRange', [], (t: TableState) => tableRange(t, 'all'));
  }

  getHeaderRowRange(): FakeRange {
    return this._method(FakeRange, 'getHeaderRowRange', [], (t: TableState) => tableRange(t, 'header'));
  }

  getDataBodyRange(): FakeRange {
    return this._method(FakeRange, 'getDataBodyRange', [], (t: TableState) => tableRange(t, 'body'));
  }

  getTotalRowRange(): FakeRange {
    return this._method(FakeRange, 'getTotalRowRange', [], () => {
      throw officeError('InvalidOperation', 'the table has no total row', 'Table.getTotalRowRange');
    });
  }

  /**
   * Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and the
   * headers (or the top of the table) must be in the same row."
   * (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1))
   */
  resize(newRange: FakeRange | string): void {
    this._call(
      'resize',
      [newRange],
      (t: TableState) => {
        const location = 'Table.resize';
        let ref: RangeRef;
        if (newRange instanceof FakeObject) ref = { ...(newRange._t() as RangeRef) };
        else {
          const split = typeof newRange === 'string' ? splitSheetReference(newRange) : undefined;
          const rect = split && parseRect(split.address);
          if (!rect) throw invalidArgument('newRange must be a Range or an address', location);
          ref = { sheet: t.sheet, ...rect };
        }
        if (ref.sheet !== t.sheet) throw invalidArgument('the new range is on another worksheet', location);
        if (ref.row !== t.rect.row) throw invalidArgument('the header row must stay in the same row', location);
        if (!rectsIntersect(ref, t.rect)) throw invalidArgument('the new range must overlap the table', location);
        if (ref.rows < 2 || ref.rows === MAX_ROWS || ref.columns === MAX_COLUMNS) throw invalidArgument('a table needs a header and a data row', location);
        const clash = tablesOverlapping(this._wb(), t.sheet, ref, t);
        if (clash.length) throw invalidArgument(`the range overlaps table "${clash[0].name}"`, location);
        normalizeHeaders(this._wb(), t.sheet, ref);
        t.rect = { row: ref.row, column: ref.column, rows: ref.rows, columns: ref.columns };
      },
      '1.13',
    );
  }

  /** Deletes the table and clears its cells, as Excel's ListObject.Delete does. */
  delete(): void {
    this._call('delete', [], (t: TableState) => {
      const r = tableRange(t, 'all');
      forStoredCells(t.sheet, r, (cell, row, column) => {
        cell.value = undefined;
        cell.formula = undefined;
        pruneCell(t.sheet, row, column);
      });
      t.deleted = true;
    });
  }

  convertToRange(): FakeRange {
    return this._create(
      FakeRange,
      'convertToRange',
      [],
      (t: TableState) => {
        t.deleted = true;
        return tableRange(t, 'all');
      },
      '1.2',
    );
  }

  clearFilters(): void {
    this._call('clearFilters', [], () => undefined, '1.2');
  }
}

interface ColumnTarget {
  table: TableState;
  index: number;
  sheet: SheetState;
  readonly deleted: boolean;
}

function column(table: TableState, index: number): ColumnTarget {
  return {
    table,
    index,
    sheet: table.sheet,
    get deleted() {
      return table.deleted;
    },
  };
}

function findColumn(wb: WorkbookState, t: TableState, key: string | number): ColumnTarget | undefined {
  const headers = headerTexts(wb, t);
  const i =
    typeof key === 'number' ? key - 1 : headers.findIndex((h, j) => h.toUpperCase() === String(key).toUpperCase() || String(j + 1) === key);
  return i >= 0 && i < headers.length ? column(t, i) : undefined;
}

export class FakeTableColumnCollection extends FakeCollection {
  static override spec: ProxySpec;

  getItem(key: string | number): FakeTableColumn {
    return this._method(FakeTableColumn, 'getItem', [key], (t: TableState) => {
      const c = findColumn(this._wb(), t, key);
      if (!c) throw officeError('ItemNotFound', `table "${t.name}" has no column "${key}"`, 'TableColumnCollection.getItem');
      return c;
    });
  }

  getItemOrNullObject(key: string | number): FakeTableColumn {
    return this._method(FakeTableColumn, 'getItemOrNullObject', [key], (t: TableState) => findColumn(this._wb(), t, key) ?? null, '1.4');
  }

  getItemAt(index: number): FakeTableColumn {
    return this._method(FakeTableColumn, 'getItemAt', [index], (t: TableState) => {
      if (!Number.isInteger(index) || index < 0 || index >= t.rect.columns) {
        throw officeError('ItemNotFound', `table "${t.name}" has no column at ${index}`, 'TableColumnCollection.getItemAt');
      }
      return column(t, index);
    });
  }

  getCount(): FakeClientResult<number> {
    return this._result('getCount', [], (t: TableState) => t.rect.columns, '1.4');
  }

  override _listItems(t: TableState): FakeObject[] {
    return Array.from({ length: t.rect.columns }, (_, i) => this._itemProxy(FakeTableColumn, column(t, i), i));
  }
}

function columnRange(c: ColumnTarget, part: 'all' | 'header' | 'body'): RangeRef {
  const r = tableRange(c.table, part);
  return { ...r, column: r.column + c.index, columns: 1 };
}

export class FakeTableColumn extends FakeObject {
  static override spec: ProxySpec = {
    type: 'TableColumn',
    props: {
      id: { get: (c: ColumnTarget) => c.index + 1 },
      index: { get: (c: ColumnTarget) => c.index },
      name: { get: (c: ColumnTarget, self: FakeObject) => headerTexts(self._wb(), c.table)[c.index] },
      values: {
        get: (c: ColumnTarget, self: FakeObject) => {
          const r = columnRange(c, 'all');
          const out: unknown[][] = [];
          for (let i = 0; i < r.rows; i++) out.push([readValue(self._wb(), r.sheet, r.row + i, r.column)]);
          return out;
        },
      },
    },
  };

  getRange(): FakeRange {
    return this._method(FakeRange, 'getRange', [], (c: ColumnTarget) => columnRange(c, 'all'));
  }

  getHeaderRowRange(): FakeRange {
    return this._method(FakeRange, 'getHeaderRowRange', [], (c: ColumnTarget) => columnRange(c, 'header'));
  }

  getDataBodyRange(): FakeRange {
    return this._method(FakeRange, 'getDataBodyRange', [], (c: ColumnTarget) => columnRange(c, 'body'));
  }
}

FakeTableCollection.spec = {
  type: 'TableCollection',
  props: { count: { get: (s: Scope) => inScope(s).length } },
  item: FakeTable.spec,
};
FakeTableColumnCollection.spec = {
  type: 'TableColumnCollection',
  props: { count: { get: (t: TableState) => t.rect.columns } },
  item: FakeTableColumn.spec,
};
for (const C of [FakeTableCollection, FakeTable, FakeTableColumnCollection, FakeTableColumn]) defineProxy(C);

export { headerTexts };
