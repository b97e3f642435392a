/**
 * The preview of the scenario being edited, computed in the pane by the engine: whether the target
 * is met (by the rule the solver and the workbook use: years with a complete rolling window count),
 * a small chart, per year the result, the rolling result, target met and room, and the committees'
 * frames; for a version 2 model also the balance requirement, financing and projects (finance-view).
 * A share that misses the target but would round to it is shown with more decimals. Each figure
 * whose meaning is not obvious has an explanation behind an info button.
 */
import { runScenario } from '../../engine/run';
import { ScenarioResult, Unit } from '../../engine/types';
import { isVersion2, scenarioAt, scenarioDisplayName } from '../model/levers';
import { decimalsFor, missesUnseen, verdict, Verdict } from '../model/verdict';
import { ViewContext } from './context';
import { h } from './dom';
import { chart } from './chart';
import { info, section } from './controls';
import { financeBlock, projectsBlock } from './finance-view';

/** Committees shown before "show all" in a narrow pane; a wide one shows more (see styles). */
export const FEW_COMMITTEES = 8;
export const MORE_COMMITTEES = 20;

function yearRange(years: number[]): string {
  if (years.length === 0) return '';
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

function yearsTable(ctx: ViewContext, r: ScenarioResult, v: Verdict, unit: Unit): { table: HTMLElement; notes: (HTMLElement | null)[] } {
  const { s, n } = ctx;
  const rolling = info(ctx, 'rolling', s.rollingShare, s.infoRolling);
  const met = info(ctx, 'target-met', s.targetMet, s.infoTargetMet);
  const room = info(ctx, 'room', s.room(n.unitName(unit)), s.infoRoom);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, s.year),
    h('th', { scope: 'col', class: 'num' }, s.resultShare),
    h('th', { scope: 'col', class: 'num' }, h('span', { class: 'head-with-info' }, s.rollingShare, rolling.button)),
    h('th', { scope: 'col', class: 'num' }, h('span', { class: 'head-with-info' }, s.targetMet, met.button)),
    h('th', { scope: 'col', class: 'num' }, h('span', { class: 'head-with-info' }, s.room(n.unitName(unit)), room.button)),
  );
  const uncounted = new Set(v.uncounted);
  const rows = r.years.map((year, t) => {
    const decimals = decimalsFor(r.rollingShare[t], r.target, r.targetMet[t]);
    const unseen = missesUnseen(r.rollingShare[t], r.target, r.targetMet[t], decimals);
    const counted = !uncounted.has(t);
    const metText = r.targetMet[t] ? s.yes : s.no;
    return h(
      'tr',
      { 'data-year': year, 'data-counted': String(counted) },
      h('th', { scope: 'row' }, String(year)),
      h('td', { class: 'num', 'data-test': 'result-share' }, n.percent(r.resultShare[t])),
      h(
        'td',
        { class: 'num', 'data-test': 'rolling-share' },
        n.percent(r.rollingShare[t], decimals),
        r.rollingComplete[t] ? '' : s.incompleteMark,
        unseen ? h('span', { class: 'bad' }, ` (${s.missesTarget})`) : null,
      ),
      counted
        ? h(
            'td',
            { class: `num ${r.targetMet[t] ? 'good' : 'bad'}`, 'data-test': 'target-met' },
            h('span', { 'aria-hidden': 'true' }, r.targetMet[t] ? '✓ ' : '✗ '),
            metText,
          )
        : h(
            'td',
            { class: 'num muted', 'data-test': 'target-met', title: s.notCounted },
            `(${metText})`,
            h('span', { class: 'visually-hidden' }, ` ${s.notCounted}`),
          ),
      h('td', { class: 'num', 'data-test': 'room' }, n.amount(r.room[t], unit)),
    );
  });
  return {
    table: h('table', { class: 'grid years', 'data-test': 'preview-table' }, h('thead', {}, head), h('tbody', {}, ...rows)),
    notes: [rolling.text, met.text, room.text],
  };
}

function framesTable(ctx: ViewContext, r: ScenarioResult, unit: Unit): HTMLElement {
  const { s, n, state } = ctx;
  const chosen = state.framesYear !== null && r.years.includes(state.framesYear) ? state.framesYear : r.years[r.years.length - 1];
  const col = (year: number) => (year === chosen ? 'num year-col chosen' : 'num year-col');
  const implied = info(ctx, 'implied', s.impliedRow, s.infoImplied);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, s.committee),
    ...r.years.map((year) => h('th', { scope: 'col', class: col(year) }, s.frameIn(year))),
  );
  const count = r.committees.length;
  const rows = r.committees.map((c, i) =>
    h(
      'tr',
      { class: i >= MORE_COMMITTEES ? 'beyond-more' : i >= FEW_COMMITTEES ? 'beyond-few' : undefined },
      h('th', { scope: 'row', class: 'committee', 'data-test': 'committee-name' }, c.name),
      ...r.years.map((year, t) => h('td', { class: col(year) }, n.amount(c.frame[t], unit))),
    ),
  );
  const impliedRow = h(
    'tr',
    { class: 'implied' },
    h('th', { scope: 'row' }, h('span', { class: 'head-with-info' }, s.impliedRow, implied.button)),
    ...r.years.map((year, t) => h('td', { class: col(year), 'data-test': 'implied' }, n.amount(r.committees.reduce((a, c) => a + c.impliedEfficiencyKr[t], 0), unit))),
  );
  const select = h('select', { id: 'frames-year', 'data-key': 'frames-year' }, ...r.years.map((year) => h('option', { value: String(year), selected: year === chosen }, String(year))));
  select.addEventListener('change', () => ctx.act.setFramesYear(Number((select as HTMLSelectElement).value)));
  const more = count > FEW_COMMITTEES;
  const toggle = more
    ? h('button', { type: 'button', class: `link-button${count > MORE_COMMITTEES ? '' : ' narrow-only'}`, 'data-key': 'all-committees', 'aria-expanded': String(state.allCommittees) }, state.allCommittees ? s.showFewerCommittees : s.showAllCommittees(count))
    : null;
  toggle?.addEventListener('click', () => ctx.act.toggleAllCommittees());
  return h(
    'div',
    { class: `frames-block${state.allCommittees ? ' all' : ''}` },
    h('div', { class: 'frames-head' }, h('h3', {}, s.framesTitle, ` (${n.unitName(unit)})`), h('span', { class: 'narrow-only frames-year' }, h('label', { for: 'frames-year' }, s.framesYear), select)),
    h('table', { class: 'grid frames', 'data-test': 'frames-table' }, h('thead', {}, head), h('tbody', {}, ...rows, impliedRow)),
    implied.text,
    toggle,
  );
}

export function previewView(ctx: ViewContext): HTMLElement {
  const model = ctx.state.model!;
  const index = ctx.state.selected;
  const r = runScenario(model, scenarioAt(model, index));
  const name = scenarioDisplayName(model, index);
  const v = verdict(r);
  const counted = v.counted.map((t) => r.years[t]);
  const uncounted = v.uncounted.map((t) => r.years[t]);
  const tone = v.ok ? 'good' : 'bad';
  const summary = uncounted.length === 0 ? ctx.s.summaryAll(v.met, counted.length) : ctx.s.summaryCounted(v.met, counted.length, yearRange(counted));
  const stale = [...ctx.state.drafts.values()].some((d) => d.error !== null);
  const incomplete = r.rollingComplete.some((c) => !c);
  const incompleteInfo = info(ctx, 'incomplete', ctx.s.incompleteMark, ctx.s.infoIncomplete);
  const years = yearsTable(ctx, r, v, model.unit);
  const box = section(
    'preview',
    ctx.s.preview(name),
    stale ? h('p', { class: 'stale', role: 'status', 'data-test': 'stale' }, ctx.s.stalePreview) : null,
    h(
      'p',
      { class: `summary ${tone}`, 'data-test': 'preview-summary' },
      summary,
      uncounted.length ? h('span', { class: 'summary-note' }, ' ', ctx.s.summaryUncounted(yearRange(uncounted))) : null,
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
    years.table,
    ...years.notes,
    incomplete ? h('p', { class: 'hint incomplete-note' }, ctx.s.incompleteNote, ' ', incompleteInfo.button) : null,
    incompleteInfo.text,
    isVersion2(model) ? financeBlock(ctx, r, model.unit) : null,
    projectsBlock(ctx, r),
    framesTable(ctx, r, model.unit),
  );
  if (stale) box.classList.add('is-stale');
  return box;
}
