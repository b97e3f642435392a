/**
 * The preview of the scenario being edited, computed in the pane by the engine: whether the target
 * is met, a small chart, per year the result, the rolling result, target met and room, and the
 * committees' frames.
 */
import { runScenario } from '../../engine/run';
import { ScenarioResult, Unit } from '../../engine/types';
import { scenarioAt } from '../model/levers';
import { ViewContext } from './context';
import { h } from './dom';
import { chart } from './chart';
import { section } from './controls';

function yearsTable(ctx: ViewContext, r: ScenarioResult, unit: Unit): HTMLElement {
  const { s, n } = ctx;
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, s.year),
    h('th', { scope: 'col', class: 'num' }, s.resultShare),
    h('th', { scope: 'col', class: 'num' }, s.rollingShare),
    h('th', { scope: 'col', class: 'num' }, s.targetMet),
    h('th', { scope: 'col', class: 'num' }, s.room(n.unitName(unit))),
  );
  const rows = r.years.map((year, t) =>
    h(
      'tr',
      { 'data-year': year },
      h('th', { scope: 'row' }, String(year)),
      h('td', { class: 'num', 'data-test': 'result-share' }, n.percent(r.resultShare[t])),
      h('td', { class: 'num', 'data-test': 'rolling-share' }, n.percent(r.rollingShare[t]), r.rollingComplete[t] ? '' : s.incompleteMark),
      h(
        'td',
        { class: `num ${r.targetMet[t] ? 'good' : 'bad'}`, 'data-test': 'target-met' },
        h('span', { 'aria-hidden': 'true' }, r.targetMet[t] ? '✓ ' : '✗ '),
        r.targetMet[t] ? s.yes : s.no,
      ),
      h('td', { class: 'num', 'data-test': 'room' }, n.amount(r.room[t], unit)),
    ),
  );
  return h('table', { class: 'grid', 'data-test': 'preview-table' }, h('thead', {}, head), h('tbody', {}, ...rows));
}

function framesTable(ctx: ViewContext, r: ScenarioResult, unit: Unit): HTMLElement {
  const { s, n } = ctx;
  const last = r.years.length - 1;
  const columns = last > 0 ? [0, last] : [0];
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, s.committee),
    ...columns.map((t) => h('th', { scope: 'col', class: 'num' }, s.frameIn(r.years[t]))),
  );
  const rows = r.committees.map((c) =>
    h('tr', {}, h('th', { scope: 'row', class: 'committee', 'data-test': 'committee-name' }, c.name), ...columns.map((t) => h('td', { class: 'num' }, n.amount(c.frame[t], unit)))),
  );
  return h(
    'table',
    { class: 'grid frames', 'data-test': 'frames-table' },
    h('caption', {}, s.framesTitle, ` (${n.unitName(unit)})`),
    h('thead', {}, head),
    h('tbody', {}, ...rows),
  );
}

export function previewView(ctx: ViewContext): HTMLElement {
  const model = ctx.state.model!;
  const index = ctx.state.selected;
  const r = runScenario(model, scenarioAt(model, index));
  const name = index === 0 ? ctx.s.baseName : r.name;
  const met = r.targetMet.filter(Boolean).length;
  const allMet = met === r.years.length;
  const incomplete = r.rollingComplete.some((c) => !c);
  const judged = r.rollingComplete.some((c) => c) ? r.targetMet.filter((_, t) => r.rollingComplete[t]) : r.targetMet;
  const judgedMet = judged.every(Boolean);
  const tone = allMet ? 'good' : judgedMet ? 'partial' : 'bad';
  return section(
    'preview',
    ctx.s.preview(name),
    h(
      'p',
      { class: `summary ${tone}`, 'data-test': 'preview-summary' },
      ctx.s.summaryMet(met, r.years.length),
      tone === 'partial' ? h('span', { class: 'summary-note' }, ' ', ctx.s.summaryCompleteMet) : null,
    ),
    h(
      'p',
      { class: 'room', 'data-test': 'preview-room' },
      ctx.s.roomIn(r.years[r.years.length - 1], ctx.n.amountWithUnit(r.room[r.room.length - 1], model.unit)),
    ),
    chart(r, ctx.n, ctx.s.chartLabel(ctx.n.percent(r.target))),
    h(
      'ul',
      { class: 'legend', 'aria-hidden': 'true' },
      h('li', {}, h('span', { class: 'swatch bar' }), ctx.s.chartLegendResult),
      h('li', {}, h('span', { class: 'swatch rolling' }), ctx.s.chartLegendRolling),
      h('li', {}, h('span', { class: 'swatch target' }), `${ctx.s.chartLegendTarget} ${ctx.n.percent(r.target)}`),
    ),
    yearsTable(ctx, r, model.unit),
    incomplete ? h('p', { class: 'hint' }, ctx.s.incompleteNote) : null,
    framesTable(ctx, r, model.unit),
  );
}
