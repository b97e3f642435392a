import { Investment, ScenarioOverrides } from './types';

/**
 * The investment plan (investeringsbudget): assets bought in one or more plan years, each spend
 * depreciated straight-line over the asset's life from the year after the spend (avskrivning).
 */

/**
 * The investments a scenario sees: the model's, with the scenario's rows merged by id. A row's `spend`
 * replaces the whole list, and `"spend": []` removes the investment from the scenario.
 */
export function scenarioInvestments(base: readonly Investment[], overrides: ScenarioOverrides): Investment[] {
  const byId = new Map(base.map((v) => [v.id, { ...v, spend: v.spend.slice() }]));
  for (const o of overrides.investments ?? []) {
    const merged: Investment = { ...(byId.get(o.id) ?? { id: o.id, name: o.id, life: 1, spend: [] }) };
    if (o.name !== undefined) merged.name = o.name;
    if (o.committee !== undefined) merged.committee = o.committee;
    if (o.life !== undefined) merged.life = o.life;
    if (o.spend !== undefined) merged.spend = o.spend.slice();
    if (o.spend !== undefined && o.spend.length === 0) byId.delete(o.id);
    else byId.set(o.id, merged);
  }
  return [...byId.values()];
}

/** One investment's spend per plan year, times the scenario's investment scale (two spends in a year add up). */
export function spendByYear(investment: Investment, years: readonly number[], scale: number): number[] {
  const index = new Map(years.map((y, i) => [y, i]));
  const spend = new Array<number>(years.length).fill(0);
  for (const s of investment.spend) {
    const i = index.get(s.year);
    if (i !== undefined) spend[i] += s.amount * scale;
  }
  return spend;
}

/**
 * Straight-line depreciation of the plan's spends: a spend a in year t costs a / life in each of the
 * years t+1 .. t+life.
 *
 *     newDepreciation(y) = sum over spends (t, a) with t < y <= t + life of a / life
 */
export function depreciationByYear(spend: readonly number[], life: number): number[] {
  const H = spend.length;
  const out = new Array<number>(H).fill(0);
  for (let t = 0; t < H; t++) {
    if (spend[t] === 0) continue;
    const part = spend[t] / life;
    for (let y = t + 1; y <= Math.min(t + life, H - 1); y++) out[y] += part;
  }
  return out;
}

/** The plan's total investment and new depreciation per year, over every investment. */
export function investmentPlan(
  investments: readonly Investment[],
  years: readonly number[],
  scale: number,
): { investment: number[]; newDepreciation: number[] } {
  const H = years.length;
  const investment = new Array<number>(H).fill(0);
  const newDepreciation = new Array<number>(H).fill(0);
  for (const inv of investments) {
    const spend = spendByYear(inv, years, scale);
    const dep = depreciationByYear(spend, inv.life);
    for (let t = 0; t < H; t++) {
      investment[t] += spend[t];
      newDepreciation[t] += dep[t];
    }
  }
  return { investment, newDepreciation };
}
