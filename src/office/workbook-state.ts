/**
 * What a write needs to know about the workbook before it changes anything, read in one sync: the
 * sheets, Budgetsim's workbook names (all start with "bs_"), the tables, Budgetsim's custom XML
 * parts and the active sheet. Budgetsim's sheets are those a `bs_sheet_N` name points at (or a
 * `bs_backup_sheet_N` name: an earlier sheet kept while a write runs, left over if that write was
 * cut short). A name follows its sheet through renames, so a sheet the user renamed is still known
 * as Budgetsim's, and a sheet the user made is never taken for one.
 */
import { OWNED_SHEET_NAME_PREFIX } from '../workbook/description';
import { MODEL_NAMESPACE } from './stored-payload';

/** Every workbook name Budgetsim writes starts with this (settings and sheet markers). */
export const BUDGETSIM_NAME_PREFIX = 'bs_';
/** Marks one of Budgetsim's earlier sheets while a write runs (see backup.ts). */
export const BACKUP_SHEET_NAME_PREFIX = 'bs_backup_sheet_';

export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
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
}

export interface WorkbookState {
  sheets: SheetInfo[];
  /** Budgetsim's workbook-scoped names (prefix "bs_"). */
  budgetsimNames: NameInfo[];
  /** Every other workbook-scoped name: table names share their namespace. */
  otherNames: string[];
  tables: TableInfo[];
  /** Custom XML parts in Budgetsim's namespace. */
  modelPartIds: string[];
  activeSheetId: string;
  /** Budgetsim's sheets, in workbook order. */
  owned: SheetInfo[];
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

export function isBudgetsimName(name: string): boolean {
  return name.toLowerCase().startsWith(BUDGETSIM_NAME_PREFIX);
}

function ownedSheetNames(names: NameInfo[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const name = n.name.toLowerCase();
    if (!name.startsWith(OWNED_SHEET_NAME_PREFIX) && !name.startsWith(BACKUP_SHEET_NAME_PREFIX)) continue;
    const sheet = sheetOfReference(n.formula);
    if (sheet !== undefined) out.add(sheet.toLowerCase());
  }
  return out;
}

/** Loads the workbook's state in one sync. */
export async function inspectWorkbook(context: Excel.RequestContext, sync: () => Promise<void>): Promise<WorkbookState> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/id,items/name,items/visibility');
  const names = wb.names.load('items/name,items/formula,items/comment,items/visible');
  const tables = wb.tables.load('items/name,items/worksheet/name');
  const parts = wb.customXmlParts.getByNamespace(MODEL_NAMESPACE).load('items/id');
  const active = wb.worksheets.getActiveWorksheet().load('id');
  await sync();

  const sheetInfos = sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: String(s.visibility) }));
  const budgetsimNames: NameInfo[] = [];
  const otherNames: string[] = [];
  for (const n of names.items) {
    if (isBudgetsimName(n.name)) {
      budgetsimNames.push({ name: n.name, formula: String(n.formula ?? ''), comment: n.comment ?? '', visible: n.visible });
    } else otherNames.push(n.name);
  }
  const ownedNames = ownedSheetNames(budgetsimNames);
  return {
    sheets: sheetInfos,
    budgetsimNames,
    otherNames,
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    modelPartIds: parts.items.map((p) => p.id),
    activeSheetId: active.id,
    owned: sheetInfos.filter((s) => ownedNames.has(s.name.toLowerCase())),
    user: sheetInfos.filter((s) => !ownedNames.has(s.name.toLowerCase())),
  };
}
