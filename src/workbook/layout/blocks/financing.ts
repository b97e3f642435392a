/**
 * Financing (finansiering) of a scenario: investment, new and existing depreciation, the interest
 * on the net debt at the start of each year, the financial net after interest, the result,
 * self-financing and its ratio, the net debt, and the per-inhabitant figures in kr. Interest is on the
 * previous column's debt, so nothing is circular.
 */
import { UNIT_FACTOR } from '../../../engine/types';
import { amountFormat, GENERAL, PERCENT, RATE } from '../formats';
import { excelNumber, f } from '../formula';
import { BlockContext, settingSource, Take } from './context';

export interface FinancingRows {
  section: number;
  investment: number;
  newDepreciation: number;
  depreciation: number;
  interestRate: number;
  interest: number;
  financialNet: number;
  result: number;
  selfFinancing: number;
  selfFinancingRatio: number;
  debt: number;
  perInhabitant?: { netCost: number; debt: number };
}

export function planFinancing(ctx: BlockContext, take: Take): FinancingRows {
  const rows: FinancingRows = {
    section: take(),
    investment: take(),
    newDepreciation: take(),
    depreciation: take(),
    interestRate: take(),
    interest: take(),
    financialNet: take(),
    result: take(),
    selfFinancing: take(),
    selfFinancingRatio: take(),
    debt: take(),
  };
  if (ctx.model.population && ctx.model.population.length > 0) rows.perInhabitant = { netCost: take(), debt: take() };
  return rows;
}

/** The rows of other blocks the financing block points at. */
export interface FinancingSources {
  /** The investments block's totals, or undefined without investments (then 0). */
  investmentTotal?: number;
  depreciationTotal?: number;
  /** The result section's rows. */
  result: number;
  financialNet: number;
  netCost: number;
  /** The population block's total row. */
  population?: number;
}

export function writeFinancing(ctx: BlockContext, rows: FinancingRows, src: FinancingSources): void {
  const { b, L, H, res, model, rs } = ctx;
  ctx.section(rows.section, L('financingSection'));
  const labels: [number, Parameters<typeof L>[0]][] = [
    [rows.investment, 'investment'], [rows.newDepreciation, 'newDepreciation'], [rows.depreciation, 'depreciation'],
    [rows.interestRate, 'interestRate'], [rows.interest, 'interest'], [rows.financialNet, 'financialNetAfterInterest'],
    [rows.result, 'result'], [rows.selfFinancing, 'selfFinancing'], [rows.selfFinancingRatio, 'selfFinancingRatio'], [rows.debt, 'debt'],
  ];
  if (rows.perInhabitant) labels.push([rows.perInhabitant.netCost, 'netCostPerInhabitant'], [rows.perInhabitant.debt, 'debtPerInhabitant']);
  for (const [r, key] of labels) ctx.labelRow(r, L(key));

  const debt0 = settingSource(ctx, 'debt', ctx.scenario.overrides.debt !== undefined, model.debt !== undefined);
  b.set(rows.debt, ctx.yc(-1), debt0 ? f(debt0, rs.debt0) : 0);
  const factor = UNIT_FACTOR[model.unit];
  for (let t = 0; t < H; t++) {
    const at = (r: number) => ctx.at(r, t);
    b.set(rows.investment, ctx.yc(t), src.investmentTotal !== undefined ? f(at(src.investmentTotal), res.investment[t]) : 0);
    b.set(rows.newDepreciation, ctx.yc(t), src.depreciationTotal !== undefined ? f(at(src.depreciationTotal), res.newDepreciation[t]) : 0);
    const dep = ctx.yearSource(t, 'depreciation');
    b.set(rows.depreciation, ctx.yc(t), dep ? f(dep, res.depreciation[t]) : 0);
    const rate = ctx.yearSource(t, 'interestRate');
    b.set(rows.interestRate, ctx.yc(t), rate ? f(rate, rs.interestRate[t]) : 0);
    b.set(rows.interest, ctx.yc(t), f(`${at(rows.interestRate)}*${ctx.at(rows.debt, t - 1)}`, res.interest[t]));
    b.set(rows.financialNet, ctx.yc(t), f(at(src.financialNet), res.financialNet[t]));
    b.set(rows.result, ctx.yc(t), f(at(src.result), res.result[t]));
    b.set(rows.selfFinancing, ctx.yc(t), f(`${at(rows.result)}+${at(rows.depreciation)}+${at(rows.newDepreciation)}`, res.selfFinancing[t]));
    b.set(rows.selfFinancingRatio, ctx.yc(t), f(`IF(${at(rows.investment)}=0,"",${at(rows.selfFinancing)}/${at(rows.investment)})`, res.selfFinancingRatio[t]));
    b.set(rows.debt, ctx.yc(t), f(`${ctx.at(rows.debt, t - 1)}+${at(rows.investment)}-${at(rows.selfFinancing)}`, res.debt[t]));
    if (rows.perInhabitant && src.population !== undefined) {
      const pop = at(src.population);
      const per = (r: number) => `IF(${pop}=0,"",${at(r)}*${excelNumber(factor)}/${pop})`;
      b.set(rows.perInhabitant.netCost, ctx.yc(t), f(per(src.netCost), res.netCostPerInhabitant[t]));
      b.set(rows.perInhabitant.debt, ctx.yc(t), f(per(rows.debt), res.debtPerInhabitant[t]));
    }
  }
  ctx.format(rows.interestRate, RATE);
  ctx.format(rows.selfFinancingRatio, PERCENT);
  if (rows.perInhabitant) {
    ctx.format(rows.perInhabitant.netCost, amountFormat('kr'));
    ctx.format(rows.perInhabitant.debt, amountFormat('kr'));
  }
  ctx.styleRow(rows.debt, 'result');
  void GENERAL;
}
