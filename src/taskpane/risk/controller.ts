/**
 * Keeps the Risk card up to date: after every change to the pane's state it asks for the analysis
 * of the scenario being edited when the model or the scenario changed, lightly debounced, newest
 * request winning; answers are drawn into the card in place. And the card's sd levers: a value the
 * model file accepts goes into the model's uncertainty block (undoable, written with the workbook),
 * a refused one says why under its field.
 */
import type { RiskResult } from '../../engine/risk';
import { problemMessage } from '../../model-file/problems';
import { PaneCore } from '../core';
import { checkModel } from '../model/checked';
import { scenarioCount } from '../model/levers';
import { Strings } from '../i18n/strings';
import { ViewContext } from '../view/context';
import { sdKey, showRiskField, showRiskResults } from '../view/risk-view';
import { RiskCompute } from './compute';
import { Latest, Outcome } from './latest';
import { requestKey, riskRequest, RiskRequest } from './request';
import { hasUncertainty, isRiskLeverInput, readSd, riskLevers, sdText, withRiskSd } from './settings';

/** Light: a burst of keystrokes asks once, and 2 000 runs of the example still show within 300 ms. */
export const RISK_DEBOUNCE_MS = 40;

interface Job {
  key: string;
  request: RiskRequest;
}

export class RiskController {
  private readonly latest: Latest<Job, { key: string; result: RiskResult }>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private seenModel: unknown = null;
  private seenSelected = -1;
  private seenLang = '';
  /** The model this controller's own lever edit put in the state: its drafts belong to it. */
  private ownModel: unknown = null;

  constructor(
    private readonly core: PaneCore,
    private readonly root: HTMLElement,
    private readonly context: () => ViewContext,
    compute: RiskCompute,
  ) {
    this.latest = new Latest(
      async (job) => ({ key: job.key, result: await compute(job.request) }),
      (_ticket, outcome) => this.answered(outcome),
    );
  }

  /** Called after every state change. */
  follow(): void {
    const state = this.core.state;
    const model = state.model;
    if (state.phase !== 'editor' || !model || !hasUncertainty(model) || state.selected >= scenarioCount(model)) {
      this.cancel();
      return;
    }
    if (model === this.seenModel && state.selected === this.seenSelected && state.lang === this.seenLang) return;
    // Texts typed into the levers belong to the model they were typed on: an undo, a read or a
    // language switch shows the model's own values again.
    const foreign = (model !== this.seenModel && model !== this.ownModel) || state.lang !== this.seenLang;
    this.seenModel = model;
    this.seenSelected = state.selected;
    this.seenLang = state.lang;
    if (foreign && state.risk.drafts.size > 0) {
      state.risk.drafts.clear();
      this.core.view.renderSections(['risk']);
    }
    const request = riskRequest(model, state.selected);
    const key = requestKey(request);
    if (key === state.risk.asked) return;
    state.risk.asked = key;
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.latest.submit({ key, request });
    }, RISK_DEBOUNCE_MS);
    this.show();
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private answered(outcome: Outcome<{ key: string; result: RiskResult }>): void {
    const risk = this.core.state.risk;
    risk.answers++;
    if (outcome.ok) {
      risk.result = outcome.value.result;
      risk.answered = outcome.value.key;
      risk.failed = null;
    } else {
      risk.answered = risk.asked;
      risk.failed = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    }
    this.show();
  }

  private show(): void {
    showRiskResults(this.root, this.context());
  }

  /** An sd lever's text as typed; `commit` when the field is left or Enter is pressed. */
  editSd(input: string, text: string, commit: boolean): void {
    const core = this.core;
    if (!isRiskLeverInput(input) || !core.state.model) return;
    const drafts = core.state.risk.drafts;
    const reading = readSd(text, core.numbers);
    if (!reading.ok) {
      drafts.set(input, { text, error: reading.reason === 'negative' ? (s) => s.riskSdNegative : (s) => s.notANumber });
      showRiskField(this.root, this.context(), input);
      this.show();
      return;
    }
    const before = core.model;
    const checked = checkModel(withRiskSd(before, input, reading.sd));
    if (!checked.ok) {
      const problems = checked.problems;
      drafts.set(input, { text, error: (s, n) => s.refusedByModel(problems.map((p) => problemMessage(p, n.lang)).join('; ')) });
      showRiskField(this.root, this.context(), input);
      this.show();
      return;
    }
    const key = sdKey(input);
    const index = core.state.selected;
    if (JSON.stringify(checked.model.uncertainty) !== JSON.stringify(before.uncertainty)) {
      const top = core.state.undo[core.state.undo.length - 1];
      if (!(top && top.field === key)) {
        const what = (s: Strings) => s.undoRiskSd(s.riskInputs[input]);
        core.state.undo = [...core.state.undo.slice(-19), { model: before, selected: index, solved: new Map(core.state.solved), what, field: key }];
      }
      core.clearWrittenNotice();
      core.clearActionNotice();
      core.state.model = checked.model;
      this.ownModel = checked.model;
    }
    if (commit) {
      drafts.delete(input);
      // The field's change is complete: the next keystroke in it is a new change to undo.
      const top = core.state.undo[core.state.undo.length - 1];
      if (top && top.field === key) core.state.undo = [...core.state.undo.slice(0, -1), { ...top, field: null }];
    } else drafts.set(input, { text, error: null });
    const shown = riskLevers(core.model).find((l) => l.input === input)!;
    showRiskField(this.root, this.context(), input, commit ? sdText(shown.sd, core.numbers) : undefined);
    // The card itself is not redrawn (that would take the field being typed in); its figures follow.
    core.update({}, ['scenarios', 'workbook', 'undo']);
    this.show();
  }

}
