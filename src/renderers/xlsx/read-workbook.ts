/**
 * What Budgetsim reads from an .xlsx workbook, from the parts that hold it and no others: the sheet
 * list (worksheets and chart sheets alike), the defined names, every Excel table with its cells, and
 * Budgetsim's stored model (a custom XML part in the namespace urn:budgetsim:model, as the add-in
 * stores it and the file writer writes it). Read the same from files saved by Excel, LibreOffice,
 * openpyxl, Google Sheets and ExcelJS: shared or inline strings, shared formulas, absolute or relative
 * relationship targets, prefixed or unprefixed elements, parts missing that are not needed.
 */
import { cellA1, parseCellA1 } from '../../workbook/a1';
import { CellData, TableData, TableSet } from '../../workbook/read/table-data';
import { attr, child, children, has, REL, textOf, XlsxPackage, XlsxReadError, XmlNode } from './package';

export { XlsxReadError } from './package';

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'unknown';

export interface WorkbookSheet {
  name: string;
  kind: SheetKind;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookName {
  name: string;
  /** The formula text, as stored: "Indata!$B$5". */
  formula: string;
  /** The sheet a sheet-scoped name belongs to; undefined for a workbook name. */
  scope?: string;
}

/** A table body cell that holds a formula without a cached result, so its value is unknown. */
export interface UncachedCell {
  sheet: string;
  table: string;
  /** 0-based index in the table's rows, and in its headers. */
  row: number;
  column: number;
  address: string;
}

export interface WorkbookContents {
  sheets: WorkbookSheet[];
  names: WorkbookName[];
  tables: TableSet;
  uncached: UncachedCell[];
  /** The XML of Budgetsim's stored model part, when the file has one. */
  storedModel?: string;
}

export { MODEL_NAMESPACE } from '../../office/stored-payload';

/** _xHHHH_ is how OOXML writes a UTF-16 code unit XML cannot hold (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). */
export function decodeXString(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a shared string item or an inline string: <t>, or the runs' <t>s; phonetic runs left out. */
function richText(si: XmlNode | undefined): string {
  if (!si) return '';
  const runs = children(si, 'r').map((r) => textOf(child(r, 't'))).join('');
  return decodeXString(textOf(child(si, 't')) + runs);
}

function sharedStrings(pkg: XlsxPackage, part: string | undefined): string[] {
  if (!part) return [];
  const doc = pkg.xml(part);
  return doc ? children(child(doc, 'sst'), 'si').map(richText) : [];
}

/** Built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30, and the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date or time: d, m, y, h or s outside quotes, escapes and [colour] brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\]|hh\]|mm\]|ss\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  if (/general/i.test(bare)) return false;
  return /[dmyhs]/i.test(bare);
}

/** For each cell style index (the s attribute), whether its number format shows a date. */
function dateStyles(pkg: XlsxPackage, part: string | undefined): boolean[] {
  if (!part) return [];
  const doc = child(pkg.xml(part), 'styleSheet');
  if (!doc) return [];
  const custom = new Map<number, string>();
  for (const f of children(child(doc, 'numFmts'), 'numFmt')) custom.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  return children(child(doc, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** A date as the text a person reads, so a date where a number belongs is refused showing it. */
function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** A date serial as a date: days since 1899-12-30 (since 1904-01-01 in the 1904 system), to the millisecond. */
function serialDate(serial: number, date1904: boolean): Date {
  const days = serial + (date1904 ? 1462 : 0) - 25569;
  return new Date(Math.round(days * 86400000));
}

interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** One cell as read: its value, and whether it is a formula with no cached value. */
interface ReadCell {
  value: CellData;
  uncached: boolean;
}

function cellOf(c: XmlNode, ctx: SheetContext, where: () => string): ReadCell {
  const type = attr(c, 't') ?? 'n';
  const formula = has(c, 'f');
  const v = child(c, 'v');
  if (type === 'inlineStr') {
    const is = child(c, 'is');
    if (is) return { value: richText(is), uncached: false };
  }
  if (v === undefined) return { value: null, uncached: formula };
  const raw = textOf(v);
  switch (type) {
    case 's': {
      const i = Number(raw);
      if (!Number.isInteger(i) || i < 0 || i >= ctx.strings.length) {
        throw new XlsxReadError(`the cell ${where()} refers to shared string ${raw}, which the file does not have`);
      }
      return { value: ctx.strings[i], uncached: false };
    }
    case 'str':
    case 'inlineStr':
      return { value: decodeXString(raw), uncached: false };
    case 'b':
      return { value: raw.trim() === '1' || raw.trim().toLowerCase() === 'true', uncached: false };
    case 'e':
      return { value: raw, uncached: false };
    case 'd': {
      const d = new Date(raw);
      return { value: Number.isNaN(d.getTime()) ? raw : dateText(d), uncached: false };
    }
    default: {
      if (raw.trim() === '') return { value: null, uncached: formula };
      const n = Number(raw);
      if (!Number.isFinite(n)) return { value: null, uncached: false };
      const style = Number(attr(c, 's') ?? 0);
      if (ctx.dates[style]) {
        const d = serialDate(n, ctx.date1904);
        return { value: Number.isNaN(d.getTime()) ? n : dateText(d), uncached: false };
      }
      return { value: n, uncached: false };
    }
  }
}

/** Every cell of a worksheet with a value or a formula, by 0-based row and column. */
class SheetCells {
  private readonly rows = new Map<number, Map<number, ReadCell>>();

  constructor(doc: XmlNode | undefined, sheet: string, ctx: SheetContext) {
    const data = child(child(doc, 'worksheet'), 'sheetData');
    let r = -1;
    for (const row of children(data, 'row')) {
      // r is optional on rows and cells: without it, a row follows the previous one, a cell its neighbour.
      const rowAttr = attr(row, 'r');
      r = rowAttr !== undefined ? Number(rowAttr) - 1 : r + 1;
      let col = -1;
      const cells = new Map<number, ReadCell>();
      for (const c of children(row, 'c')) {
        const ref = attr(c, 'r');
        const at = ref !== undefined ? parseCellA1(ref) : undefined;
        col = at ? at.column : col + 1;
        const rowIndex = at ? at.row : r;
        const target = rowIndex === r ? cells : this.row(rowIndex);
        target.set(col, cellOf(c, ctx, () => `'${sheet}'!${cellA1(rowIndex, col)}`));
      }
      if (cells.size) {
        const existing = this.rows.get(r);
        if (existing) for (const [k, v] of cells) existing.set(k, v);
        else this.rows.set(r, cells);
      }
    }
  }

  private row(r: number): Map<number, ReadCell> {
    let m = this.rows.get(r);
    if (!m) this.rows.set(r, (m = new Map()));
    return m;
  }

  get(row: number, column: number): ReadCell | undefined {
    return this.rows.get(row)?.get(column);
  }
}

function corners(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b = a] = ref.split(':');
  const start = parseCellA1(a);
  const end = parseCellA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/**
 * A table part with its cells. The range (ref) is what the tool saved: header row (unless
 * headerRowCount="0"), body, and totals rows (totalsRowCount); a header cell left blank takes the
 * column's name from the table part.
 */
function tableData(doc: XmlNode | undefined, sheet: string, cells: SheetCells, uncached: UncachedCell[]): TableData | undefined {
  const t = child(doc, 'table');
  const name = attr(t, 'displayName') ?? attr(t, 'name');
  const range = corners(attr(t, 'ref') ?? '');
  if (!t || !name || !range) return undefined;
  const headerRows = attr(t, 'headerRowCount') === '0' ? 0 : 1;
  const totalsRows = Math.max(0, Number(attr(t, 'totalsRowCount') ?? 0) || 0);
  const names = children(child(t, 'tableColumns'), 'tableColumn').map((c) => decodeXString(attr(c, 'name') ?? ''));
  const columns = Array.from({ length: range.right - range.left + 1 }, (_, j) => range.left + j);
  const headers = columns.map((c, j) => {
    const h = headerRows ? cells.get(range.top, c)?.value : null;
    return h === null || h === undefined || h === '' ? names[j] ?? '' : String(h);
  });
  const first = range.top + headerRows;
  const last = range.bottom - totalsRows;
  const rows: CellData[][] = [];
  for (let r = first; r <= last; r++) {
    rows.push(
      columns.map((c, j) => {
        const cell = cells.get(r, c);
        if (cell?.uncached) uncached.push({ sheet, table: name, row: r - first, column: j, address: cellA1(r, c) });
        return cell ? cell.value : null;
      }),
    );
  }
  return { name, sheet, row: headerRows ? range.top : range.top - 1, column: range.left, headers, rows };
}

function sheetKind(type: string | undefined): SheetKind {
  switch (type) {
    case REL.worksheet:
    case REL.chartsheet:
    case REL.dialogsheet:
    case REL.macrosheet:
      return type;
    default:
      return 'unknown';
  }
}

/** The workbook part: named by the package's officeDocument relationship, else where Excel puts it. */
function workbookPart(pkg: XlsxPackage): string {
  const main = pkg.relationships('').find((r) => r.type === REL.officeDocument && r.target && pkg.hasPart(r.target));
  if (main?.target) return main.target;
  if (pkg.hasPart('xl/workbook.xml')) return 'xl/workbook.xml';
  throw new XlsxReadError('it has no workbook part (xl/workbook.xml), so it is not a spreadsheet');
}

function storedModel(pkg: XlsxPackage, workbookRels: { type: string; target: string | undefined }[]): string | undefined {
  const candidates = [
    ...workbookRels.filter((r) => r.type === REL.customXml && r.target).map((r) => r.target!),
    // Tools that rewrite a file do not always keep the relationship; the part is still found by name.
    ...pkg.parts().filter((p) => /^customxml\/item\d+\.xml$/i.test(p)),
  ];
  for (const part of new Set(candidates)) {
    const xml = pkg.text(part);
    if (xml !== undefined && /xmlns(?::[\w.-]+)?\s*=\s*["']urn:budgetsim:model["']/.test(xml)) return xml;
  }
  return undefined;
}

/** Reads the workbook's sheets, names, tables and stored model; throws XlsxReadError when it cannot. */
export function readWorkbook(input: Uint8Array | ArrayBuffer): WorkbookContents {
  const pkg = new XlsxPackage(input);
  const part = workbookPart(pkg);
  const wb = child(pkg.xml(part), 'workbook');
  if (!wb) throw new XlsxReadError(`its workbook part ${part} has no <workbook> element`);
  const rels = pkg.relationships(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const date1904 = ['1', 'true'].includes((attr(child(wb, 'workbookPr'), 'date1904') ?? '').toLowerCase());

  const listed = children(child(wb, 'sheets'), 'sheet').map((s) => {
    // r:id, with the relationships prefix removed by the parser.
    const rel = byId.get(attr(s, 'id') ?? '');
    const state = attr(s, 'state');
    return {
      sheet: {
        name: decodeXString(attr(s, 'name') ?? ''),
        kind: sheetKind(rel?.type),
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      } as WorkbookSheet,
      part: rel?.target,
    };
  });

  const names: WorkbookName[] = children(child(wb, 'definedNames'), 'definedName').map((n) => {
    const local = attr(n, 'localSheetId');
    const scope = local !== undefined ? listed[Number(local)]?.sheet.name : undefined;
    return { name: attr(n, 'name') ?? '', formula: textOf(n), ...(scope !== undefined ? { scope } : {}) };
  });

  const ctx: SheetContext = {
    strings: sharedStrings(pkg, rels.find((r) => r.type === REL.sharedStrings)?.target),
    dates: dateStyles(pkg, rels.find((r) => r.type === REL.styles)?.target),
    date1904,
  };

  const tables: TableSet = new Map();
  const uncached: UncachedCell[] = [];
  for (const { sheet, part: sheetPart } of listed) {
    if (sheet.kind !== 'worksheet' || !sheetPart) continue;
    // Only sheets with tables are read: the scenario sheets of a large model are most of the file.
    const tableParts = pkg.relationships(sheetPart).filter((r) => r.type === REL.table && r.target && pkg.hasPart(r.target));
    if (!tableParts.length) continue;
    const cells = new SheetCells(pkg.xml(sheetPart), sheet.name, ctx);
    for (const rel of tableParts) {
      const data = tableData(pkg.xml(rel.target!), sheet.name, cells, uncached);
      if (data && ![...tables.keys()].some((k) => k.toLowerCase() === data.name.toLowerCase())) tables.set(data.name, data);
    }
  }

  const stored = storedModel(pkg, rels);
  return { sheets: listed.map((l) => l.sheet), names, tables, uncached, ...(stored !== undefined ? { storedModel: stored } : {}) };
}
