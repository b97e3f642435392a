/**
 * What a write needs to know about the workbook before it changes anything, read in two syncs: the
 * sheets, every workbook name, the tables (with where they sit), the charts on each sheet, Budgetsim's
 * custom XML parts and the active sheet; then the parts' XML.
 *
 * Budgetsim's names are the exact names it recorded writing (the stored model copy's record, see
 * stored-payload.ts, and the journal of a write in progress, see journal.ts), never names that merely
 * look like its own: a user's `BS_Total` or `bs_sheet_mine` is the user's. Budgetsim's sheets are
 * those its recorded marker names point at. A name follows its sheet through renames, so a sheet the
 * user renamed is still known as Budgetsim's, and a sheet the user made is never taken for one.
 */
import { Model } from '../engine/types';
import { parseModel } from '../model-file';
import { JOURNAL_NAMESPACE, journalFromXml } from './journal';
import { MODEL_NAMESPACE, payloadFromStoredXml, StoredPayload, WrittenRecord } from './stored-payload';

export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
}

/** One of Budgetsim's sheets as found: its marker name and what it showed (null: to remove). */
export interface OwnedSheet extends SheetInfo {
  marker: string;
  key: string | null;
}

export interface NameInfo {
  name: string;
  /** "='Jämförelse'!$A$1", or any formula. */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface TableInfo {
  name: string;
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface WorkbookState {
  sheets: SheetInfo[];
  /** The workbook-scoped names Budgetsim recorded writing that are in the workbook now. */
  budgetsimNames: NameInfo[];
  /** Every other workbook-scoped name (the user's): table names share their namespace. */
  otherNames: string[];
  /** Every name Budgetsim recorded (lower case), present or not. */
  recordedNames: Set<string>;
  tables: TableInfo[];
  /** Chart names on each of Budgetsim's sheets, by sheet id. */
  charts: Map<string, string[]>;
  /** Custom XML parts in Budgetsim's namespace, in workbook order. */
  modelPartIds: string[];
  /** Journals of writes in progress or cut short. */
  journalPartIds: string[];
  /** The last readable model copy: the model Budgetsim's sheets show now, and how they were written. */
  stored: { model: Model; payload: StoredPayload } | null;
  activeSheetId: string;
  /** Budgetsim's sheets, in workbook order. */
  owned: OwnedSheet[];
  /** Everyone else's sheets, in workbook order. */
  user: SheetInfo[];
}

const NAME_REFERENCE = /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** The sheet a name's formula points at ("='My ''Sheet'''!$A$1" -> "My 'Sheet'"), or undefined. */
export function sheetOfReference(formula: string): string | undefined {
  const m = NAME_REFERENCE.exec(formula.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

function readRecord(xml: string): { payload: StoredPayload; model: Model | null } | null {
  try {
    const payload = payloadFromStoredXml(xml);
    const parsed = parseModel(payload.model);
    return { payload, model: parsed.ok ? parsed.model : null };
  } catch {
    return null;
  }
}

/** Loads the workbook's state in two syncs. */
export async function inspectWorkbook(context: Excel.RequestContext, sync: () => Promise<void>): Promise<WorkbookState> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/id,items/name,items/visibility,items/charts/items/name');
  const names = wb.names.load('items/name,items/formula,items/comment,items/visible');
  const tables = wb.tables.load('items/name,items/worksheet/name');
  const parts = wb.customXmlParts.getByNamespace(MODEL_NAMESPACE).load('items/id');
  const journals = wb.customXmlParts.getByNamespace(JOURNAL_NAMESPACE).load('items/id');
  const active = wb.worksheets.getActiveWorksheet().load('id');
  await sync();

  const ranges = tables.items.map((t) => t.getRange().load('rowIndex,columnIndex,rowCount,columnCount'));
  const partXml = parts.items.map((p) => p.getXml());
  const journalXml = journals.items.map((p) => p.getXml());
  await sync();

  // Every record counts: a commit cut short may leave the earlier model copy beside the new one.
  const records: WrittenRecord[] = [];
  let stored: WorkbookState['stored'] = null;
  for (const xml of partXml) {
    const r = readRecord(xml.value);
    if (!r) continue;
    if (r.payload.written) records.push(r.payload.written);
    if (r.model) stored = { model: r.model, payload: r.payload };
  }
  for (const xml of journalXml) {
    const j = journalFromXml(xml.value);
    if (j) records.push(j);
  }
  const recordedNames = new Set(records.flatMap((r) => r.names.map((n) => n.toLowerCase())));
  const markerKeys = new Map<string, string | null>();
  for (const r of records) for (const s of r.sheets) markerKeys.set(s.marker.toLowerCase(), s.key);

  const sheetInfos: SheetInfo[] = sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: String(s.visibility) }));
  const budgetsimNames: NameInfo[] = [];
  const otherNames: string[] = [];
  for (const n of names.items) {
    if (recordedNames.has(n.name.toLowerCase())) {
      budgetsimNames.push({ name: n.name, formula: String(n.formula ?? ''), comment: n.comment ?? '', visible: n.visible });
    } else otherNames.push(n.name);
  }
  // A sheet's marker: the first recorded marker that points at it; one that shows something wins.
  const ownedBy = new Map<string, { marker: string; key: string | null }>();
  for (const n of budgetsimNames) {
    const lower = n.name.toLowerCase();
    if (!markerKeys.has(lower)) continue;
    const sheet = sheetOfReference(n.formula)?.toLowerCase();
    if (sheet === undefined) continue;
    const key = markerKeys.get(lower) ?? null;
    const had = ownedBy.get(sheet);
    if (!had || (had.key === null && key !== null)) ownedBy.set(sheet, { marker: n.name, key });
  }
  const owned: OwnedSheet[] = [];
  const user: SheetInfo[] = [];
  for (const s of sheetInfos) {
    const o = ownedBy.get(s.name.toLowerCase());
    if (o) owned.push({ ...s, ...o });
    else user.push(s);
  }
  const charts = new Map<string, string[]>();
  for (const s of sheets.items) {
    if (ownedBy.has(s.name.toLowerCase())) charts.set(s.id, s.charts.items.map((c) => c.name));
  }
  return {
    sheets: sheetInfos,
    budgetsimNames,
    otherNames,
    recordedNames,
    tables: tables.items.map((t, i) => ({
      name: t.name,
      sheet: t.worksheet.name,
      row: ranges[i].rowIndex,
      column: ranges[i].columnIndex,
      rows: ranges[i].rowCount,
      columns: ranges[i].columnCount,
    })),
    charts,
    modelPartIds: parts.items.map((p) => p.id),
    journalPartIds: journals.items.map((p) => p.id),
    stored,
    activeSheetId: active.id,
    owned,
    user,
  };
}
