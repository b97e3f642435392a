/**
 * A scenario's levers: the surplus target, the frame mode, and per year the efficiency requirement,
 * the compensation share and the tax rate. Typing updates the preview at once; leaving a field
 * shows its value the language's way. The solver's button sits with the levers it changes.
 */
import { FrameMode } from '../../engine/types';
import { fieldKey, fieldText, LeverField } from '../model/lever-fields';
import { scenarioLevers, ScenarioLevers, scenarioAt, YearLeverKey } from '../model/levers';
import { ViewContext } from './context';
import { h } from './dom';
import { button, field, section } from './controls';

export function fieldErrorText(ctx: ViewContext, key: string): string {
  const error = ctx.state.drafts.get(key)?.error;
  return error ? error(ctx.s, ctx.n) : '';
}

function leverInput(ctx: ViewContext, levers: ScenarioLevers, f: LeverField, label: string, suffix: string | null): HTMLElement {
  const key = fieldKey(f);
  const draft = ctx.state.drafts.get(key);
  const error = fieldErrorText(ctx, key);
  const id = `lever-${key.replace(/:/g, '-')}`;
  const input = field({
    id,
    class: 'number',
    inputmode: 'decimal',
    'data-key': key,
    'aria-label': label,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': `${id}-error`,
    value: draft ? draft.text : fieldText(levers, f, ctx.n),
  });
  input.addEventListener('input', () => ctx.act.editLever(key, input.value, false));
  input.addEventListener('change', () => ctx.act.editLever(key, input.value, true));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') ctx.act.editLever(key, input.value, true);
  });
  const message = h('span', { class: 'field-error', id: `${id}-error`, 'data-error-for': key, role: 'alert', hidden: error === '' }, error);
  return h('span', { class: 'lever' }, h('span', { class: 'with-suffix' }, input, suffix ? h('span', { class: 'suffix', 'aria-hidden': 'true' }, suffix) : null), message);
}

function targetRow(ctx: ViewContext, levers: ScenarioLevers): HTMLElement {
  const input = leverInput(ctx, levers, { kind: 'target' }, `${ctx.s.target} (%)`, ctx.s.percentSuffix);
  return h('div', { class: 'form-row' }, h('label', { for: 'lever-target' }, ctx.s.target), input);
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

function yearTable(ctx: ViewContext, levers: ScenarioLevers): HTMLElement {
  const columns: [YearLeverKey, string, string | null][] = [
    ['efficiency', ctx.s.efficiency, ctx.s.percentSuffix],
    ['compensation', ctx.s.compensation, ctx.s.percentSuffix],
    ['taxRate', ctx.s.taxRate, null],
  ];
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, ctx.s.year),
    ...columns.map(([, label, suffix]) => h('th', { scope: 'col', class: 'num' }, label, suffix ? h('span', { class: 'unit' }, ` (${suffix})`) : null)),
  );
  const rows = levers.years.map((y) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, String(y.year)),
      ...columns.map(([key, label]) =>
        h('td', { class: 'num' }, leverInput(ctx, levers, { kind: 'year', year: y.year, key }, ctx.s.inputFor(label.replace(/\u00ad/g, ''), y.year), null)),
      ),
    ),
  );
  return h('table', { class: 'grid levers-grid', 'data-test': 'levers' }, h('thead', {}, head), h('tbody', {}, ...rows));
}

function solveBlock(ctx: ViewContext): HTMLElement {
  const message = ctx.state.solveMessage;
  const lines = message && message.scenario === ctx.state.selected ? message.text(ctx.s, ctx.n) : [];
  return h(
    'div',
    { class: 'solve' },
    button(ctx.s.solve, { key: 'solve', describedBy: 'solve-hint', onClick: () => ctx.act.solve() }),
    h('p', { class: 'hint', id: 'solve-hint' }, ctx.s.solveHint),
    h('div', { role: 'status', class: 'solve-result', 'data-test': 'solve-result' }, ...lines.map((l) => h('p', {}, l))),
  );
}

export function leversView(ctx: ViewContext): HTMLElement {
  const model = ctx.state.model!;
  const index = ctx.state.selected;
  const levers = scenarioLevers(model, index);
  const name = index === 0 ? ctx.s.baseName : scenarioAt(model, index).name;
  return section(
    'levers',
    ctx.s.levers(name),
    targetRow(ctx, levers),
    frameModeGroup(ctx, levers),
    levers.frameMode === 'revenue' ? h('p', { class: 'hint' }, ctx.s.revenueModeNote) : null,
    yearTable(ctx, levers),
    solveBlock(ctx),
  );
}

