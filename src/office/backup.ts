/**
 * While a write runs, Budgetsim's earlier sheets are kept as backups: renamed to temporary names
 * (their tables too, since table names are unique in a workbook) and hidden, so the new sheets can
 * take the names, and so that a failed write can put everything back. Each backup is marked with a
 * `bs_backup_sheet_N` name, so that if the write is cut short (Excel closed halfway) the next write
 * still knows these sheets as Budgetsim's and removes them.
 */
import { WorkbookDescription } from '../workbook/description';
import { BACKUP_SHEET_NAME_PREFIX, NameInfo, SheetInfo, WorkbookState } from './workbook-state';

export interface TableBackup {
  originalName: string;
  backupName: string;
}

export interface SheetBackup {
  id: string;
  originalName: string;
  backupName: string;
  visibility: string;
  /** Hidden while the write runs (the active sheet is left visible so Excel keeps its selection). */
  hide: boolean;
  tables: TableBackup[];
  /** The workbook name that marks it as Budgetsim's while the write runs. */
  marker: string;
}

/** Everything a write changes before its commit, to undo it. */
export interface UndoRecord {
  originalSheetIds: Set<string>;
  backups: SheetBackup[];
  /** Budgetsim's names as they were; all are removed before the new ones are added. */
  names: NameInfo[];
  modelPartIds: Set<string>;
  activeSheetId: string;
  /** The sheets the write adds. */
  added: string[];
}

const MAX_SHEET_NAME = 31;

function uniqueName(base: (n: number) => string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = base(n);
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/** Backup names that clash with no sheet, table or name, present or about to be written. */
export function planBackups(state: WorkbookState, desc: WorkbookDescription): UndoRecord {
  const sheetNames = new Set([...state.sheets.map((s) => s.name), ...desc.sheets.map((s) => s.name)].map((n) => n.toLowerCase()));
  const tableNames = new Set(
    [...state.tables.map((t) => t.name), ...state.otherNames, ...state.budgetsimNames.map((n) => n.name), ...desc.sheets.flatMap((s) => s.tables.map((t) => t.name)), ...desc.names.map((n) => n.name)].map((n) =>
      n.toLowerCase(),
    ),
  );
  const backups = state.owned.map((s: SheetInfo, i): SheetBackup => {
    const backupName = uniqueName((n) => `bs_backup_${n}`.slice(0, MAX_SHEET_NAME), sheetNames);
    const tables = state.tables
      .filter((t) => t.sheet === s.name)
      .map((t) => ({ originalName: t.name, backupName: uniqueName((n) => `bsBackup${n}_${t.name}`.slice(0, 255), tableNames) }));
    return {
      id: s.id,
      originalName: s.name,
      backupName,
      visibility: s.visibility,
      hide: s.visibility === 'Visible' && s.id !== state.activeSheetId,
      tables,
      marker: `${BACKUP_SHEET_NAME_PREFIX}${i + 1}`,
    };
  });
  return {
    originalSheetIds: new Set(state.sheets.map((s) => s.id)),
    backups,
    names: state.budgetsimNames,
    modelPartIds: new Set(state.modelPartIds),
    activeSheetId: state.activeSheetId,
    added: desc.sheets.map((s) => s.name),
  };
}

/** Queues the renames that make way for the new sheets, and the names that mark the backups. */
export function queueBackups(context: Excel.RequestContext, undo: UndoRecord): void {
  const wb = context.workbook;
  for (const b of undo.backups) {
    for (const t of b.tables) wb.tables.getItem(t.originalName).name = t.backupName;
    wb.worksheets.getItem(b.id).name = b.backupName;
  }
  for (const n of undo.names) wb.names.getItem(n.name).delete();
  for (const b of undo.backups) wb.names.add(b.marker, wb.worksheets.getItem(b.id).getRange('A1'));
}

/** Queues hiding the backups; called once the new sheets exist, so a visible sheet always remains. */
export function queueHideBackups(context: Excel.RequestContext, undo: UndoRecord): void {
  for (const b of undo.backups) if (b.hide) context.workbook.worksheets.getItem(b.id).visibility = 'Hidden';
}

/**
 * A user's table or name that has the name of one of Budgetsim's tables would make the write fail
 * halfway; refused before anything is touched.
 */
export function checkTableNames(state: WorkbookState, desc: WorkbookDescription): void {
  const owned = new Set(state.owned.map((s) => s.name));
  const wanted = new Map(desc.sheets.flatMap((s) => s.tables.map((t): [string, string] => [t.name.toLowerCase(), t.name])));
  for (const t of state.tables) {
    if (!owned.has(t.sheet) && wanted.has(t.name.toLowerCase())) {
      throw new Error(
        `The table '${t.name}' on your sheet '${t.sheet}' has the name of one of Budgetsim's input tables. ` +
          'Rename it (Table Design > Table Name) and write again; nothing was changed.',
      );
    }
  }
  for (const n of state.otherNames) {
    if (wanted.has(n.toLowerCase())) {
      throw new Error(`The workbook name '${n}' is the name of one of Budgetsim's input tables. Rename it and write again; nothing was changed.`);
    }
  }
}
