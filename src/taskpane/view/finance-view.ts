/**
 * The preview's version 2 parts, shown only for a model that has them: per year whether the balance
 * requirement is met (in words, with a mark, not colour alone), the reserve (RUR), the net debt and
 * the self-financing ratio; restorations that are overdue, with the amount and the year; and each
 * project's payback. Each figure whose meaning is not obvious has an explanation behind an info button.
 */
import { ScenarioResult, Unit } from '../../engine/types';
import { balanceVerdict, overdueRestorations, payback } from '../model/finance';
import { ViewContext } from './context';
import { h } from './dom';
import { info } from './controls';

function headWithInfo(text: string, button: HTMLElement): HTMLElement {
  return h('th', { scope: 'col', class: 'num' }, h('span', { class: 'head-with-info' }, text, button));
}

export function financeBlock(ctx: ViewContext, r: ScenarioResult, unit: Unit): HTMLElement {
  const { s, n } = ctx;
  const plain = (text: string) => text.replace(/\u00ad/g, '');
  const met = info(ctx, 'balance-met', plain(s.balanceMet), s.infoBalanceMet);
  const reserve = info(ctx, 'reserve', s.reserveBalance(n.unitName(unit)), s.infoReserve);
  const debt = info(ctx, 'debt', plain(s.netDebt(n.unitName(unit))), s.infoDebt);
  const ratio = info(ctx, 'self-financing', plain(s.selfFinancingRatio), s.infoSelfFinancing);
  const v = balanceVerdict(r);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, s.year),
    headWithInfo(s.balanceMet, met.button),
    headWithInfo(s.reserveBalance(n.unitName(unit)), reserve.button),
    headWithInfo(s.netDebt(n.unitName(unit)), debt.button),
    headWithInfo(s.selfFinancingRatio, ratio.button),
  );
  const rows = r.years.map((year, t) => {
    const ok = r.balanceMet[t];
    const sf = r.selfFinancingRatio[t];
    return h(
      'tr',
      { 'data-year': year },
      h('th', { scope: 'row' }, String(year)),
      h('td', { class: `num ${ok ? 'good' : 'bad'}`, 'data-test': 'balance-met' }, h('span', { 'aria-hidden': 'true' }, ok ? '✓ ' : '✗ '), ok ? s.yes : s.no),
      h('td', { class: 'num', 'data-test': 'reserve' }, n.amount(r.reserveBalance[t], unit)),
      h('td', { class: 'num', 'data-test': 'debt' }, n.amount(r.debt[t], unit)),
      sf === null
        ? h('td', { class: 'num muted', 'data-test': 'self-financing', title: s.noInvestment }, h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'visually-hidden' }, s.noInvestment))
        : h('td', { class: 'num', 'data-test': 'self-financing' }, n.percent(sf, 0)),
    );
  });
  const overdue = overdueRestorations(r);
  return h(
    'div',
    { class: 'finance-block', 'data-test': 'finance' },
    h('h3', {}, s.financeTitle),
    h('p', { class: `summary ${v.ok ? 'good' : 'bad'}`, 'data-test': 'balance-summary' }, s.balanceSummary(v.met, v.total)),
    overdue.length
      ? h('ul', { class: 'overdue', 'data-test': 'overdue' }, ...overdue.map((o) => h('li', { class: 'bad' }, s.overdue(o.year, n.amountWithUnit(o.amount, unit)))))
      : null,
    h('table', { class: 'grid finance', 'data-test': 'finance-table' }, h('thead', {}, head), h('tbody', {}, ...rows)),
    met.text,
    reserve.text,
    debt.text,
    ratio.text,
  );
}

export function projectsBlock(ctx: ViewContext, r: ScenarioResult): HTMLElement | null {
  if (r.projects.length === 0) return null;
  const { s } = ctx;
  const explain = info(ctx, 'payback', s.projectsTitle, s.infoPayback);
  const committees = new Map(r.committees.map((c) => [c.id, c.name]));
  const items = r.projects.map((p) => {
    const b = payback(p);
    const status = b.kind === 'year' ? s.paidBackIn(b.year) : b.kind === 'notWithinPlan' ? s.notPaidBack : s.neverACost;
    return h(
      'li',
      { 'data-test': 'project', 'data-project': p.id },
      h('span', { class: 'project-name' }, s.projectLine(p.name, committees.get(p.committee) ?? p.committee)),
      ': ',
      h('span', { class: b.kind === 'notWithinPlan' ? 'bad' : undefined, 'data-test': 'payback' }, status),
    );
  });
  return h(
    'div',
    { class: 'projects-block' },
    h('div', { class: 'frames-head' }, h('h3', {}, h('span', { class: 'head-with-info' }, s.projectsTitle, explain.button))),
    h('ul', { class: 'projects', 'data-test': 'projects' }, ...items),
    explain.text,
  );
}
