/**
 * Undoing a write that failed before its commit, inside the same Excel.run. Budgetsim's sheets were
 * being rewritten in place, so undoing means writing the previous content back into the same sheets:
 *
 *   1. look at the workbook now; delete the sheets the write added;
 *   2. render the previous write again (the model, solver answers and record kept in the model copy)
 *      into the same worksheets, under the names the sheets had, in place;
 *   3. delete the names the write added, give the others back their formulas, delete the journal.
 *
 * The user's references into Budgetsim's sheets are never broken on the way: no sheet of Budgetsim's
 * is deleted or re-created, only renamed and back (Excel rewrites references to follow a rename).
 * A sheet of the previous write that the user had deleted is drawn again for the formulas that point
 * at it and deleted again, so those formulas are #REF! as they were. What cannot be restored is
 * Budgetsim's own: a chart or rule on its sheets is drawn again rather than kept (a new object), and
 * what the user typed into Budgetsim's input tables after the previous write, and not yet written,
 * is replaced by what that write put there. The Risk sheet is simulated again for the previous model
 * with this write's runs, seed and date (the model copy does not keep them), so it shows that
 * model's figures as this write would have shown them.
 *
 * If undoing fails, the error names exactly what is left (checked in the workbook when Excel still
 * answers); every sheet and name left is still known as Budgetsim's (the journal stays), so the next
 * write rewrites them.
 */
import { ActionTarget } from './apply';
import { Capabilities } from './capabilities';
import { LeftOver, WorkbookLeftChangedError, WorkbookWriteError } from './errors';
import { planRewrite, Rewrite } from './rewrite-plan';
import { riskForWorkbook, RiskSheetOptions } from '../workbook/layout/risk-sheet';
import { inspectWorkbook, WorkbookState } from './workbook-state';
import type { Sync } from './write';
import { queuePrepare, runChunks } from './write';

/** What is left, from the workbook as it is now. */
export function leftOver(state: WorkbookState, rewrite: Rewrite, now: WorkbookState, restored: boolean): LeftOver {
  const before = new Map(state.sheets.map((s) => [s.id, s]));
  const was = new Map(state.budgetsimNames.map((n) => [n.name.toLowerCase(), n.formula]));
  return {
    addedSheets: now.sheets.filter((s) => !before.has(s.id)).map((s) => s.name),
    backups: rewrite.targets
      .filter((t) => t.existing && now.sheets.some((s) => s.id === t.existing!.id))
      .map((t) => now.sheets.find((s) => s.id === t.existing!.id)!)
      .filter((s) => !restored || s.name !== before.get(s.id)!.name)
      .map((s) => ({ name: s.name, originalName: before.get(s.id)!.name, hidden: s.visibility !== 'Visible' })),
    missingNames: now.budgetsimNames
      .filter((n) => !was.has(n.name.toLowerCase()) || (was.get(n.name.toLowerCase()) !== n.formula && !was.get(n.name.toLowerCase())!.includes('#REF!')))
      .map((n) => n.name),
    verified: true,
  };
}

/** What may be left, from the write's own record, when Excel no longer answers. */
function possiblyLeft(state: WorkbookState, rewrite: Rewrite): LeftOver {
  return {
    addedSheets: rewrite.targets.filter((t) => !t.existing).map((t) => t.name),
    backups: rewrite.targets.filter((t) => t.existing).map((t) => ({ name: t.name, originalName: t.existing!.name, hidden: t.existing!.visibility !== 'Visible' })),
    missingNames: rewrite.names.map((n) => n.name).filter((n) => !state.budgetsimNames.some((x) => x.name.toLowerCase() === n.toLowerCase())),
    verified: false,
  };
}

/** The previous write, as it would be rendered now into the sheets that were there before this write. */
function previousWrite(state: WorkbookState, now: WorkbookState, caps: Capabilities, riskOptions: RiskSheetOptions): Rewrite {
  const original = new Set(state.sheets.map((s) => s.id));
  const kept = new Set(now.sheets.filter((s) => original.has(s.id)).map((s) => s.name));
  const before: WorkbookState = {
    ...now,
    sheets: now.sheets.filter((s) => original.has(s.id)),
    owned: now.owned.filter((s) => original.has(s.id)),
    tables: now.tables.filter((t) => kept.has(t.sheet)),
  };
  const stored = now.stored ?? state.stored;
  if (!stored) throw new Error("the workbook's model copy could not be read, so Budgetsim's earlier sheets cannot be written back");
  const risk = riskForWorkbook(stored.model, riskOptions);
  const previous = planRewrite(stored.model, before, {
    listValidations: caps.dataValidation,
    chartAxisNumberFormat: caps.chartAxisNumberFormat,
    pageLayout: caps.pageLayout,
    copyBands: caps.copyFrom,
    excelApi: caps.excelApi,
    tableResize: caps.tableResize,
    solved: new Map(stored.payload.solved ?? []),
    ...(risk ? { risk } : {}),
  });
  return { ...previous, removed: [], names: [] };
}

async function restore(context: Excel.RequestContext, caps: Capabilities, state: WorkbookState, rewrite: Rewrite, sync: Sync, riskOptions: RiskSheetOptions): Promise<void> {
  const wb = context.workbook;
  let now = await inspectWorkbook(context, sync);
  const original = new Set(state.sheets.map((s) => s.id));
  const visible = (s: { visibility: string }) => s.visibility === 'Visible';
  // The added sheets go (a visible one last, should nothing else be visible).
  const added = now.sheets.filter((s) => !original.has(s.id)).sort((a, b) => Number(visible(a)) - Number(visible(b)));
  for (const s of added) wb.worksheets.getItem(s.id).delete();

  if (rewrite.targets.some((t) => t.existing)) {
    const previous = previousWrite(state, now, caps, riskOptions);
    const target = new ActionTarget(context);
    queuePrepare(context, caps, { ...now, sheets: now.sheets.filter((s) => original.has(s.id)) }, previous, target);
    await sync();
    await runChunks(context, caps, previous, target, sync);
    // A sheet of the earlier write that the user had deleted was drawn again only so that the formulas
    // pointing at it are written as they were; deleted again, they become #REF! as they were.
    for (const t of previous.targets) if (!t.existing) wb.worksheets.getItem(t.name).delete();
    // Back to the names the sheets had (Excel rewrites every reference to follow).
    const names = new Map(state.sheets.map((s) => [s.id, s.name]));
    for (const t of previous.targets) {
      if (!t.existing) continue;
      const was = names.get(t.existing.id);
      if (was !== undefined && was !== t.name) wb.worksheets.getItem(t.existing.id).name = was;
    }
  }
  await sync();

  now = await inspectWorkbook(context, sync);
  const was = new Map(state.budgetsimNames.map((n) => [n.name.toLowerCase(), n]));
  for (const n of now.budgetsimNames) {
    const old = was.get(n.name.toLowerCase());
    if (!old) wb.names.getItem(n.name).delete();
    else if (old.formula !== n.formula && !old.formula.includes('#REF!')) wb.names.getItem(n.name).formula = old.formula;
  }
  for (const id of now.journalPartIds) if (!state.journalPartIds.includes(id)) wb.customXmlParts.getItem(id).delete();
  if (now.activeSheetId !== state.activeSheetId && now.sheets.some((s) => s.id === state.activeSheetId)) {
    wb.worksheets.getItem(state.activeSheetId).activate();
  }
  await sync();
}

/**
 * Undoes everything the write did and throws WorkbookWriteError (nothing changed), or
 * WorkbookLeftChangedError saying what is left when undoing fails.
 */
export async function rollBack(
  context: Excel.RequestContext,
  caps: Capabilities,
  state: WorkbookState,
  rewrite: Rewrite,
  cause: unknown,
  sync: Sync,
  riskOptions: RiskSheetOptions = {},
): Promise<never> {
  try {
    await restore(context, caps, state, rewrite, sync, riskOptions);
  } catch (undoCause) {
    let left: LeftOver;
    try {
      left = leftOver(state, rewrite, await inspectWorkbook(context, sync), false);
    } catch {
      left = possiblyLeft(state, rewrite);
    }
    throw new WorkbookLeftChangedError(cause, undoCause, left);
  }
  throw new WorkbookWriteError(cause);
}
