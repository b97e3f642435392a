/** Workbook, application and worksheets. */
import { MAX_COLUMNS, MAX_ROWS, parseRect, splitSheetReference } from './address';
import { FakeClientResult, FakeCollection, FakeObject, ProxySpec, SyncRun, defineProxy } from './core';
import { invalidArgument, officeError } from './errors';
import { FakeChartCollection } from './charts';
import { FakeCustomXmlPartCollection } from './customxml';
import { FakeNamedItemCollection } from './names';
import { FakePageLayout } from './page-layout';
import { FakeRange, makeRef } from './range';
import { FakeTableCollection } from './tables';
import {
  RangeRef,
  SheetState,
  WorkbookState,
  findSheet,
  liveSheets,
  newSheet,
  normalizeColor,
  renameSheet,
  rewriteSheetReferences,
  usedRect,
  validateSheetName,
} from './state';

const VISIBILITY = ['Visible', 'Hidden', 'VeryHidden'];
const CALCULATION_MODES = ['Automatic', 'AutomaticExceptTables', 'Manual'];
const CALCULATION_TYPES = ['Recalculate', 'Full', 'FullRebuild'];

function visibleSheets(wb: WorkbookState): SheetState[] {
  return liveSheets(wb).filter((s) => s.visibility === 'Visible');
}

function activateAnother(wb: WorkbookState, leaving: SheetState): void {
  if (wb.activeSheet !== leaving) return;
  const live = liveSheets(wb);
  const i = Math.max(0, live.indexOf(leaving));
  const next =
    live.slice(i + 1).find((s) => s !== leaving && s.visibility === 'Visible') ??
    live.slice(0, i).reverse().find((s) => s !== leaving && s.visibility === 'Visible');
  if (next) {
    wb.activeSheet = next;
    wb.selection = { sheet: next, row: 0, column: 0, rows: 1, columns: 1 };
  }
}

export function deleteSheet(wb: WorkbookState, s: SheetState): void {
  if (s.visibility === 'Visible' && visibleSheets(wb).length === 1) {
    throw officeError('InvalidOperation', 'a workbook must keep at least one visible worksheet', 'Worksheet.delete');
  }
  // Excel refuses to delete a VeryHidden sheet "by design"; it must be made Hidden or Visible first
  // (https://github.com/OfficeDev/office-js/issues/365, documented in office-js-docs-pr#754).
  if (s.visibility === 'VeryHidden') {
    throw officeError('InvalidOperation', `sheet "${s.name}" is VeryHidden; make it Hidden or Visible before deleting it`, 'Worksheet.delete');
  }
  activateAnother(wb, s);
  s.deleted = true;
  wb.sheets = wb.sheets.filter((x) => x !== s);
  rewriteSheetReferences(wb, s, s.name, null);
  for (const t of wb.tables) if (t.sheet === s) t.deleted = true;
  for (const c of s.charts) c.deleted = true;
  for (const n of wb.names) if (n.scope === s) n.deleted = true;
}

export function setVisibility(wb: WorkbookState, s: SheetState, v: unknown): void {
  if (typeof v !== 'string' || !VISIBILITY.includes(v)) throw invalidArgument(`"${String(v)}" is not Visible, Hidden or VeryHidden`, 'Worksheet.visibility');
  if (v !== 'Visible' && s.visibility === 'Visible' && visibleSheets(wb).length === 1) {
    throw officeError('InvalidOperation', 'a workbook must keep at least one visible worksheet', 'Worksheet.visibility');
  }
  s.visibility = v;
  if (v !== 'Visible') activateAnother(wb, s);
}

export function moveSheet(wb: WorkbookState, s: SheetState, position: unknown): void {
  const live = liveSheets(wb);
  if (!Number.isInteger(position) || (position as number) < 0 || (position as number) >= live.length) {
    throw invalidArgument(`position must be 0-${live.length - 1}`, 'Worksheet.position');
  }
  const rest = wb.sheets.filter((x) => x !== s);
  rest.splice(position as number, 0, s);
  wb.sheets = rest;
}

export function addSheet(wb: WorkbookState, name?: unknown): SheetState {
  let n = name;
  if (n === undefined || n === null) {
    let i = liveSheets(wb).length + 1;
    while (findSheet(wb, `Sheet${i}`)) i += 1;
    n = `Sheet${i}`;
  }
  const s = newSheet(wb, validateSheetName(wb, n));
  wb.sheets.push(s);
  return s;
}

/** A range on a sheet by A1 address ("B2:D4", "A:A", "Sheet1!B2") or by a defined name. */
export function sheetRange(wb: WorkbookState, s: SheetState, address: string | undefined, location: string): RangeRef {
  if (address === undefined || address === '') return { sheet: s, row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };
  if (typeof address !== 'string') throw invalidArgument('an address must be a string', location);
  const split = splitSheetReference(address);
  if (split?.sheet !== undefined && split.sheet.toUpperCase() !== s.name.toUpperCase()) {
    throw invalidArgument(`"${address}" is not on sheet "${s.name}"`, location);
  }
  const rect = split && parseRect(split.address);
  if (rect) return { sheet: s, ...rect };
  const key = address.toUpperCase();
  const name = wb.names.find((n) => !n.deleted && n.ref && n.name.toUpperCase() === key && (n.scope === null || n.scope === s));
  if (name?.ref && name.ref.sheet === s && !s.deleted) return { ...name.ref };
  throw invalidArgument(`"${address}" is not an address or a name of a range on "${s.name}"`, location);
}

export class FakeWorkbook extends FakeObject {
  static override spec: ProxySpec = {
    type: 'Workbook',
    props: { name: { get: (t: WorkbookState) => t.name, api: '1.7' } },
    nav: {
      application: (self: FakeObject) => self._prop(FakeApplication, 'application', (t) => t),
      worksheets: (self: FakeObject) => self._prop(FakeWorksheetCollection, 'worksheets', (t) => t),
      tables: (self: FakeObject) => self._prop(FakeTableCollection, 'tables', (t: WorkbookState) => ({ wb: t, sheet: null })),
      names: (self: FakeObject) => self._prop(FakeNamedItemCollection, 'names', (t: WorkbookState) => ({ wb: t, sheet: null })),
      customXmlParts: (self: FakeObject) => self._prop(FakeCustomXmlPartCollection, 'customXmlParts', (t) => ({ wb: t, ns: null })),
    },
    navApi: { customXmlParts: '1.5' },
  };

  getSelectedRange(): FakeRange {
    return this._method(FakeRange, 'getSelectedRange', [], (t: WorkbookState) => ({ ...t.selection }));
  }

  getActiveCell(): FakeRange {
    return this._method(
      FakeRange,
      'getActiveCell',
      [],
      (t: WorkbookState) => ({ sheet: t.selection.sheet, row: t.selection.row, column: t.selection.column, rows: 1, columns: 1 }),
      '1.7',
    );
  }
}

export class FakeApplication extends FakeObject {
  static override spec: ProxySpec = {
    type: 'Application',
    props: {
      calculationMode: {
        setApi: '1.8',
        get: (t: WorkbookState) => t.calculationMode,
        set: (t: WorkbookState, v: unknown) => {
          if (typeof v !== 'string' || !CALCULATION_MODES.includes(v)) {
            throw invalidArgument(`"${String(v)}" is not a calculation mode`, 'Application.calculationMode');
          }
          t.calculationMode = v;
        },
      },
    },
  };

  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], (_t, sync: SyncRun) => (sync.calculationSuspended = true), '1.6');
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => undefined, '1.9');
  }

  calculate(calculationType: string): void {
    this._call('calculate', [calculationType], () => {
      if (!CALCULATION_TYPES.includes(calculationType)) throw invalidArgument(`"${calculationType}" is not a calculation type`, 'Application.calculate');
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection {
  static override spec: ProxySpec;

  add(name?: string): FakeWorksheet {
    return this._create(FakeWorksheet, 'add', [name], (wb: WorkbookState) => addSheet(wb, name));
  }

  getItem(key: string): FakeWorksheet {
    return this._method(FakeWorksheet, 'getItem', [key], (wb: WorkbookState) => {
      const s = findSheet(wb, key);
      if (!s) throw officeError('ItemNotFound', `no worksheet "${key}"`, 'WorksheetCollection.getItem');
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this._method(FakeWorksheet, 'getItemOrNullObject', [key], (wb: WorkbookState) => findSheet(wb, key) ?? null, '1.4');
  }

  getActiveWorksheet(): FakeWorksheet {
    return this._method(FakeWorksheet, 'getActiveWorksheet', [], (wb: WorkbookState) => wb.activeSheet);
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return this._method(
      FakeWorksheet,
      'getFirst',
      [visibleOnly],
      (wb: WorkbookState) => (visibleOnly ? visibleSheets(wb) : liveSheets(wb))[0],
      '1.5',
    );
  }

  getLast(visibleOnly?: boolean): FakeWorksheet {
    return this._method(
      FakeWorksheet,
      'getLast',
      [visibleOnly],
      (wb: WorkbookState) => (visibleOnly ? visibleSheets(wb) : liveSheets(wb)).slice(-1)[0],
      '1.5',
    );
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    return this._result('getCount', [visibleOnly], (wb: WorkbookState) => (visibleOnly ? visibleSheets(wb) : liveSheets(wb)).length, '1.4');
  }

  override _listItems(wb: WorkbookState): FakeObject[] {
    return liveSheets(wb).map((s, i) => this._itemProxy(FakeWorksheet, s, i));
  }
}

export class FakeWorksheet extends FakeObject {
  static override spec: ProxySpec = {
    type: 'Worksheet',
    props: {
      id: { get: (s: SheetState) => s.id },
      name: {
        get: (s: SheetState) => s.name,
        set: (s: SheetState, v: unknown, self: FakeObject) => renameSheet(self._wb(), s, v),
      },
      position: {
        get: (s: SheetState, self: FakeObject) => liveSheets(self._wb()).indexOf(s),
        set: (s: SheetState, v: unknown, self: FakeObject) => moveSheet(self._wb(), s, v),
      },
      visibility: {
        setApi: '1.2',
        get: (s: SheetState) => s.visibility,
        set: (s: SheetState, v: unknown, self: FakeObject) => setVisibility(self._wb(), s, v),
      },
      tabColor: {
        api: '1.7',
        get: (s: SheetState) => (s.visibility === 'Visible' ? s.tabColor : null),
        set: (s: SheetState, v: unknown) => {
          s.tabColor = v === '' ? '' : normalizeColor(v, 'Worksheet.tabColor');
        },
      },
      showGridlines: {
        api: '1.8',
        get: (s: SheetState) => s.showGridlines,
        set: (s: SheetState, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'Worksheet.showGridlines');
          s.showGridlines = v;
        },
      },
    },
    nav: {
      tables: (self: FakeObject) => self._prop(FakeTableCollection, 'tables', (s: SheetState) => ({ wb: self._wb(), sheet: s })),
      names: (self: FakeObject) => self._prop(FakeNamedItemCollection, 'names', (s: SheetState) => ({ wb: self._wb(), sheet: s })),
      charts: (self: FakeObject) => self._prop(FakeChartCollection, 'charts', (s: SheetState) => s),
      freezePanes: (self: FakeObject) => self._prop(FakeWorksheetFreezePanes, 'freezePanes', (s: SheetState) => s),
      pageLayout: (self: FakeObject) => self._prop(FakePageLayout, 'pageLayout', (s: SheetState) => s),
    },
    navApi: { names: '1.4', freezePanes: '1.7', pageLayout: '1.9' },
  };

  activate(): void {
    this._call('activate', [], (s: SheetState) => {
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', `sheet "${s.name}" is hidden`, 'Worksheet.activate');
      const wb = this._wb();
      wb.activeSheet = s;
      wb.selection = { sheet: s, row: 0, column: 0, rows: 1, columns: 1 };
    });
  }

  delete(): void {
    this._call('delete', [], (s: SheetState) => deleteSheet(this._wb(), s));
  }

  getRange(address?: string): FakeRange {
    return this._method(FakeRange, 'getRange', [address], (s: SheetState) => sheetRange(this._wb(), s, address, 'Worksheet.getRange'));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this._method(
      FakeRange,
      'getRangeByIndexes',
      [startRow, startColumn, rowCount, columnCount],
      (s: SheetState) => makeRef(s, startRow, startColumn, rowCount, columnCount, 'Worksheet.getRangeByIndexes'),
      '1.7',
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this._method(FakeRange, 'getCell', [row, column], (s: SheetState) => makeRef(s, row, column, 1, 1, 'Worksheet.getCell'));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._method(
      FakeRange,
      'getUsedRange',
      [valuesOnly],
      (s: SheetState) => {
        const u = usedRect(s, valuesOnly === true);
        return u ? { sheet: s, ...u } : { sheet: s, row: 0, column: 0, rows: 1, columns: 1 };
      },
      valuesOnly === undefined ? undefined : '1.2',
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._method(
      FakeRange,
      'getUsedRangeOrNullObject',
      [valuesOnly],
      (s: SheetState) => {
        const u = usedRect(s, valuesOnly === true);
        return u ? { sheet: s, ...u } : null;
      },
      '1.4',
    );
  }
}

export class FakeWorksheetFreezePanes extends FakeObject {
  static override spec: ProxySpec = { type: 'WorksheetFreezePanes', props: {} };

  private _freeze(name: string, args: unknown[], f: (s: SheetState) => { rows: number; columns: number }): void {
    this._call(name, args, (s: SheetState) => (s.frozen = f(s)), '1.7');
  }

  freezeRows(count = 1): void {
    this._freeze('freezeRows', [count], () => ({ rows: countOf(count, MAX_ROWS), columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this._freeze('freezeColumns', [count], () => ({ rows: 0, columns: countOf(count, MAX_COLUMNS) }));
  }

  freezeAt(frozenRange: FakeRange | string): void {
    this._freeze('freezeAt', [frozenRange], (s) => {
      const r =
        typeof frozenRange === 'string'
          ? sheetRange(this._wb(), s, frozenRange, 'WorksheetFreezePanes.freezeAt')
          : (frozenRange._t() as RangeRef);
      if (r.sheet !== s) throw invalidArgument('the range is on another sheet', 'WorksheetFreezePanes.freezeAt');
      return {
        rows: r.rows === MAX_ROWS ? 0 : r.row + r.rows,
        columns: r.columns === MAX_COLUMNS ? 0 : r.column + r.columns,
      };
    });
  }

  unfreeze(): void {
    this._freeze('unfreeze', [], () => ({ rows: 0, columns: 0 }));
  }

  getLocationOrNullObject(): FakeRange {
    return this._method(
      FakeRange,
      'getLocationOrNullObject',
      [],
      (s: SheetState) => {
        const { rows, columns } = s.frozen;
        if (!rows && !columns) return null;
        return {
          sheet: s,
          row: 0,
          column: 0,
          rows: rows || MAX_ROWS,
          columns: columns || MAX_COLUMNS,
        };
      },
      '1.7',
    );
  }
}

function countOf(count: unknown, max: number): number {
  if (!Number.isInteger(count) || (count as number) < 0 || (count as number) >= max) {
    throw invalidArgument('the count must be a whole number of rows or columns', 'WorksheetFreezePanes');
  }
  return count as number;
}

FakeWorksheetCollection.spec = { type: 'WorksheetCollection', props: {}, item: FakeWorksheet.spec };
for (const C of [FakeWorkbook, FakeApplication, FakeWorksheetCollection, FakeWorksheet, FakeWorksheetFreezePanes]) defineProxy(C);
