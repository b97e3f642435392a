/**
 * A scenario's levers: the surplus target, the frame mode, and per year the efficiency requirement,
 * the compensation share and the tax rate. Typing updates the preview at once; leaving a field
 * shows its value the language's way. The solver's button sits with the levers it changes.
 */
import { FrameMode } from '../../engine/types';
import { fieldKey, fieldText, LeverField } from '../model/lever-fields';
import { scenarioLevers, ScenarioLevers, scenarioDisplayName, YearLeverKey } from '../model/levers';
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

function solveBlock(ctx: ViewContext): HTMLElement {
  const message = ctx.state.solveMessage;
  const lines = message && message.scenario === ctx.state.selected ? message.text(ctx.s, ctx.n) : [];
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
    button(ctx.s.solve, { key: 'solve', describedBy: 'solve-hint', onClick: () => ctx.act.solve() }),
    h('p', { class: 'hint', id: 'solve-hint' }, ctx.s.solveHint),
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
    solveBlock(ctx),
  );
}

