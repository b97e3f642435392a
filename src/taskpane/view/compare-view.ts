/**
 * Any two scenarios compared: per year the difference (A minus B) in result, rolling share and
 * the committees' frames in total, and per committee the difference in frame in the year chosen
 * for the frames.
 */
import { compareScenarios } from '../model/compare';
import { scenarioCount, scenarioDisplayName } from '../model/levers';
import { ViewContext } from './context';
import { h } from './dom';
import { section } from './controls';

function nameOf(ctx: ViewContext, index: number): string {
  return scenarioDisplayName(ctx.state.model!, index);
}

function chooser(ctx: ViewContext, which: 0 | 1, label: string): HTMLElement {
  const count = scenarioCount(ctx.state.model!);
  const current = Math.min(ctx.state.compare[which], count - 1);
  const id = `compare-${which === 0 ? 'a' : 'b'}`;
  const select = h(
    'select',
    { id, 'data-key': id },
    ...Array.from({ length: count }, (_, i) => h('option', { value: String(i), selected: i === current }, nameOf(ctx, i))),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => ctx.act.setCompare(which, Number(select.value)));
  return h('div', { class: 'compare-choice' }, h('label', { for: id }, label), select);
}

function signed(text: string, value: number): string {
  return value > 0 && !text.startsWith('+') ? `+${text}` : text;
}

export function compareView(ctx: ViewContext): HTMLElement {
  const { s, n, state } = ctx;
  const model = state.model!;
  const count = scenarioCount(model);
  const a = Math.min(state.compare[0], count - 1);
  const b = Math.min(state.compare[1], count - 1);
  const choosers = h('div', { class: 'compare-choosers' }, chooser(ctx, 0, s.compareA), chooser(ctx, 1, s.compareB));
  if (a === b) return section('compare', s.compareTitle, choosers, h('p', { class: 'hint', 'data-test': 'compare-same' }, s.compareSame));
  const c = compareScenarios(model, a, b);
  const unit = n.unitName(model.unit);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, s.year),
    h('th', { scope: 'col', class: 'num' }, s.resultDiff(unit)),
    h('th', { scope: 'col', class: 'num' }, s.rollingDiff),
    h('th', { scope: 'col', class: 'num' }, s.framesDiff(unit)),
  );
  const rows = c.years.map((y) =>
    h(
      'tr',
      { 'data-year': y.year },
      h('th', { scope: 'row' }, String(y.year)),
      h('td', { class: 'num', 'data-test': 'diff-result' }, signed(n.amount(y.result, model.unit), y.result)),
      h('td', { class: 'num', 'data-test': 'diff-rolling' }, signed(n.decimal(y.rollingShare * 100, 2), y.rollingShare)),
      h('td', { class: 'num', 'data-test': 'diff-frames' }, signed(n.amount(y.frames, model.unit), y.frames)),
    ),
  );
  const years = c.years.map((y) => y.year);
  const year = state.framesYear !== null && years.includes(state.framesYear) ? state.framesYear : years[years.length - 1];
  const t = years.indexOf(year);
  const committees = h(
    'table',
    { class: 'grid compare-committees', 'data-test': 'compare-committees' },
    h('caption', {}, s.committeeDiff(year, unit)),
    h('tbody', {}, ...c.committees.map((k) => h('tr', {}, h('th', { scope: 'row', class: 'committee' }, k.name), h('td', { class: 'num' }, signed(n.amount(k.frame[t], model.unit), k.frame[t]))))),
  );
  return section(
    'compare',
    s.compareTitle,
    choosers,
    h('p', { class: 'hint' }, s.compareIntro(nameOf(ctx, a), nameOf(ctx, b))),
    h('table', { class: 'grid compare', 'data-test': 'compare-table' }, h('thead', {}, head), h('tbody', {}, ...rows)),
    committees,
  );
}
