/**
 * The write transaction: one Excel.run, in a bounded number of syncs. Budgetsim's sheets are
 * rewritten in place (rewrite-plan.ts): the same worksheet objects are cleared and refilled, so
 * whatever the user built on top of them (a formula ='Jämförelse'!C7, a name, a chart series, a data
 * validation) keeps pointing at the same figures. Nothing of Budgetsim's is ever renamed away or
 * deleted and re-created, which in Excel would rewrite those references and then turn them into #REF!.
 *
 *   1. inspect   sheets, names, tables, charts, Budgetsim's parts and the active sheet; then the
 *                parts' XML: the record of what Budgetsim wrote (two syncs);
 *   2. prepare   a journal of what this write adds, new sheets added, moved sheets renamed, the
 *                rewritten sheets cleared (cells, formats, charts, conditional formats, validations),
 *                every Budgetsim name set to its new reference or added: never deleted (one sync);
 *   3. chunks    the plan's chunks, calculation suspended during each (one sync per chunk);
 *   4. commit    the model copy (with the record) stored, the sheets of scenarios that are gone, the
 *                names no longer written, the earlier copies and the journal removed, in that order,
 *                the workbook recalculated, the comparison sheet activated (one sync).
 *
 * So a write makes chunks + 4 syncs. A failure before the commit is undone (rollback.ts): the sheets
 * it added are deleted and the previous write is rendered again into the same sheets. A commit that
 * fails halfway is finished in one more sync; failing that, the error says exactly what is left, and
 * all of it is still known as Budgetsim's (the earlier record is deleted last), so the next write
 * removes it. Where the host has it (ExcelApi 1.11) the run waits while the user edits a cell
 * (delayForCellEdit) instead of failing.
 */
import { ExcelRun, runExcel } from './capabilities';
import { Model } from '../engine/types';
import { ActionTarget, addSheet, applyAction } from './apply';
import { Capabilities } from './capabilities';
import { LeftBackup, WorkbookCleanupError, WorkbookWriteError } from './errors';
import { WriteProgress, WriteReport } from './gateway';
import { journalXml } from './journal';
import { checkNameClashes, planRewrite, Rewrite } from './rewrite-plan';
import { rollBack } from './rollback';
import { intendedSheetNames } from './sheet-names';
import { storedModelXml } from './stored-payload';
import { riskForWorkbook, RiskSheetOptions } from '../workbook/layout/risk-sheet';
import { inspectWorkbook, OwnedSheet, WorkbookState } from './workbook-state';

export interface WriteOptions {
  solved?: Map<string, number | null>;
  onProgress?: (p: WriteProgress) => void;
  /** The estimated request size each chunk is kept under (default: plan.ts's DEFAULT_CHUNK_BYTES). */
  maxChunkBytes?: number;
  /** The Risk sheet's runs, seed and date (default 2 000 runs, seed 1, now), when the model has an uncertainty block. */
  risk?: RiskSheetOptions;
}

export type Sync = () => Promise<void>;

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

function keptUserSheets(model: Model, rewrite: Rewrite, state: WorkbookState): string[] {
  const intended = new Set(intendedSheetNames(model, rewrite.desc.language).map((n) => n.toLowerCase()));
  return state.user.filter((s) => intended.has(s.name.toLowerCase())).map((s) => s.name);
}

/**
 * The names every sheet must have when the sheets are renamed: the targets' names, and a temporary
 * name for a sheet to remove whose name a target needs. Two steps (all through temporary names
 * first) when one sheet takes the name another still has.
 */
function queueRenames(context: Excel.RequestContext, state: WorkbookState, rewrite: Rewrite): void {
  const ws = context.workbook.worksheets;
  const finalName = new Map<string, string>();
  for (const t of rewrite.targets) if (t.existing) finalName.set(t.existing.id, t.name);
  const wanted = new Set(rewrite.targets.map((t) => t.name.toLowerCase()));
  const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  let n = 0;
  const temporary = () => {
    let name: string;
    do name = `bs_tmp_${++n}`;
    while (taken.has(name) || wanted.has(name));
    taken.add(name);
    return name;
  };
  for (const r of rewrite.removed) if (wanted.has(r.name.toLowerCase())) finalName.set(r.id, temporary());
  const moves = state.sheets.filter((s) => finalName.has(s.id) && finalName.get(s.id) !== s.name);
  const clash = moves.some((m) => state.sheets.some((s) => s.id !== m.id && s.name.toLowerCase() === finalName.get(m.id)!.toLowerCase()));
  if (clash) for (const m of moves) ws.getItem(m.id).name = temporary();
  for (const m of moves) ws.getItem(m.id).name = finalName.get(m.id)!;
}

/** Empties a sheet that is rewritten in place: its cells, formats, charts, rules, lists, panes and tab colour. */
function queueClear(context: Excel.RequestContext, caps: Capabilities, state: WorkbookState, sheet: OwnedSheet): void {
  const ws = context.workbook.worksheets.getItem(sheet.id);
  for (const chart of state.charts.get(sheet.id) ?? []) ws.charts.getItem(chart).delete();
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  if (caps.dataValidation) all.dataValidation.clear();
  all.clear('All');
  ws.freezePanes.unfreeze();
  ws.tabColor = '';
}

/** Queues everything before the chunks: new sheets, renames, clearing, and every name set. */
export function queuePrepare(context: Excel.RequestContext, caps: Capabilities, state: WorkbookState, rewrite: Rewrite, target: ActionTarget): void {
  const wb = context.workbook;
  queueRenames(context, state, rewrite);
  for (const t of rewrite.targets) {
    if (t.existing) target.remember(t.name, wb.worksheets.getItem(t.existing.id));
    else addSheet(target, { kind: 'addSheet', sheet: t.name });
  }
  for (const name of rewrite.tablesToDelete) wb.tables.getItem(name).delete();
  for (const t of rewrite.targets) if (t.existing) queueClear(context, caps, state, t.existing);
  const present = new Map(state.budgetsimNames.map((n) => [n.name.toLowerCase(), n]));
  for (const n of rewrite.names) {
    const had = present.get(n.name.toLowerCase());
    // Set in place, never deleted and added again: a name is always the old one or the new one.
    if (!had) wb.names.add(n.name, n.reference, n.comment);
    else if (had.formula !== n.reference) wb.names.getItem(had.name).formula = n.reference;
  }
}

/** The plan's chunks; the names are already set, and tables that stay are kept or resized. */
export async function runChunks(
  context: Excel.RequestContext,
  caps: Capabilities,
  rewrite: Rewrite,
  target: ActionTarget,
  sync: Sync,
  onProgress?: (p: WriteProgress) => void,
  onlySheets?: Set<string>,
): Promise<void> {
  const total = rewrite.plan.chunks.length;
  onProgress?.({ done: 0, total });
  for (let i = 0; i < total; i++) {
    if (caps.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const action of rewrite.plan.chunks[i].actions) {
      if (action.kind === 'name') continue;
      if ('sheet' in action && onlySheets && !onlySheets.has(action.sheet)) continue;
      if (action.kind === 'table') {
        const work = rewrite.tables.get(action.name.toLowerCase());
        if (work?.kind === 'keep' || work?.kind === 'resize') {
          const table = context.workbook.tables.getItem(action.name);
          if (work.kind === 'resize') table.resize(target.range(action.sheet, action.range));
          table.style = action.style;
          continue;
        }
      }
      applyAction(target, action);
    }
    await sync();
    onProgress?.({ done: i + 1, total });
  }
}

interface CommitWork {
  /** Store the model copy (false when a failed commit already did). */
  part: boolean;
  sheets: OwnedSheet[];
  names: string[];
  parts: string[];
  journals: string[];
}

function queueCommit(context: Excel.RequestContext, xml: string, activate: string | null, work: CommitWork): void {
  const wb = context.workbook;
  if (work.part) wb.customXmlParts.add(xml);
  for (const s of work.sheets) {
    const ws = wb.worksheets.getItem(s.id);
    // Excel refuses to delete a VeryHidden sheet (office-js issue 365): make it Hidden first.
    if (s.visibility === 'VeryHidden') ws.visibility = 'Hidden';
    ws.delete();
  }
  for (const n of work.names) wb.names.getItem(n).delete();
  for (const id of work.parts) wb.customXmlParts.getItem(id).delete();
  for (const id of work.journals) wb.customXmlParts.getItem(id).delete();
  wb.application.calculate('Recalculate');
  if (activate) wb.worksheets.getItem(activate).activate();
}

function obsoleteNames(state: WorkbookState, rewrite: Rewrite): string[] {
  const kept = new Set(rewrite.record.names.map((n) => n.toLowerCase()));
  return state.budgetsimNames.filter((n) => !kept.has(n.name.toLowerCase())).map((n) => n.name);
}

function leftSheets(sheets: OwnedSheet[]): LeftBackup[] {
  return sheets.map((s) => ({ name: s.name, originalName: s.name, hidden: s.visibility !== 'Visible' }));
}

/** After a failed commit: finished from what is there now, or an error naming exactly what is left. */
async function recoverCommit(context: Excel.RequestContext, state: WorkbookState, rewrite: Rewrite, xml: string, activate: string | null, cause: unknown, sync: Sync): Promise<void> {
  let now: WorkbookState;
  try {
    now = await inspectWorkbook(context, sync);
  } catch {
    throw new WorkbookCleanupError(cause, leftSheets(rewrite.removed), obsoleteNames(state, rewrite), false);
  }
  const removed = new Set(rewrite.removed.map((s) => s.id));
  const work = (w: WorkbookState): CommitWork => ({
    part: !w.modelPartIds.some((id) => !state.modelPartIds.includes(id)),
    sheets: w.owned.filter((s) => removed.has(s.id)),
    names: obsoleteNames(w, rewrite),
    parts: w.modelPartIds.filter((id) => state.modelPartIds.includes(id)),
    journals: w.journalPartIds,
  });
  try {
    queueCommit(context, xml, activate, work(now));
    await sync();
  } catch (e) {
    try {
      const after = work(await inspectWorkbook(context, sync));
      throw new WorkbookCleanupError(e, leftSheets(after.sheets), after.names, true);
    } catch (x) {
      if (x instanceof WorkbookCleanupError) throw x;
      const left = work(now);
      throw new WorkbookCleanupError(e, leftSheets(left.sheets), left.names, false);
    }
  }
}

/** Writes (or rewrites) Budgetsim's sheets for the model in one Excel.run. */
export async function writeWorkbook(excel: ExcelRun, caps: Capabilities, model: Model, options: WriteOptions = {}): Promise<WriteReport> {
  // The simulation runs before Excel is asked for anything, so no request waits on it. A rollback
  // draws the previous write's Risk sheet again with the same runs, seed and date.
  const riskOptions: RiskSheetOptions = { ...options.risk, date: options.risk?.date ?? new Date() };
  const risk = riskForWorkbook(model, riskOptions);
  return runExcel(excel, caps, async (context) => {
    const { sync, count } = countingSync(context);
    let state: WorkbookState;
    try {
      state = await inspectWorkbook(context, sync);
    } catch (cause) {
      throw new WorkbookWriteError(cause);
    }
    const rewrite = planRewrite(model, state, {
      listValidations: caps.dataValidation,
      chartAxisNumberFormat: caps.chartAxisNumberFormat,
      pageLayout: caps.pageLayout,
      copyBands: caps.copyFrom,
      excelApi: caps.excelApi,
      tableResize: caps.tableResize,
      ...(options.maxChunkBytes !== undefined ? { maxChunkBytes: options.maxChunkBytes } : {}),
      ...(options.solved ? { solved: options.solved } : {}),
      ...(risk ? { risk } : {}),
    });
    checkNameClashes(state, rewrite);
    const xml = storedModelXml(model, rewrite.record, options.solved);
    const comparison = rewrite.targets[rewrite.desc.sheets.findIndex((s) => s.role === 'comparison')] ?? rewrite.targets[0];
    const activate = (comparison.existing?.visibility ?? 'Visible') === 'Visible' ? comparison.name : null;

    const target = new ActionTarget(context);
    let journalId = '';
    try {
      const journal = context.workbook.customXmlParts.add(journalXml(rewrite.record)).load('id');
      queuePrepare(context, caps, state, rewrite, target);
      await sync();
      journalId = journal.id;
      await runChunks(context, caps, rewrite, target, sync, options.onProgress);
    } catch (cause) {
      await rollBack(context, caps, state, rewrite, cause, sync, riskOptions);
    }
    try {
      queueCommit(context, xml, activate, {
        part: true,
        sheets: rewrite.removed,
        names: obsoleteNames(state, rewrite),
        parts: state.modelPartIds,
        journals: [...state.journalPartIds, journalId],
      });
      await sync();
    } catch (cause) {
      await recoverCommit(context, state, rewrite, xml, activate, cause, sync);
    }
    return {
      sheets: rewrite.desc.sheets.map((s) => s.name),
      keptUserSheets: keptUserSheets(model, rewrite, state),
      syncs: count(),
      chunks: rewrite.plan.chunks.length,
      skipped: rewrite.plan.skipped,
    };
  });
}
