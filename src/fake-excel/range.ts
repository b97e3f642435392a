/** Range and its formatting: values, formulas, number formats, fonts, fills, borders, sizes. */
import { MAX_COLUMNS, MAX_ROWS, Rect, parseRect, rectsIntersect, splitSheetReference } from './address';
import { copyOptions, copyRange } from './copy';
import { FakeCollection, FakeObject, ProxySpec, defineProxy } from './core';
import { invalidArgument, officeError } from './errors';
import {
  BorderState,
  CellState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  FontState,
  NO_BORDER,
  NO_FILL,
  RangeRef,
  SheetState,
  WorkbookState,
  applyInput,
  cellAt,
  borderKey,
  findSheet,
  displayText,
  ensureCell,
  forStoredCells,
  localizedFormat,
  normalizeColor,
  parseBorderKey,
  pruneCell,
  rangeAddress,
  readFormula,
  readValue,
  typeInput,
  uniform,
  usedRect,
  valueType,
} from './state';
import { FakeWorksheet, sheetRange } from './workbook';
import { FakeConditionalFormatCollection, FakeDataValidation } from './range-rules';
import { a1ToR1C1, r1c1ToA1 } from '../workbook/r1c1';

/** The fake keeps formats per cell; it refuses (NotImplemented) to format more cells than this at once. */
export const MAX_FORMATTED_CELLS = 1_000_000;

function isUnbounded(t: Rect): boolean {
  return t.rows === MAX_ROWS || t.columns === MAX_COLUMNS;
}

function inGrid(row: number, column: number, rows: number, columns: number): boolean {
  return (
    Number.isInteger(row) &&
    Number.isInteger(column) &&
    Number.isInteger(rows) &&
    Number.isInteger(columns) &&
    row >= 0 &&
    column >= 0 &&
    rows >= 1 &&
    columns >= 1 &&
    row + rows <= MAX_ROWS &&
    column + columns <= MAX_COLUMNS
  );
}

export function makeRef(sheet: SheetState, row: number, column: number, rows: number, columns: number, location: string): RangeRef {
  if (!inGrid(row, column, rows, columns)) {
    throw invalidArgument(`rows ${row}+${rows}, columns ${column}+${columns} are outside the worksheet`, location);
  }
  return { sheet, row, column, rows, columns };
}

function grid<T>(t: RangeRef, f: (row: number, column: number) => T): T[][] | null {
  if (isUnbounded(t)) return null;
  const out: T[][] = [];
  for (let r = 0; r < t.rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < t.columns; c++) line.push(f(t.row + r, t.column + c));
    out.push(line);
  }
  return out;
}

/** Accepts a 2-D array of the range's size, or a single value / 1x1 array applied to every cell. */
function inputGrid(t: RangeRef, v: unknown, location: string): (r: number, c: number) => unknown {
  if (isUnbounded(t)) throw invalidArgument('cell-level properties cannot be set on an unbounded range', location);
  if (!Array.isArray(v)) return () => v;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return () => (v[0] as unknown[])[0];
  const rowsOk = v.length === t.rows && v.every((line) => Array.isArray(line) && line.length === t.columns);
  if (!rowsOk) {
    const shape = `${v.length}x${Array.isArray(v[0]) ? (v[0] as unknown[]).length : '?'}`;
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range: ` +
        `${shape} array for ${t.rows}x${t.columns} range ${rangeAddress(t)}`,
      location,
    );
  }
  return (r, c) => (v[r] as unknown[])[c];
}

function writeContents(t: RangeRef, v: unknown, location: string): void {
  const at = inputGrid(t, v, location);
  const inputs = [];
  for (let r = 0; r < t.rows; r++) {
    for (let c = 0; c < t.columns; c++) {
      const nf = cellAt(t.sheet, t.row + r, t.column + c)?.numberFormat;
      inputs.push(typeInput(at(r, c), nf, location));
    }
  }
  let i = 0;
  for (let r = 0; r < t.rows; r++) for (let c = 0; c < t.columns; c++) applyInput(t.sheet, t.row + r, t.column + c, inputs[i++]);
}

/**
 * Range.formulasR1C1 (ExcelApi 1.2): "the formula in R1C1-style notation" of each cell. Excel keeps
 * A1 formulas; a formula set in R1C1 form is stored in A1 form relative to each cell it lands in, so
 * one value set on a whole range ("set the corresponding property on the range object to the desired
 * (single) value", https://learn.microsoft.com/office/dev/add-ins/excel/performance#update-all-cells-in-a-range,
 * OfficeDev/office-js-docs-pr docs/excel/performance.md) gives every cell its own A1 formula, as a fill
 * does. Read back, each cell's formula is given in R1C1 form relative to that cell.
 * Reference: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulasr1c1-member
 */
function writeContentsR1C1(t: RangeRef, v: unknown, location: string): void {
  const at = inputGrid(t, v, location);
  writeContents(t, grid(t, (row, column) => {
    const raw = at(row - t.row, column - t.column);
    if (typeof raw !== 'string' || !raw.startsWith('=') || raw.length < 2) return raw;
    try {
      return r1c1ToA1(raw, row, column);
    } catch (e) {
      // Deviation: Excel wraps or writes #REF! for a reference off the grid; the fake refuses it.
      throw invalidArgument(`${(e as Error).message} (in ${rangeAddress({ ...t, row, column, rows: 1, columns: 1 })})`, location);
    }
  }), location);
}

function readFormulaR1C1(sheet: SheetState, row: number, column: number): unknown {
  const f = readFormula(sheet, row, column);
  return typeof f === 'string' && f.startsWith('=') && cellAt(sheet, row, column)?.formula !== undefined ? a1ToR1C1(f, row, column) : f;
}

function writeNumberFormats(t: RangeRef, v: unknown, location: string): void {
  const at = inputGrid(t, v, location);
  const formats: (string | null)[] = [];
  for (let r = 0; r < t.rows; r++) {
    for (let c = 0; c < t.columns; c++) {
      const f = at(r, c);
      if (f !== null && f !== undefined && typeof f !== 'string') throw invalidArgument('a number format must be a string', location);
      formats.push((f as string | null | undefined) ?? null);
    }
  }
  let i = 0;
  for (let r = 0; r < t.rows; r++) {
    for (let c = 0; c < t.columns; c++) {
      const f = formats[i++];
      if (f === null) continue;
      const cell = ensureCell(t.sheet, t.row + r, t.column + c);
      cell.numberFormat = f === 'General' ? undefined : f;
      pruneCell(t.sheet, t.row + r, t.column + c);
    }
  }
}

/** Runs f on every cell of the range (creating it), for cell-level formatting. */
export function formatCells(t: RangeRef, location: string, f: (cell: CellState) => void): void {
  if (t.rows * t.columns > MAX_FORMATTED_CELLS) {
    throw officeError('NotImplemented', `the fake formats at most ${MAX_FORMATTED_CELLS} cells per operation`, location);
  }
  for (let r = t.row; r < t.row + t.rows; r++) {
    for (let c = t.column; c < t.column + t.columns; c++) {
      f(ensureCell(t.sheet, r, c));
      pruneCell(t.sheet, r, c);
    }
  }
}

function clearContents(t: RangeRef): void {
  forStoredCells(t.sheet, t, (cell, r, c) => {
    cell.value = undefined;
    cell.formula = undefined;
    pruneCell(t.sheet, r, c);
  });
}

function clearFormats(t: RangeRef): void {
  forStoredCells(t.sheet, t, (cell, r, c) => {
    cell.numberFormat = undefined;
    cell.font = undefined;
    cell.fill = undefined;
    cell.horizontalAlignment = undefined;
    cell.verticalAlignment = undefined;
    cell.wrapText = undefined;
    pruneCell(t.sheet, r, c);
  });
  for (const key of [...t.sheet.borders.keys()]) {
    const { kind, row: r, column: c } = parseBorderKey(key);
    const inRows = r >= t.row && r < t.row + t.rows;
    const inColumns = c >= t.column && c < t.column + t.columns;
    if ((kind === 'd' || kind === 'u') && inRows && inColumns) t.sheet.borders.delete(key);
    if (kind === 'h' && inColumns && r >= t.row && r <= t.row + t.rows) t.sheet.borders.delete(key);
    if (kind === 'v' && inRows && c >= t.column && c <= t.column + t.columns) t.sheet.borders.delete(key);
  }
}

function oneOf(values: readonly string[], v: unknown, location: string): string {
  if (typeof v !== 'string' || !values.includes(v)) {
    throw invalidArgument(`"${String(v)}" is not one of ${values.join(', ')}`, location);
  }
  return v;
}

function bool(v: unknown, location: string): boolean {
  if (typeof v !== 'boolean') throw invalidArgument('expected true or false', location);
  return v;
}

function positive(v: unknown, location: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalidArgument('expected a non-negative number', location);
  return v;
}

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const;
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'] as const;
const CLEAR = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'] as const;

function wbOf(self: FakeObject): WorkbookState {
  return self._wb();
}

export class FakeRange extends FakeObject {
  static override spec: ProxySpec = {
    type: 'Range',
    props: {
      address: { get: (t: RangeRef) => rangeAddress(t) },
      addressLocal: { get: (t: RangeRef) => rangeAddress(t) },
      cellCount: { get: (t: RangeRef) => t.rows * t.columns },
      rowCount: { get: (t: RangeRef) => t.rows },
      columnCount: { get: (t: RangeRef) => t.columns },
      rowIndex: { get: (t: RangeRef) => t.row },
      columnIndex: { get: (t: RangeRef) => t.column },
      isEntireColumn: { get: (t: RangeRef) => t.rows === MAX_ROWS, api: '1.7' },
      isEntireRow: { get: (t: RangeRef) => t.columns === MAX_COLUMNS, api: '1.7' },
      values: {
        get: (t: RangeRef, self: FakeObject) => grid(t, (r, c) => readValue(wbOf(self), t.sheet, r, c)),
        set: (t: RangeRef, v: unknown) => writeContents(t, v, 'Range.values'),
      },
      formulas: {
        get: (t: RangeRef) => grid(t, (r, c) => readFormula(t.sheet, r, c)),
        set: (t: RangeRef, v: unknown) => writeContents(t, v, 'Range.formulas'),
      },
      formulasR1C1: {
        get: (t: RangeRef) => grid(t, (r, c) => readFormulaR1C1(t.sheet, r, c)),
        set: (t: RangeRef, v: unknown) => writeContentsR1C1(t, v, 'Range.formulasR1C1'),
        api: '1.2',
      },
      formulasLocal: {
        get: (t: RangeRef) => grid(t, (r, c) => readFormula(t.sheet, r, c)),
        set: (t: RangeRef, v: unknown) => writeContents(t, v, 'Range.formulasLocal'),
      },
      numberFormat: {
        get: (t: RangeRef, self: FakeObject) =>
          grid(t, (r, c) => localizedFormat(cellAt(t.sheet, r, c)?.numberFormat ?? 'General', wbOf(self).numberFormatLocale)),
        set: (t: RangeRef, v: unknown) => writeNumberFormats(t, v, 'Range.numberFormat'),
      },
      numberFormatLocal: {
        get: (t: RangeRef, self: FakeObject) =>
          grid(t, (r, c) => localizedFormat(cellAt(t.sheet, r, c)?.numberFormat ?? 'General', wbOf(self).numberFormatLocale)),
        set: (t: RangeRef, v: unknown) => writeNumberFormats(t, v, 'Range.numberFormatLocal'),
        api: '1.7',
      },
      text: { get: (t: RangeRef, self: FakeObject) => grid(t, (r, c) => displayText(readValue(wbOf(self), t.sheet, r, c))) },
      valueTypes: { get: (t: RangeRef, self: FakeObject) => grid(t, (r, c) => valueType(readValue(wbOf(self), t.sheet, r, c))) },
    },
    nav: {
      format: (self: FakeRange) => self._prop(FakeRangeFormat, 'format', (t) => t),
      worksheet: (self: FakeRange) => self._prop(FakeWorksheet, 'worksheet', (t: RangeRef) => t.sheet),
      conditionalFormats: (self: FakeRange) => self._prop(FakeConditionalFormatCollection, 'conditionalFormats', (t) => t),
      dataValidation: (self: FakeRange) => self._prop(FakeDataValidation, 'dataValidation', (t) => t),
    },
    navApi: { conditionalFormats: '1.6', dataValidation: '1.8' },
  };

  private _sub(name: string, args: unknown[], f: (t: RangeRef) => RangeRef | null, api?: string): FakeRange {
    return this._method(FakeRange, name, args, f, api);
  }

  getCell(row: number, column: number): FakeRange {
    return this._sub('getCell', [row, column], (t) => makeRef(t.sheet, t.row + row, t.column + column, 1, 1, 'Range.getCell'));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._sub('getOffsetRange', [rowOffset, columnOffset], (t) =>
      makeRef(t.sheet, t.row + rowOffset, t.column + columnOffset, t.rows, t.columns, 'Range.getOffsetRange'),
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._sub(
      'getResizedRange',
      [deltaRows, deltaColumns],
      (t) => makeRef(t.sheet, t.row, t.column, t.rows + deltaRows, t.columns + deltaColumns, 'Range.getResizedRange'),
      '1.2',
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this._sub(
      'getAbsoluteResizedRange',
      [numRows, numColumns],
      (t) => makeRef(t.sheet, t.row, t.column, numRows, numColumns, 'Range.getAbsoluteResizedRange'),
      '1.7',
    );
  }

  getRow(row: number): FakeRange {
    return this._sub('getRow', [row], (t) => {
      if (!Number.isInteger(row) || row < 0 || row >= t.rows) throw invalidArgument(`row ${row} is outside the range`, 'Range.getRow');
      return makeRef(t.sheet, t.row + row, t.column, 1, t.columns, 'Range.getRow');
    });
  }

  getColumn(column: number): FakeRange {
    return this._sub('getColumn', [column], (t) => {
      if (!Number.isInteger(column) || column < 0 || column >= t.columns) {
        throw invalidArgument(`column ${column} is outside the range`, 'Range.getColumn');
      }
      return makeRef(t.sheet, t.row, t.column + column, t.rows, 1, 'Range.getColumn');
    });
  }

  getLastRow(): FakeRange {
    return this._sub('getLastRow', [], (t) => ({ ...t, row: t.row + t.rows - 1, rows: 1 }));
  }

  getLastColumn(): FakeRange {
    return this._sub('getLastColumn', [], (t) => ({ ...t, column: t.column + t.columns - 1, columns: 1 }));
  }

  getLastCell(): FakeRange {
    return this._sub('getLastCell', [], (t) => ({ ...t, row: t.row + t.rows - 1, column: t.column + t.columns - 1, rows: 1, columns: 1 }));
  }

  getEntireColumn(): FakeRange {
    return this._sub('getEntireColumn', [], (t) => ({ ...t, row: 0, rows: MAX_ROWS }));
  }

  getEntireRow(): FakeRange {
    return this._sub('getEntireRow', [], (t) => ({ ...t, column: 0, columns: MAX_COLUMNS }));
  }

  getIntersection(anotherRange: FakeRange | string): FakeRange {
    return this._sub('getIntersection', [anotherRange], (t) => {
      const i = intersect(t, anotherRange, 'Range.getIntersection');
      if (!i) throw officeError('ItemNotFound', 'the ranges do not intersect', 'Range.getIntersection');
      return i;
    });
  }

  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    return this._sub('getIntersectionOrNullObject', [anotherRange], (t) => intersect(t, anotherRange, 'Range.getIntersection'), '1.4');
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._sub(
      'getUsedRange',
      [valuesOnly],
      (t) => {
        const u = usedWithin(t, valuesOnly === true);
        if (!u) throw officeError('ItemNotFound', `no used cells in ${rangeAddress(t)}`, 'Range.getUsedRange');
        return u;
      },
      '1.2',
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._sub('getUsedRangeOrNullObject', [valuesOnly], (t) => usedWithin(t, valuesOnly === true), '1.4');
  }

  select(): void {
    this._call('select', [], (t: RangeRef) => {
      if (t.sheet.visibility !== 'Visible') throw officeError('InvalidOperation', `sheet "${t.sheet.name}" is hidden`, 'Range.select');
      const wb = this._wb();
      wb.activeSheet = t.sheet;
      wb.selection = { ...t };
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9): see copy.ts for what is copied where. The source is a range of any
   * sheet of the workbook, or an address ("A1:B2" on this range's sheet, "Sheet2!A1", "'My sheet'!A1");
   * the fake has no RangeAreas.
   */
  copyFrom(sourceRange: FakeRange | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    const location = 'Range.copyFrom';
    this._checkApi('1.9', location);
    const options = copyOptions(copyType, skipBlanks, transpose, location);
    if (typeof sourceRange !== 'string' && !(sourceRange instanceof FakeRange)) {
      throw invalidArgument('the source must be a Range or an address', location);
    }
    this._call(
      'copyFrom',
      [sourceRange, copyType, skipBlanks, transpose],
      (t: RangeRef) => {
        const source = typeof sourceRange === 'string' ? sourceAt(this._wb(), t.sheet, sourceRange, location) : (sourceRange._t() as RangeRef | null);
        if (!source) throw invalidArgument('the source range is a null object', location);
        copyRange(this._wb(), source, t, options, location);
      },
      '1.9',
    );
  }

  clear(applyTo?: string): void {
    const what = applyTo === undefined ? 'All' : oneOf(CLEAR, applyTo, 'Range.clear');
    this._call('clear', [applyTo], (t: RangeRef) => {
      if (what === 'All' || what === 'Contents' || what === 'ResetContents') clearContents(t);
      if (what === 'All' || what === 'Formats') clearFormats(t);
    });
  }
}
defineProxy(FakeRange);

/** A source address: on the destination's sheet unless it names another sheet of the workbook. */
function sourceAt(wb: WorkbookState, sheet: SheetState, address: string, location: string): RangeRef {
  const split = splitSheetReference(address);
  const named = split?.sheet === undefined ? sheet : findSheet(wb, split.sheet);
  if (!named) throw invalidArgument(`"${address}" names no sheet of this workbook`, location);
  return sheetRange(wb, named, address, location);
}

function intersect(t: RangeRef, other: FakeRange | string, location: string): RangeRef | null {
  let o: RangeRef;
  if (typeof other === 'string') {
    const rect = parseRect(other);
    if (!rect) throw invalidArgument(`"${other}" is not an address`, location);
    o = { sheet: t.sheet, ...rect };
  } else {
    o = other._t() as RangeRef;
  }
  if (o.sheet !== t.sheet || !rectsIntersect(t, o)) return null;
  return intersectRects(t, o);
}

function usedWithin(t: RangeRef, valuesOnly: boolean): RangeRef | null {
  const u = usedRect(t.sheet, valuesOnly);
  if (!u || !rectsIntersect(u, t)) return null;
  return intersectRects(t, u);
}

function intersectRects(t: RangeRef, u: Rect): RangeRef {
  const row = Math.max(t.row, u.row);
  const column = Math.max(t.column, u.column);
  return {
    sheet: t.sheet,
    row,
    column,
    rows: Math.min(t.row + t.rows, u.row + u.rows) - row,
    columns: Math.min(t.column + t.columns, u.column + u.columns) - column,
  };
}

function fontOf(cell: CellState | undefined): Required<FontState> {
  return { ...DEFAULT_FONT, ...(cell?.font ?? {}) };
}

export class FakeRangeFormat extends FakeObject {
  static override spec: ProxySpec = {
    type: 'RangeFormat',
    props: {
      columnWidth: {
        api: '1.2',
        get: (t: RangeRef) => {
          const n = Math.min(t.columns, MAX_COLUMNS);
          const first = t.sheet.columnWidths.get(t.column) ?? DEFAULT_COLUMN_WIDTH;
          for (let c = t.column; c < t.column + n; c++) {
            if ((t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== first) return null;
          }
          return first;
        },
        set: (t: RangeRef, v: unknown) => {
          const w = positive(v, 'RangeFormat.columnWidth');
          for (let c = t.column; c < t.column + t.columns; c++) t.sheet.columnWidths.set(c, w);
        },
      },
      rowHeight: {
        api: '1.2',
        get: (t: RangeRef) => {
          const first = t.sheet.rowHeights.get(t.row) ?? DEFAULT_ROW_HEIGHT;
          if (t.rows === MAX_ROWS) return t.sheet.rowHeights.size === 0 ? first : null;
          for (let r = t.row; r < t.row + t.rows; r++) {
            if ((t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT) !== first) return null;
          }
          return first;
        },
        set: (t: RangeRef, v: unknown) => {
          const h = positive(v, 'RangeFormat.rowHeight');
          if (t.rows > MAX_FORMATTED_CELLS) throw officeError('NotImplemented', 'the fake sets row heights on at most 1,000,000 rows');
          for (let r = t.row; r < t.row + t.rows; r++) t.sheet.rowHeights.set(r, h);
        },
      },
      horizontalAlignment: {
        get: (t: RangeRef) => uniform(t.sheet, t, (c) => c?.horizontalAlignment ?? 'General'),
        set: (t: RangeRef, v: unknown) => {
          const a = oneOf(H_ALIGN, v, 'RangeFormat.horizontalAlignment');
          formatCells(t, 'RangeFormat.horizontalAlignment', (c) => (c.horizontalAlignment = a === 'General' ? undefined : a));
        },
      },
      verticalAlignment: {
        get: (t: RangeRef) => uniform(t.sheet, t, (c) => c?.verticalAlignment ?? 'Bottom'),
        set: (t: RangeRef, v: unknown) => {
          const a = oneOf(V_ALIGN, v, 'RangeFormat.verticalAlignment');
          formatCells(t, 'RangeFormat.verticalAlignment', (c) => (c.verticalAlignment = a === 'Bottom' ? undefined : a));
        },
      },
      wrapText: {
        get: (t: RangeRef) => uniform(t.sheet, t, (c) => c?.wrapText ?? false),
        set: (t: RangeRef, v: unknown) => {
          const w = bool(v, 'RangeFormat.wrapText');
          formatCells(t, 'RangeFormat.wrapText', (c) => (c.wrapText = w || undefined));
        },
      },
    },
    nav: {
      font: (self: FakeRangeFormat) => self._prop(FakeRangeFont, 'font', (t) => t),
      fill: (self: FakeRangeFormat) => self._prop(FakeRangeFill, 'fill', (t) => t),
      borders: (self: FakeRangeFormat) => self._prop(FakeRangeBorderCollection, 'borders', (t) => t),
    },
  };

  autofitColumns(): void {
    this._call('autofitColumns', [], () => undefined, '1.2');
  }

  autofitRows(): void {
    this._call('autofitRows', [], () => undefined, '1.2');
  }
}
defineProxy(FakeRangeFormat);

function fontProp<K extends keyof FontState>(key: K, check: (v: unknown, location: string) => FontState[K], api?: string) {
  const location = `RangeFont.${key}`;
  return {
    api,
    get: (t: RangeRef) => uniform(t.sheet, t, (c) => fontOf(c)[key]),
    set: (t: RangeRef, v: unknown) => {
      const value = check(v, location);
      formatCells(t, location, (c) => {
        const font = { ...(c.font ?? {}), [key]: value };
        if (font[key] === DEFAULT_FONT[key]) delete font[key];
        c.font = Object.keys(font).length ? font : undefined;
      });
    },
  };
}

export class FakeRangeFont extends FakeObject {
  static override spec: ProxySpec = {
    type: 'RangeFont',
    props: {
      bold: fontProp('bold', bool),
      italic: fontProp('italic', bool),
      color: fontProp('color', normalizeColor),
      size: fontProp('size', (v, l) => {
        if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw invalidArgument('font size must be 1-409', l);
        return v;
      }),
      name: fontProp('name', (v, l) => {
        if (typeof v !== 'string' || !v) throw invalidArgument('font name must be text', l);
        return v;
      }),
      underline: fontProp('underline', (v, l) => oneOf(UNDERLINE, v, l)),
      strikethrough: fontProp('strikethrough', bool, '1.9'),
    },
  };
}
defineProxy(FakeRangeFont);

export class FakeRangeFill extends FakeObject {
  static override spec: ProxySpec = {
    type: 'RangeFill',
    props: {
      color: {
        get: (t: RangeRef) => uniform(t.sheet, t, (c) => c?.fill ?? NO_FILL),
        set: (t: RangeRef, v: unknown) => {
          const color = normalizeColor(v, 'RangeFill.color');
          formatCells(t, 'RangeFill.color', (c) => (c.fill = color));
        },
      },
    },
  };

  clear(): void {
    this._call('clear', [], (t: RangeRef) => formatCells(t, 'RangeFill.clear', (c) => (c.fill = undefined)));
  }
}
defineProxy(FakeRangeFill);

const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;
const BORDER_WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;

interface BorderTarget {
  ref: RangeRef;
  index: string;
  sheet: SheetState;
}

/** The keys of sheet.borders that an edge of a range covers (shared edges are one key, as in Excel). */
function borderKeys(t: RangeRef, index: string): string[] {
  const keys: string[] = [];
  const { row, column, rows, columns } = t;
  if (rows * columns > MAX_FORMATTED_CELLS) {
    throw officeError('NotImplemented', `the fake formats at most ${MAX_FORMATTED_CELLS} cells per operation`, 'RangeBorder');
  }
  const cols = (r: number, kind: 'h' | 'd' | 'u') => {
    for (let c = column; c < column + columns; c++) keys.push(borderKey(kind, r, c));
  };
  const rws = (c: number, kind: 'v') => {
    for (let r = row; r < row + rows; r++) keys.push(borderKey(kind, r, c));
  };
  switch (index) {
    case 'EdgeTop':
      cols(row, 'h');
      break;
    case 'EdgeBottom':
      cols(row + rows, 'h');
      break;
    case 'EdgeLeft':
      rws(column, 'v');
      break;
    case 'EdgeRight':
      rws(column + columns, 'v');
      break;
    case 'InsideHorizontal':
      for (let r = row + 1; r < row + rows; r++) cols(r, 'h');
      break;
    case 'InsideVertical':
      for (let c = column + 1; c < column + columns; c++) rws(c, 'v');
      break;
    case 'DiagonalDown':
    case 'DiagonalUp':
      for (let r = row; r < row + rows; r++) cols(r, index === 'DiagonalDown' ? 'd' : 'u');
      break;
  }
  return keys;
}

function borderGet(t: BorderTarget, f: (b: BorderState) => string): string | null {
  const keys = borderKeys(t.ref, t.index);
  if (!keys.length) return f(NO_BORDER);
  const first = f(t.sheet.borders.get(keys[0]) ?? NO_BORDER);
  for (const k of keys) if (f(t.sheet.borders.get(k) ?? NO_BORDER) !== first) return null;
  return first;
}

function borderSet(t: BorderTarget, change: Partial<BorderState>): void {
  for (const k of borderKeys(t.ref, t.index)) {
    const old = t.sheet.borders.get(k);
    const next: BorderState = { ...NO_BORDER, ...(old ?? {}), ...change };
    if (change.style === undefined && next.style === 'None') next.style = 'Continuous';
    if (next.style === 'None') t.sheet.borders.delete(k);
    else t.sheet.borders.set(k, next);
  }
}

export class FakeRangeBorder extends FakeObject {
  static override spec: ProxySpec = {
    type: 'RangeBorder',
    props: {
      sideIndex: { get: (t: BorderTarget) => t.index },
      style: {
        get: (t: BorderTarget) => borderGet(t, (b) => b.style),
        set: (t: BorderTarget, v: unknown) => borderSet(t, { style: oneOf(BORDER_STYLE, v, 'RangeBorder.style') }),
      },
      color: {
        get: (t: BorderTarget) => borderGet(t, (b) => b.color),
        set: (t: BorderTarget, v: unknown) => borderSet(t, { color: normalizeColor(v, 'RangeBorder.color') }),
      },
      weight: {
        get: (t: BorderTarget) => borderGet(t, (b) => b.weight),
        set: (t: BorderTarget, v: unknown) => borderSet(t, { weight: oneOf(BORDER_WEIGHT, v, 'RangeBorder.weight') }),
      },
    },
  };
}
defineProxy(FakeRangeBorder);

export class FakeRangeBorderCollection extends FakeCollection {
  static override spec: ProxySpec = { type: 'RangeBorderCollection', props: {}, item: FakeRangeBorder.spec };

  getItem(index: string): FakeRangeBorder {
    return this._method(FakeRangeBorder, 'getItem', [index], (t: RangeRef): BorderTarget => ({
      ref: t,
      index: oneOf(BORDER_INDEX, index, 'RangeBorderCollection.getItem'),
      sheet: t.sheet,
    }));
  }

  override _listItems(t: RangeRef): FakeObject[] {
    return BORDER_INDEX.slice(0, 6).map((index, i) => this._itemProxy(FakeRangeBorder, { ref: t, index, sheet: t.sheet }, i));
  }
}
defineProxy(FakeRangeBorderCollection);
