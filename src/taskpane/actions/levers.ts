/**
 * The lever actions: typed values update the preview at once when the model file accepts them,
 * refused ones say why in place; the frame mode; and the solver's answer put into the scenario.
 */
import { FrameMode } from '../../engine/types';
import { Problem, problemMessage } from '../../model-file/problems';
import { PaneCore } from '../core';
import { checkModel } from '../model/checked';
import { fieldText, parseFieldKey, readField } from '../model/lever-fields';
import { applyLever, LeverEdit, scenarioAt, scenarioLevers } from '../model/levers';
import { solveScenario } from '../model/solve';
import { Localized } from '../state';

/** Applies a lever edit if the model file accepts the result; returns the parser's problems otherwise. */
function tryLever(core: PaneCore, edit: LeverEdit): Problem[] | null {
  const index = core.state.selected;
  const candidate = applyLever(core.model, index, edit);
  const checked = checkModel(candidate);
  if (!checked.ok) return checked.problems;
  // An answer the solver gave no longer holds for changed levers (for any scenario, when the base changed).
  const solved = new Map(core.state.solved);
  if (index === 0) solved.clear();
  else solved.delete(scenarioAt(candidate, index).name);
  core.clearWrittenNotice();
  Object.assign(core.state, { model: checked.model, solved, solveMessage: null });
  return null;
}

/** A lever field's text as typed; `commit` when the field is left or Enter is pressed. */
export function editLever(core: PaneCore, key: string, text: string, commit: boolean): void {
  const field = parseFieldKey(key);
  if (!field || !core.state.model) return;
  const reading = readField(field, text, core.numbers);
  const drafts = core.state.drafts;
  if (!reading.ok) {
    drafts.set(key, { text, error: reading.reason === 'notANumber' ? (s) => s.notANumber : (s) => s.outOfRange[reading.range] });
    core.view.showFieldError(key);
    return;
  }
  const refusal = tryLever(core, reading.edit);
  if (refusal !== null) {
    drafts.set(key, { text, error: (s, n) => s.refusedByModel(refusal.map((p) => problemMessage(p, n.lang)).join('; ')) });
    core.view.showFieldError(key);
    return;
  }
  if (commit) drafts.delete(key);
  else drafts.set(key, { text, error: null });
  core.view.showFieldError(key);
  if (commit) core.view.showFieldValue(key, fieldText(scenarioLevers(core.model, core.state.selected), field, core.numbers));
  core.update({}, ['preview', 'workbook']);
}

export function setFrameMode(core: PaneCore, mode: FrameMode): void {
  if (tryLever(core, { kind: 'frameMode', value: mode }) === null) core.update({}, ['levers', 'preview', 'workbook']);
}

export function solve(core: PaneCore): void {
  const index = core.state.selected;
  const outcome = solveScenario(core.model, index);
  const solved = new Map(core.state.solved);
  solved.set(scenarioAt(core.model, index).name, outcome.efficiency);
  const e = outcome.efficiency;
  const text: Localized<string[]> =
    e === null ? (s) => [s.solveNone] : (s, n) => [s.solved(n.percent(e, 2)), ...(outcome.switchedToUplift ? [s.solvedSwitched] : [])];
  core.setModel(outcome.model, { solved, drafts: new Map(), solveMessage: { scenario: index, text } });
  core.view.focus('solve');
}
