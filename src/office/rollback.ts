/**
 * Undoing a write that failed before its commit, inside the same Excel.run: look at what is there
 * now, then delete what the write added and rename and unhide the backups (one sync), then restore
 * Budgetsim's names, custom XML parts and the active sheet (another). If undoing fails, the error
 * names exactly what is left, checked in the workbook when Excel still answers.
 *
 * A Budgetsim name that already pointed nowhere (its sheet deleted by the user: "=#REF!$A$1") is
 * put back last, in a sync of its own whose failure is ignored: a host may refuse such a reference,
 * and it marks nothing anyone needs.
 */
import { SheetBackup, UndoRecord } from './backup';
import { LeftOver, WorkbookLeftChangedError, WorkbookWriteError } from './errors';
import { inspectWorkbook, NameInfo, sheetOfReference, WorkbookState } from './workbook-state';

type Sync = () => Promise<void>;

function backupNow(now: WorkbookState, b: SheetBackup) {
  return now.sheets.find((s) => s.id === b.id);
}

function queueSheets(context: Excel.RequestContext, undo: UndoRecord, now: WorkbookState): void {
  const ws = context.workbook.worksheets;
  // Visible first, so deleting the added sheets never leaves the workbook without a visible sheet.
  for (const b of undo.backups) {
    const s = backupNow(now, b);
    if (s && s.visibility !== 'Visible') ws.getItem(b.id).visibility = 'Visible';
  }
  for (const s of now.sheets) if (!undo.originalSheetIds.has(s.id)) ws.getItem(s.id).delete();
  const tables = new Set(now.tables.map((t) => t.name.toLowerCase()));
  for (const b of undo.backups) {
    for (const t of b.tables) {
      if (tables.has(t.backupName.toLowerCase())) context.workbook.tables.getItem(t.backupName).name = t.originalName;
    }
    const s = backupNow(now, b);
    if (!s) continue;
    const sheet = ws.getItem(b.id);
    if (s.name !== b.originalName) sheet.name = b.originalName;
    if (b.visibility !== 'Visible') sheet.visibility = b.visibility as Excel.SheetVisibility;
  }
}

const isBroken = (n: NameInfo) => n.formula.includes('#REF!');

function queueNames(context: Excel.RequestContext, names: NameInfo[]): void {
  for (const n of names) {
    const item = context.workbook.names.add(n.name, n.formula, n.comment || undefined);
    if (!n.visible) item.visible = false;
  }
}

function queueNamesAndParts(context: Excel.RequestContext, undo: UndoRecord, now: WorkbookState): void {
  const wb = context.workbook;
  for (const n of now.budgetsimNames) wb.names.getItem(n.name).delete();
  queueNames(context, undo.names.filter((n) => !isBroken(n)));
  const parts = wb.customXmlParts;
  for (const id of now.modelPartIds) if (!undo.modelPartIds.has(id)) parts.getItem(id).delete();
  if (now.activeSheetId !== undo.activeSheetId && now.sheets.some((s) => s.id === undo.activeSheetId)) {
    wb.worksheets.getItem(undo.activeSheetId).activate();
  }
}

/** What is left, from the workbook as it is now. */
export function leftOver(undo: UndoRecord, now: WorkbookState): LeftOver {
  const added = now.sheets.filter((s) => !undo.originalSheetIds.has(s.id)).map((s) => s.name);
  const addedNames = new Set(added.map((n) => n.toLowerCase()));
  const formulas = new Map(now.budgetsimNames.map((n) => [n.name.toLowerCase(), n.formula]));
  // A name is back when it says what it said and does not point at a sheet the write added.
  const restored = (n: NameInfo) =>
    formulas.get(n.name.toLowerCase()) === n.formula && !addedNames.has((sheetOfReference(n.formula) ?? '').toLowerCase());
  return {
    addedSheets: added,
    backups: undo.backups
      .map((b) => ({ b, s: backupNow(now, b) }))
      .filter(({ b, s }) => s && (s.name !== b.originalName || s.visibility !== b.visibility))
      .map(({ b, s }) => ({ name: s!.name, originalName: b.originalName, hidden: s!.visibility !== 'Visible' })),
    missingNames: undo.names.filter((n) => !isBroken(n) && !restored(n)).map((n) => n.name),
    verified: true,
  };
}

/** What may be left, from the write's own record, when Excel no longer answers. */
function possiblyLeft(undo: UndoRecord): LeftOver {
  return {
    addedSheets: undo.added,
    backups: undo.backups.map((b) => ({ name: b.backupName, originalName: b.originalName, hidden: b.hide })),
    missingNames: undo.names.filter((n) => !isBroken(n)).map((n) => n.name),
    verified: false,
  };
}

/**
 * Undoes everything the write did and throws WorkbookWriteError (nothing changed), or
 * WorkbookLeftChangedError saying what is left when undoing fails.
 */
export async function rollBack(context: Excel.RequestContext, undo: UndoRecord, cause: unknown, sync: Sync): Promise<never> {
  try {
    const now = await inspectWorkbook(context, sync);
    queueSheets(context, undo, now);
    await sync();
    const after = await inspectWorkbook(context, sync);
    queueNamesAndParts(context, undo, after);
    await sync();
  } catch (undoCause) {
    let left: LeftOver;
    try {
      left = leftOver(undo, await inspectWorkbook(context, sync));
    } catch {
      left = possiblyLeft(undo);
    }
    throw new WorkbookLeftChangedError(cause, undoCause, left);
  }
  const broken = undo.names.filter(isBroken);
  if (broken.length) {
    try {
      queueNames(context, broken);
      await sync();
    } catch {
      // Nothing to report: these names pointed at no sheet before the write either.
    }
  }
  throw new WorkbookWriteError(cause);
}
