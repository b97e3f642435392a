/**
 * A scenario's levers: the surplus target, the frame mode, and per year the efficiency requirement,
 * the compensation share and the tax rate; for a version 2 model also the interest rate per year and,
 * for a scenario with investments, the investment volume. Typing updates the preview at once; leaving
 * a field shows its value the language's way. The solver's button sits with the levers it changes,
 * and for a version 2 model with the choice of lever and goal.
 */
import { SOLVER_GOALS, SOLVER_LEVERS, SolverGoal, SolverLever } from '../../engine/solver';
import { FrameMode, Model } from '../../engine/types';
import { fieldKey, fieldText, LeverField } from '../model/lever-fields';
import { hasInvestments, isVersion2, scenarioLevers, ScenarioLevers, scenarioDisplayName, YearLeverKey } from '../model/levers';
import { ViewContext } from './context';
import { h } from './dom';
import { button, field, section } from './controls';


export function fieldErrorText(ctx: ViewContext, key: string): string {
  const error = ctx.state.drafts.get(key)?.error;
  return error ? error(ctx.s, ctx.n) : '';
}

export function noteText(ctx: ViewContext, key: string): string {
  const draft = ctx.state.drafts.get(key);
  return draft && !draft.error && draft.note ? draft.note(ctx.s, ctx.n) : '';
}

function leverInput(ctx: ViewContext, levers: ScenarioLevers, f: LeverField, label: string, locked: boolean): HTMLInputElement {
  const key = fieldKey(f);
  const draft = ctx.state.drafts.get(key);
  const error = fieldErrorText(ctx, key);
  const id = fieldId(key);
  const input = field({
    id,
    class: 'number',
    inputmode: 'decimal',
    'data-key': key,
    'aria-label': locked ? `${label} (${ctx.s.revenueLocked})` : label,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': `${id}-error ${id}-note`,
    readonly: locked,
    'aria-readonly': locked ? 'true' : undefined,
    title: locked ? ctx.s.revenueLocked : undefined,
    value: draft ? draft.text : fieldText(levers, f, ctx.n),
  });
  if (!locked) {
    input.addEventListener('input', () => ctx.act.editLever(key, input.value, false));
    input.addEventListener('change', () => ctx.act.editLever(key, input.value, true));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') ctx.act.editLever(key, input.value, true);
    });
  }
  return input;
}

function fieldId(key: string): string {
  return `lever-${key.replace(/:/g, '-')}`;
}

/** A field's message, under the field and never beside it, so it cannot widen a column. */
function messages(ctx: ViewContext, key: string, label: string | null): HTMLElement[] {
  const id = fieldId(key);
  const error = fieldErrorText(ctx, key);
  const note = noteText(ctx, key);
  return [
    h(
      'p',
      { class: 'field-message', 'data-message-for': key, hidden: error === '' },
      label ? h('span', { class: 'field-message-label' }, `${label}: `) : null,
      h('span', { class: 'field-error', id: `${id}-error`, 'data-error-for': key, role: 'alert' }, error),
    ),
    h(
      'p',
      { class: 'field-message note', 'data-note-line-for': key, hidden: note === '' },
      label ? h('span', { class: 'field-message-label' }, `${label}: `) : null,
      h('span', { class: 'field-note', id: `${id}-note`, 'data-note-for': key }, note),
    ),
  ];
}

function targetRow(ctx: ViewContext, levers: ScenarioLevers): HTMLElement {
  const input = leverInput(ctx, levers, { kind: 'target' }, `${ctx.s.target} (%)`, false);
  return h(
    'div',
    { class: 'target-row' },
    h(
      'div',
      { class: 'form-row' },
      h('label', { for: 'lever-target' }, ctx.s.target),
      h('span', { class: 'with-suffix' }, input, h('span', { class: 'suffix', 'aria-hidden': 'true' }, ctx.s.percentSuffix)),
    ),
    ...messages(ctx, 'target', null),
  );
}

function frameModeGroup(ctx: ViewContext, levers: ScenarioLevers): HTMLElement {
  const options: [FrameMode, string][] = [
    ['uplift', ctx.s.frameModeUplift],
    ['revenue', ctx.s.frameModeRevenue],
  ];
  return h(
    'fieldset',
    { class: 'form-row radios' },
    h('legend', {}, ctx.s.frameMode),
    h(
      'div',
      { class: 'radio-options' },
      ...options.map(([mode, label]) => {
      const id = `frame-mode-${mode}`;
      const input = h('input', { type: 'radio', name: 'frame-mode', id, value: mode, 'data-key': id, checked: levers.frameMode === mode });
      input.addEventListener('change', () => ctx.act.setFrameMode(mode));
        return h('label', { for: id, class: 'radio' }, input, h('span', {}, label));
      }),
    ),
  );
}

/** Whether year t's later years already have its values, and what its button says; null for the last year. */
export function laterButtonState(ctx: ViewContext, levers: ScenarioLevers, t: number): { same: boolean; label: string } | null {
  const y = levers.years[t];
  const later = levers.years.slice(t + 1);
  if (later.length === 0) return null;
  const same = later.every((o) => o.efficiency === y.efficiency && o.compensation === y.compensation && o.taxRate === y.taxRate);
  return { same, label: same ? ctx.s.sameLaterNone(y.year) : ctx.s.sameLater(y.year, later[0].year, later[later.length - 1].year) };
}

function yearTable(ctx: ViewContext, levers: ScenarioLevers): HTMLElement {
  const revenue = levers.frameMode === 'revenue';
  const columns: [YearLeverKey, string, string, boolean][] = [
    ['efficiency', ctx.s.efficiencyShort, ctx.s.efficiency, revenue],
    ['compensation', ctx.s.compensationShort, ctx.s.compensation, revenue],
    ['taxRate', ctx.s.taxRateShort, ctx.s.taxRate, false],
  ];
  const plain = (text: string) => text.replace(/\u00ad/g, '');
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', class: 'year' }, ctx.s.year),
    ...columns.map(([key, short, full]) =>
      h('th', { scope: 'col', class: 'num', title: plain(full) }, h('span', { 'aria-hidden': 'true' }, short), h('span', { class: 'visually-hidden' }, plain(full)), key === 'taxRate' ? null : h('span', { class: 'unit' }, ` (${ctx.s.percentSuffix})`)),
    ),
    h('th', { scope: 'col', class: 'later' }, h('span', { class: 'visually-hidden' }, ctx.s.sameLaterColumn)),
  );
  const rows = levers.years.flatMap((y, t) => {
    const state = laterButtonState(ctx, levers, t);
    const laterButton =
      state === null
        ? null
        : h(
            'button',
            { type: 'button', class: 'later-button', 'data-key': `same-later-${y.year}`, 'aria-label': state.label, title: state.label, 'aria-disabled': state.same ? 'true' : undefined },
            h('span', { 'aria-hidden': 'true' }, '\u2193'),
          );
    laterButton?.addEventListener('click', () => ctx.act.sameForLater(y.year));
    const keys = columns.map(([key]) => fieldKey({ kind: 'year', year: y.year, key }));
    return [
      h(
        'tr',
        { 'data-year': y.year },
        h('th', { scope: 'row', class: 'year' }, String(y.year)),
        ...columns.map(([key, , full, locked]) =>
          h('td', { class: 'num' }, leverInput(ctx, levers, { kind: 'year', year: y.year, key }, ctx.s.inputFor(plain(full), y.year), locked)),
        ),
        h('td', { class: 'later' }, laterButton),
      ),
      h('tr', { class: 'messages', 'data-messages-for': y.year }, h('td', { colspan: 5 }, ...keys.flatMap((k, i) => messages(ctx, k, ctx.s.inputFor(plain(columns[i][2]), y.year))))),
    ];
  });
  return h('table', { class: 'grid levers-grid', 'data-test': 'levers' }, h('thead', {}, head), h('tbody', {}, ...rows));
}

/** The interest rate per year: the average rate on the net debt at the start of the year (version 2). */
function interestTable(ctx: ViewContext, levers: ScenarioLevers): HTMLElement {
  const label = ctx.s.interestRate;
  const rows = levers.years.flatMap((y) => {
    const key = fieldKey({ kind: 'year', year: y.year, key: 'interestRate' });
    return [
      h(
        'tr',
        { 'data-year': y.year },
        h('th', { scope: 'row', class: 'year' }, String(y.year)),
        h('td', { class: 'num' }, leverInput(ctx, levers, { kind: 'year', year: y.year, key: 'interestRate' }, ctx.s.inputFor(label, y.year), false)),
      ),
      h('tr', { class: 'messages', 'data-messages-for': `interest-${y.year}` }, h('td', { colspan: 2 }, ...messages(ctx, key, ctx.s.inputFor(label, y.year)))),
    ];
  });
  return h(
    'table',
    { class: 'grid levers-grid interest-grid', 'data-test': 'interest-levers' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'year' }, ctx.s.year), h('th', { scope: 'col', class: 'num' }, label, h('span', { class: 'unit' }, ` (${ctx.s.percentSuffix})`)))),
    h('tbody', {}, ...rows),
  );
}

/** Investment volume: a scenario's factor on every spend; the base has the investments as listed. */
function investmentScaleRow(ctx: ViewContext, model: Model, levers: ScenarioLevers, index: number): HTMLElement | null {
  if (!hasInvestments(model, index)) return null;
  if (levers.investmentScale === null) return h('p', { class: 'hint', 'data-test': 'investment-scale-base' }, ctx.s.investmentScaleBase);
  const input = leverInput(ctx, levers, { kind: 'investmentScale' }, `${ctx.s.investmentScale} (%)`, false);
  return h(
    'div',
    { class: 'target-row' },
    h(
      'div',
      { class: 'form-row' },
      h('label', { for: 'lever-investmentScale' }, ctx.s.investmentScale),
      h('span', { class: 'with-suffix' }, input, h('span', { class: 'suffix', 'aria-hidden': 'true' }, ctx.s.percentSuffix)),
    ),
    ...messages(ctx, 'investmentScale', null),
    h('p', { class: 'hint' }, ctx.s.investmentScaleHint),
  );
}

function financingLevers(ctx: ViewContext, model: Model, levers: ScenarioLevers, index: number): HTMLElement | null {
  if (!isVersion2(model)) return null;
  return h('div', { class: 'financing-levers', 'data-test': 'financing-levers' }, h('h3', {}, ctx.s.financingLevers), interestTable(ctx, levers), investmentScaleRow(ctx, model, levers, index));
}

function choice<T extends string>(ctx: ViewContext, key: string, label: string, values: readonly T[], names: Record<T, string>, chosen: T, onChange: (value: T) => void): HTMLElement {
  const select = h('select', { id: key, 'data-key': key }, ...values.map((v) => h('option', { value: v, selected: v === chosen }, names[v])));
  select.addEventListener('change', () => onChange((select as HTMLSelectElement).value as T));
  return h('div', { class: 'solve-choice' }, h('label', { for: key }, label), select);
}

function solveBlock(ctx: ViewContext, model: Model): HTMLElement {
  const message = ctx.state.solveMessage;
  const lines = message && message.scenario === ctx.state.selected ? message.text(ctx.s, ctx.n) : [];
  const v2 = isVersion2(model);
  const lever: SolverLever = v2 ? ctx.state.solveLever : 'efficiency';
  const goal: SolverGoal = v2 ? ctx.state.solveGoal : 'target';
  const plain = lever === 'efficiency' && goal === 'target';
  const choices = v2
    ? h(
        'div',
        { class: 'solve-choices' },
        choice(ctx, 'solve-lever', ctx.s.solveLever, SOLVER_LEVERS, ctx.s.solveLevers, lever, (v) => ctx.act.setSolveLever(v)),
        choice(ctx, 'solve-goal', ctx.s.solveGoal, SOLVER_GOALS, ctx.s.solveGoals, goal, (v) => ctx.act.setSolveGoal(v)),
      )
    : null;
  const ask = ctx.state.confirmSolve
    ? h(
        'div',
        { class: 'inline-form', role: 'group', 'aria-labelledby': 'solve-question', 'data-test': 'solve-confirm' },
        h('p', { id: 'solve-question' }, ctx.s.solveRevenueAsk),
        h(
          'div',
          { class: 'buttons' },
          button(ctx.s.solveSwitchAndSolve, { appearance: 'primary', key: 'solve-confirm', onClick: () => ctx.act.confirmSolve() }),
          button(ctx.s.cancel, { key: 'solve-cancel', onClick: () => ctx.act.cancelSolve() }),
        ),
      )
    : null;
  return h(
    'div',
    { class: 'solve' },
    choices,
    button(plain ? ctx.s.solve : ctx.s.solveFor(lever, goal), { key: 'solve', describedBy: 'solve-hint', onClick: () => ctx.act.solve() }),
    h('p', { class: 'hint', id: 'solve-hint' }, plain ? ctx.s.solveHint : ctx.s.solveHintFor(lever, goal)),
    ask,
    h('div', { role: 'status', class: 'solve-result', 'data-test': 'solve-result' }, ...lines.map((l) => h('p', {}, l))),
  );
}

export function leversView(ctx: ViewContext): HTMLElement {
  const model = ctx.state.model!;
  const index = ctx.state.selected;
  const levers = scenarioLevers(model, index);
  const name = scenarioDisplayName(model, index);
  return section(
    'levers',
    ctx.s.levers(name),
    targetRow(ctx, levers),
    frameModeGroup(ctx, levers),
    levers.frameMode === 'revenue' ? h('p', { class: 'hint' }, ctx.s.revenueModeNote) : null,
    yearTable(ctx, levers),
    h('p', { class: 'hint' }, ctx.s.taxRateNote),
    financingLevers(ctx, model, levers, index),
    solveBlock(ctx, model),
  );
}
