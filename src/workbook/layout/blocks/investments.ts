/**
 * The scenario's investment plan: per investment its spend each year (times the scenario's investment
 * volume) and its depreciation, straight-line over its life from the year after each spend, then the
 * totals the result and the financing block point at. The life is a live cell: each year's
 * depreciation takes every earlier spend whose distance in years is within the life.
 */
import { depreciationByYear, spendByYear } from '../../../engine/investments';
import { InvestmentOverride } from '../../../engine/types';
import { excelNumber, f, plusChain } from '../formula';
import { BlockContext, Take } from './context';

export interface InvestmentRows {
  section: number;
  investments: { id: string; header: number; spend: number; depreciation: number }[];
  total: number;
  depreciationTotal: number;
}

export function planInvestments(ctx: BlockContext, take: Take): InvestmentRows | undefined {
  if (ctx.rs.investments.length === 0) return undefined;
  const section = take();
  const investments = ctx.rs.investments.map((v) => ({ id: v.id, header: take(), spend: take(), depreciation: take() }));
  return { section, investments, total: take(), depreciationTotal: take() };
}

export function writeInvestments(ctx: BlockContext, rows: InvestmentRows): void {
  const { b, L, H, res, cells, S, rs } = ctx;
  ctx.section(rows.section, L('investmentsSection'));
  const overrides: InvestmentOverride[] = S ? ctx.scenario.overrides.investments ?? [] : [];
  const scaleCell = S && ctx.scenario.overrides.investmentScale !== undefined ? cells.scenario(S, 'investmentScale') : undefined;
  rows.investments.forEach((vr, i) => {
    const v = rs.investments[i];
    const own = overrides.find((o) => o.id === v.id);
    const spend = spendByYear(v, res.years, rs.investmentScale);
    const dep = depreciationByYear(spend, v.life);
    ctx.labelRow(vr.header, `${v.id} – ${v.name}${v.committee ? ` (${v.committee})` : ''}`);
    ctx.styleRow(vr.header, 'committee');
    ctx.labelRow(vr.spend, L('investmentSpend'));
    ctx.labelRow(vr.depreciation, L('investmentDepreciation'));
    const life = (own?.life !== undefined && cells.scenarioInvestment(S!, v.id, 'life')) || cells.investment(v.id, 'life') || excelNumber(v.life);
    const ownSpend = own?.spend !== undefined;
    for (let t = 0; t < H; t++) {
      const year = res.years[t];
      const refs = ownSpend ? cells.all('bsScenarioInvestmentSpend', [S!, v.id, year], 'amount') : cells.all('bsInvestmentSpend', [v.id, year], 'amount');
      const sum = refs.length > 1 ? `(${plusChain(refs)})` : refs[0];
      b.set(vr.spend, ctx.yc(t), refs.length ? f(scaleCell ? `${sum}*${scaleCell}` : sum, spend[t]) : 0);
      // Depreciation of year t: a / life for every spend a of an earlier year within the life.
      const terms: string[] = [];
      for (let s = 0; s < t; s++) terms.push(`IF(${t - s}<=${life},${ctx.at(vr.spend, s)},0)`);
      b.set(vr.depreciation, ctx.yc(t), terms.length ? f(`(${terms.join('+')})/${life}`, dep[t]) : 0);
    }
  });
  ctx.labelRow(rows.total, L('investment'));
  ctx.labelRow(rows.depreciationTotal, L('newDepreciation'));
  for (let t = 0; t < H; t++) {
    b.set(rows.total, ctx.yc(t), f(plusChain(rows.investments.map((r) => ctx.at(r.spend, t))), res.investment[t]));
    b.set(rows.depreciationTotal, ctx.yc(t), f(plusChain(rows.investments.map((r) => ctx.at(r.depreciation, t))), res.newDepreciation[t]));
  }
  ctx.styleRow(rows.total, 'total');
}
