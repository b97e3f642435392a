/**
 * The lever actions: typed values update the preview at once when the model file accepts them,
 * refused ones say why in place (and keep the pane from writing); a tax rate carries to the later
 * years that had the same rate; a year's levers copied to the later years; the frame mode; the
 * solver's answer put into the scenario (asking first when that switches a revenue-driven
 * scenario to uplift); and undo of the last change to a scenario.
 */
import { FrameMode, Model } from '../../engine/types';
import { SolverGoal, SolverLever } from '../../engine/solver';
import { Problem, problemMessage } from '../../model-file/problems';
import { PaneCore } from '../core';
import { checkModel } from '../model/checked';
import { fieldText, isPercentField, LeverField, parseFieldKey, RangeName, readField } from '../model/lever-fields';
import { applyTaxRate, laterYearsDiffering, sameForLaterYears } from '../model/later-years';
import { applyLever, LeverEdit, scenarioAt, scenarioDisplayName, scenarioLevers } from '../model/levers';
import { shownTaxChange, solveScenario, SolveOutcome } from '../model/solve';
import { verdict } from '../model/verdict';
import { runScenario } from '../../engine/run';
import { Localized } from '../state';
import { Strings } from '../i18n/strings';

function scenarioLabel(core: PaneCore, index: number): (s: Strings) => string {
  const name = scenarioDisplayName(core.model, index);
  return () => name;
}

/** Takes `candidate` if the model file accepts it; returns the parser's problems otherwise. */
function tryModel(core: PaneCore, candidate: Model): Problem[] | null {
  const index = core.state.selected;
  const checked = checkModel(candidate);
  if (!checked.ok) return checked.problems;
  // An answer the solver gave no longer holds for changed levers (for any scenario, when the base changed).
  const solved = new Map(core.state.solved);
  if (index === 0) solved.clear();
  else solved.delete(scenarioAt(candidate, index).name);
  core.clearWrittenNotice();
  core.clearActionNotice();
  Object.assign(core.state, { model: checked.model, solved, solveMessage: null, confirmSolve: false });
  return null;
}

function tryLever(core: PaneCore, edit: LeverEdit): Problem[] | null {
  return tryModel(core, applyLever(core.model, core.state.selected, edit));
}

/**
 * "0,015" in a % field is 0,015 %; a finance officer used to fractions may have meant 1,5 %. An
 * investment volume is near 100 %, so there "0,8" (0,8 %) is most likely 80 % written as a fraction.
 */
function smallPercentNote(core: PaneCore, text: string, value: number, below = 0.001): Localized<string> | null {
  if (/%\s*$/.test(text) || value === 0 || Math.abs(value) >= below) return null;
  const typed = text.trim();
  const meant = core.numbers.percentInput(value * 100);
  return (s) => s.smallPercentNote(typed, meant);
}

const LEVER_LABEL: Record<RangeName, (s: Strings) => string> = {
  target: (s) => s.target,
  efficiency: (s) => s.efficiency.replace(/\u00ad/g, ''),
  compensation: (s) => s.compensation,
  taxRate: (s) => s.taxRate,
  interestRate: (s) => s.interestRate,
  investmentScale: (s) => s.investmentScale,
};

function rangeMessage(s: Strings, range: RangeName): string {
  return range === 'interestRate' || range === 'investmentScale' ? s.leverRangeV2[range] : s.outOfRange[range];
}

function leverOf(field: LeverField): RangeName {
  return field.kind === 'year' ? field.key : field.kind;
}

/** A lever field's text as typed; `commit` when the field is left or Enter is pressed. */
export function editLever(core: PaneCore, key: string, text: string, commit: boolean): void {
  const field = parseFieldKey(key);
  if (!field || !core.state.model) return;
  const drafts = core.state.drafts;
  const index = core.state.selected;
  const emptyTax = field.kind === 'year' && field.key === 'taxRate' && text.trim() === '';
  const reading = emptyTax ? null : readField(field, text, core.numbers);
  if (reading && !reading.ok) {
    drafts.set(key, { text, error: reading.reason === 'notANumber' ? (s) => s.notANumber : (s) => rangeMessage(s, reading.range) });
    core.view.showFieldError(key);
    core.update({}, ['preview', 'workbook']);
    return;
  }
  const before = core.model;
  const candidate =
    field.kind === 'year' && field.key === 'taxRate'
      ? applyTaxRate(before, index, field.year, reading?.ok && reading.edit.kind === 'year' ? reading.edit.value : undefined)
      : applyLever(before, index, reading!.ok ? reading!.edit : { kind: 'target', value: 0 });
  const label = scenarioLabel(core, index);
  const lever = LEVER_LABEL[leverOf(field)];
  const year = field.kind === 'year' ? field.year : null;
  const undoEntry = { model: before, selected: index, solved: new Map(core.state.solved) };
  const refusal = tryModel(core, candidate);
  if (refusal !== null) {
    drafts.set(key, { text, error: (s, n) => s.refusedByModel(refusal.map((p) => problemMessage(p, n.lang)).join('; ')) });
    core.view.showFieldError(key);
    core.update({}, ['preview', 'workbook']);
    return;
  }
  if (core.model !== before && JSON.stringify(core.model) !== JSON.stringify(before)) {
    const top = core.state.undo[core.state.undo.length - 1];
    if (!(top && top.field === key && top.selected === index)) {
      core.state.undo = [...core.state.undo.slice(-19), { ...undoEntry, what: (s) => s.undoLever(lever(s), year, label(s)), field: key }];
    }
  }
  const value = reading?.ok ? (reading.edit as { value: number }).value : undefined;
  const note = value !== undefined && isPercentField(field) ? smallPercentNote(core, text, value, field.kind === 'investmentScale' ? 0.05 : 0.001) : null;
  if (commit) {
    if (note) drafts.set(key, { text: fieldText(scenarioLevers(core.model, index), field, core.numbers), error: null, note });
    else drafts.delete(key);
    // The field's change is complete: the next keystroke in it is a new change to undo.
    const top = core.state.undo[core.state.undo.length - 1];
    if (top && top.field === key) core.state.undo = [...core.state.undo.slice(0, -1), { ...top, field: null }];
  } else drafts.set(key, { text, error: null, note });
  core.view.showFieldError(key);
  if (commit) core.view.showFieldValue(key, fieldText(scenarioLevers(core.model, index), field, core.numbers));
  // A tax rate carried to later years shows there at once, without redrawing the field being typed in.
  if (field.kind === 'year' && field.key === 'taxRate') {
    for (const y of scenarioLevers(core.model, index).years) {
      const k = `year:${y.year}:taxRate`;
      if (k !== key && !drafts.has(k)) core.view.showFieldValue(k, fieldText(scenarioLevers(core.model, index), { kind: 'year', year: y.year, key: 'taxRate' }, core.numbers));
    }
  }
  // The lever rows are not redrawn (that would take the field being typed in, or just clicked);
  // their "same values for later years" buttons follow in place.
  core.view.showLaterButtons();
  core.update({}, ['scenarios', 'preview', 'compare', 'workbook', 'undo']);
}

export function sameForLater(core: PaneCore, year: number): void {
  const index = core.state.selected;
  const later = laterYearsDiffering(core.model, index, year);
  if (later.length === 0) return;
  const before = core.model;
  const label = scenarioLabel(core, index);
  const entry = { model: before, selected: index, solved: new Map(core.state.solved), what: (s: Strings) => s.undoSameLater(year, label(s)), field: null };
  if (tryModel(core, sameForLaterYears(before, index, year)) !== null) return;
  const years = scenarioLevers(core.model, index).years.map((y) => y.year).filter((y) => y > year);
  core.state.undo = [...core.state.undo.slice(-19), entry];
  for (const y of years) for (const k of ['efficiency', 'compensation', 'taxRate']) core.state.drafts.delete(`year:${y}:${k}`);
  core.update({ notice: (s) => ({ tone: 'success', title: s.sameLaterDone(year, years[0], years[years.length - 1]), lines: [] }) });
  core.view.focus(`same-later-${year}`);
}

export function setFrameMode(core: PaneCore, mode: FrameMode): void {
  const index = core.state.selected;
  const before = core.model;
  const label = scenarioLabel(core, index);
  if (tryLever(core, { kind: 'frameMode', value: mode }) === null) {
    core.state.undo = [...core.state.undo.slice(-19), { model: before, selected: index, solved: new Map(core.state.solved), what: (s) => s.undoFrameMode(label(s)), field: null }];
    core.update({}, ['scenarios', 'levers', 'preview', 'compare', 'workbook']);
  }
}

/** What the solver did, in words: what was solved and for which goal, or that nothing in range meets it. */
function solveText(core: PaneCore, outcome: SolveOutcome, index: number): Localized<string[]> {
  const { lever, goal, value } = outcome;
  if (value === null) {
    if (lever === 'efficiency' && goal === 'target') return (s) => [s.solveNone];
    return (s) => [s.solveNoneFor(lever, goal)];
  }
  if (lever === 'taxRate') {
    const shown = shownTaxChange(value);
    return (s, n) => {
      const amount = `${n.decimal(Math.abs(shown), 2)}\u00a0kr`;
      return [shown < 0 ? s.solvedTaxLower(goal, amount) : s.solvedTaxRaise(goal, amount)];
    };
  }
  const switched = (s: Strings) => (outcome.switchedToUplift ? [s.solvedSwitched] : []);
  if (goal !== 'target') return (s, n) => [s.solvedEfficiencyFor(goal, n.percent(value, 2)), ...switched(s)];
  // The message names the years the rule counts, as the summary and the table do.
  const r = runScenario(outcome.model, scenarioAt(outcome.model, index));
  const v = verdict(r);
  const allCounted = v.uncounted.length === 0;
  const first = r.years[v.counted[0]];
  const last = r.years[v.counted[v.counted.length - 1]];
  const range = first === last ? String(first) : `${first}–${last}`;
  return (s, n) => [s.solvedFor(n.percent(value, 2), allCounted ? s.allYears(r.years.length) : s.completeYears(range)), ...switched(s)];
}

/** The lever and goal the solver uses: a version 1 model has only version 1's (the requirement for the target). */
function solverChoice(core: PaneCore): { lever: SolverLever; goal: SolverGoal } {
  if (core.model.schemaVersion !== 2) return { lever: 'efficiency', goal: 'target' };
  return { lever: core.state.solveLever, goal: core.state.solveGoal };
}

function runSolver(core: PaneCore): void {
  const index = core.state.selected;
  const before = core.model;
  const label = scenarioLabel(core, index);
  const { lever, goal } = solverChoice(core);
  const outcome = solveScenario(before, index, lever, goal);
  // The workbook notes the requirement that meets the target (its label says so); any other answer
  // changes the scenario's levers, so an earlier note of that kind no longer holds.
  const solved = new Map(core.state.solved);
  const name = scenarioAt(before, index).name;
  if (lever === 'efficiency' && goal === 'target') solved.set(name, outcome.efficiency);
  else if (outcome.value !== null) {
    if (index === 0) solved.clear();
    else solved.delete(name);
  }
  const text = solveText(core, outcome, index);
  const what = lever === 'taxRate' ? (s: Strings) => s.undoSolveTax(label(s)) : (s: Strings) => s.undoSolve(label(s));
  const undo = outcome.value === null ? core.state.undo : [...core.state.undo.slice(-19), { model: before, selected: index, solved: new Map(core.state.solved), what, field: null }];
  core.setModel(outcome.model, { solved, drafts: new Map(), solveMessage: { scenario: index, text }, confirmSolve: false, undo });
  core.view.focus('solve');
}

/** The solver, for a revenue-driven scenario and the requirement only once the user agrees to switch it to uplift. */
export function solve(core: PaneCore): void {
  if (solverChoice(core).lever === 'efficiency' && scenarioLevers(core.model, core.state.selected).frameMode === 'revenue') {
    core.update({ confirmSolve: true, solveMessage: null }, ['levers']);
    core.view.focus('solve-confirm');
    return;
  }
  runSolver(core);
}

export function setSolveLever(core: PaneCore, lever: SolverLever): void {
  core.update({ solveLever: lever, confirmSolve: false }, ['levers']);
}

export function setSolveGoal(core: PaneCore, goal: SolverGoal): void {
  core.update({ solveGoal: goal, confirmSolve: false }, ['levers']);
}

export function confirmSolve(core: PaneCore): void {
  if (core.state.confirmSolve) runSolver(core);
}

export function cancelSolve(core: PaneCore): void {
  core.update({ confirmSolve: false }, ['levers']);
  core.view.focus('solve');
}

/** Goes back to the model before the last change to a scenario. */
export function undo(core: PaneCore): void {
  const entry = core.state.undo[core.state.undo.length - 1];
  if (!entry) return;
  const what = entry.what;
  core.update({
    model: entry.model,
    selected: entry.selected,
    solved: entry.solved,
    undo: core.state.undo.slice(0, -1),
    drafts: new Map(),
    solveMessage: null,
    confirmSolve: false,
    form: null,
    notice: (s, n) => ({ tone: 'info', title: s.undone(what(s, n)), lines: [] }),
  });
  core.view.focus(core.state.undo.length ? 'undo' : 'solve');
}
