/**
 * The write transaction: one Excel.run, in a bounded number of syncs.
 *
 *   1. inspect   sheets, Budgetsim's names and parts, tables, the active sheet (one sync);
 *                the layout picks sheet names that are not the user's;
 *   2. prepare   Budgetsim's earlier sheets (and their tables) renamed to backups, its names removed,
 *                every new sheet added with its marker name, the backups hidden (one sync);
 *   3. chunks    the plan's chunks, calculation suspended during each (one sync per chunk);
 *   4. commit    the model copy stored, the earlier parts, backups and their marker names deleted,
 *                the workbook recalculated, the comparison sheet activated (one sync).
 *
 * So a write makes chunks + 3 syncs. Until the commit the workbook can be put back exactly as it was
 * (rollback.ts); the user's sheets, cells, names and tables are never touched. If the commit itself
 * fails halfway, whatever is left of it is finished in one more sync, or the error says which
 * backup sheets remain.
 */
import { ExcelRun } from './capabilities';
import { Model } from '../engine/types';
import { describeWorkbook } from '../workbook/layout';
import { WorkbookDescription } from '../workbook/description';
import { ActionTarget, addSheet, applyAction } from './apply';
import { checkTableNames, planBackups, queueBackups, queueHideBackups, UndoRecord } from './backup';
import { Capabilities } from './capabilities';
import { LeftBackup, WorkbookCleanupError, WorkbookWriteError } from './errors';
import { WriteProgress, WriteReport } from './gateway';
import { Plan, planWorkbook } from './plan';
import { rollBack } from './rollback';
import { intendedSheetNames } from './sheet-names';
import { storedModelXml } from './stored-payload';
import { inspectWorkbook, WorkbookState } from './workbook-state';

export interface WriteOptions {
  solved?: Map<string, number | null>;
  onProgress?: (p: WriteProgress) => void;
  /** The estimated request size each chunk is kept under (default: plan.ts's DEFAULT_CHUNK_BYTES). */
  maxChunkBytes?: number;
}

type Sync = () => Promise<void>;

function countingSync(context: Excel.RequestContext): { sync: Sync; count: () => number } {
  let n = 0;
  return {
    sync: async () => {
      n += 1;
      await context.sync();
    },
    count: () => n,
  };
}

function keptUserSheets(model: Model, desc: WorkbookDescription, state: WorkbookState): string[] {
  const intended = new Set(intendedSheetNames(model, desc.language).map((n) => n.toLowerCase()));
  return state.user.filter((s) => intended.has(s.name.toLowerCase())).map((s) => s.name);
}

function comparisonSheet(desc: WorkbookDescription): string {
  return (desc.sheets.find((s) => s.role === 'comparison') ?? desc.sheets[0]).name;
}

interface CommitWork {
  /** Store the model copy (false when a failed commit already did). */
  part: boolean;
  /** Budgetsim's earlier parts, backup sheets and backup marker names still to delete. */
  partsLeft: Set<string>;
  sheetsLeft: Set<string>;
  markersLeft: Set<string>;
}

function queueCommit(context: Excel.RequestContext, undo: UndoRecord, xml: string, activate: string, work: CommitWork): void {
  const wb = context.workbook;
  if (work.part) wb.customXmlParts.add(xml);
  for (const id of work.partsLeft) wb.customXmlParts.getItem(id).delete();
  for (const b of undo.backups) if (work.markersLeft.has(b.marker.toLowerCase())) wb.names.getItem(b.marker).delete();
  for (const b of undo.backups) if (work.sheetsLeft.has(b.id)) wb.worksheets.getItem(b.id).delete();
  wb.application.calculate('Recalculate');
  wb.worksheets.getItem(activate).activate();
}

/**
 * After a failed commit: undone when nothing irreversible happened yet, otherwise finished (the
 * new sheets are complete by then), or an error naming the backups that remain.
 */
async function recoverCommit(context: Excel.RequestContext, undo: UndoRecord, xml: string, activate: string, cause: unknown, sync: Sync): Promise<void> {
  const leftBackups = (ids: Set<string>): LeftBackup[] =>
    undo.backups.filter((b) => ids.has(b.id)).map((b) => ({ name: b.backupName, originalName: b.originalName, hidden: b.hide }));
  let now: WorkbookState;
  try {
    now = await inspectWorkbook(context, sync);
  } catch (e) {
    throw new WorkbookCleanupError(e, leftBackups(new Set(undo.backups.map((b) => b.id))));
  }
  const sheetIds = new Set(now.sheets.map((s) => s.id));
  const work: CommitWork = {
    part: !now.modelPartIds.some((id) => !undo.modelPartIds.has(id)),
    partsLeft: new Set(now.modelPartIds.filter((id) => undo.modelPartIds.has(id))),
    sheetsLeft: new Set(undo.backups.filter((b) => sheetIds.has(b.id)).map((b) => b.id)),
    markersLeft: new Set(now.budgetsimNames.map((n) => n.name.toLowerCase())),
  };
  if (work.sheetsLeft.size === undo.backups.length && work.partsLeft.size === undo.modelPartIds.size) {
    await rollBack(context, undo, cause, sync);
  }
  try {
    queueCommit(context, undo, xml, activate, work);
    await sync();
  } catch (e) {
    throw new WorkbookCleanupError(e, leftBackups(work.sheetsLeft));
  }
}

async function runPlan(context: Excel.RequestContext, plan: Plan, undo: UndoRecord, caps: Capabilities, sync: Sync, onProgress?: (p: WriteProgress) => void): Promise<void> {
  const target = new ActionTarget(context);
  queueBackups(context, undo);
  for (const s of plan.sheets) addSheet(target, s);
  for (const m of plan.markers) applyAction(target, m);
  queueHideBackups(context, undo);
  await sync();
  const total = plan.chunks.length;
  onProgress?.({ done: 0, total });
  for (let i = 0; i < total; i++) {
    if (caps.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const action of plan.chunks[i].actions) applyAction(target, action);
    await sync();
    onProgress?.({ done: i + 1, total });
  }
}

/** Writes (or rewrites) Budgetsim's sheets for the model in one Excel.run. */
export async function writeWorkbook(excel: ExcelRun, caps: Capabilities, model: Model, options: WriteOptions = {}): Promise<WriteReport> {
  return excel.run(async (context) => {
    const { sync, count } = countingSync(context);
    let state: WorkbookState;
    try {
      state = await inspectWorkbook(context, sync);
    } catch (cause) {
      throw new WorkbookWriteError(cause);
    }
    const desc = describeWorkbook(model, {
      reservedSheetNames: state.user.map((s) => s.name),
      ...(options.solved ? { solved: options.solved } : {}),
    });
    checkTableNames(state, desc);
    const plan = planWorkbook(desc, {
      listValidations: caps.dataValidation,
      chartAxisNumberFormat: caps.chartAxisNumberFormat,
      pageLayout: caps.pageLayout,
      excelApi: caps.excelApi,
      ...(options.maxChunkBytes !== undefined ? { maxChunkBytes: options.maxChunkBytes } : {}),
    });
    const xml = storedModelXml(model);
    const undo = planBackups(state, desc);
    const activate = comparisonSheet(desc);

    try {
      await runPlan(context, plan, undo, caps, sync, options.onProgress);
    } catch (cause) {
      await rollBack(context, undo, cause, sync);
    }
    try {
      queueCommit(context, undo, xml, activate, {
        part: true,
        partsLeft: undo.modelPartIds,
        sheetsLeft: new Set(undo.backups.map((b) => b.id)),
        markersLeft: new Set(undo.backups.map((b) => b.marker.toLowerCase())),
      });
      await sync();
    } catch (cause) {
      await recoverCommit(context, undo, xml, activate, cause, sync);
    }
    return {
      sheets: desc.sheets.map((s) => s.name),
      keptUserSheets: keptUserSheets(model, desc, state),
      syncs: count(),
      chunks: plan.chunks.length,
      skipped: plan.skipped,
    };
  });
}
