import { ResolvedScenario } from './resolve';
import { rollingShares } from './rolling';
import { CommitteeResult, ScenarioResult, TARGET_TOLERANCE } from './types';

/** L * wageIndex + (1 - L) * priceIndex: the full price and wage uplift of a committee's cost. */
export function fullUplift(labourShare: number, wageIndex: number, priceIndex: number): number {
  return labourShare * wageIndex + (1 - labourShare) * priceIndex;
}

/**
 * The surplus or deficit that an outcome sends into later years, before it is spread over them:
 * a surplus is shared and capped; a deficit is shared, capped, and returned negative.
 * Caps are fractions of the committee's frame in the year of the outcome.
 */
export function carriedAmount(
  outcome: number,
  frame: number,
  rule: { surplusShare: number; deficitShare: number; surplusCap: number | null; deficitCap: number | null },
): number {
  // A cap is a share of the frame; a frame driven below zero allows no carry at all rather than a
  // carry of the wrong sign.
  const capBase = Math.max(frame, 0);
  if (outcome > 0) {
    const s = rule.surplusShare * outcome;
    return rule.surplusCap === null ? s : Math.min(s, rule.surplusCap * capBase);
  }
  if (outcome < 0) {
    const d = rule.deficitShare * -outcome;
    const carried = rule.deficitCap === null ? d : Math.min(d, rule.deficitCap * capBase);
    return carried === 0 ? 0 : -carried;
  }
  return 0;
}

/** Runs one resolved scenario over its plan years. */
export function simulate(s: ResolvedScenario): ScenarioResult {
  const H = s.years.length;
  const nC = s.committees.length;

  // Revenue: the tax base grows, the rate applies per 100 kr, grants come on top.
  const taxBase = new Array<number>(H);
  const taxRevenue = new Array<number>(H);
  const revenue = new Array<number>(H);
  let base = s.taxBase0;
  for (let t = 0; t < H; t++) {
    base = base * (1 + s.taxBaseGrowth[t]);
    taxBase[t] = base;
    taxRevenue[t] = (base * s.taxRate[t]) / 100;
    revenue[t] = taxRevenue[t] + s.grants[t];
  }

  const committees: CommitteeResult[] = s.committees.map((c) => ({
    id: c.id,
    name: c.name,
    frame: new Array<number>(H),
    carryIn: new Array<number>(H).fill(0),
    allowance: new Array<number>(H),
    netCost: new Array<number>(H),
    outcome: new Array<number>(H),
    impliedEfficiency: new Array<number>(H),
    fullUplift: new Array<number>(H),
    grantedUpliftKr: new Array<number | null>(H),
    withheldUpliftKr: new Array<number | null>(H),
    explicitEfficiencyKr: new Array<number | null>(H),
    demographyKr: new Array<number>(H),
    initiative: new Array<number>(H),
    impliedEfficiencyKr: new Array<number>(H),
    carried: new Array<number>(H),
    outstanding: 0,
  }));
  for (let ci = 0; ci < nC; ci++) {
    if (H > 0) committees[ci].carryIn[0] = s.committees[ci].openingCarryIn;
  }

  const netCost = new Array<number>(H);
  const result = new Array<number>(H);
  const resultShare = new Array<number>(H);
  const room = new Array<number>(H);
  const prevFrame = s.committees.map((c) => c.frame0);

  for (let t = 0; t < H; t++) {
    const available = revenue[t] * (1 - s.target) + s.financialNet[t] - s.centralCosts[t];

    // Revenue mode: what revenue allows after the target, financial net and central costs is shared
    // out by last year's frame grown by demography; initiatives are ring-fenced on top.
    let weightSum = 0;
    let initiativeSum = 0;
    if (s.frameMode === 'revenue') {
      for (let ci = 0; ci < nC; ci++) {
        const c = s.committees[ci];
        weightSum += prevFrame[ci] * (1 + c.demography[t]);
        initiativeSum += c.initiative[t];
      }
    }

    let sumNetCost = 0;
    let sumAllowance = 0;
    for (let ci = 0; ci < nC; ci++) {
      const c = s.committees[ci];
      const r = committees[ci];
      const f0 = prevFrame[ci];
      const e = c.efficiency[t];
      const k = c.compensation[t];
      const d = c.demography[t];
      const i = c.initiative[t];
      const U = fullUplift(c.labourShare, s.wageIndex[t], s.priceIndex[t]);

      let frame: number;
      if (s.frameMode === 'uplift') {
        frame = f0 * (1 + k * U + d - e) + i;
        r.grantedUpliftKr[t] = k * U * f0;
        r.withheldUpliftKr[t] = (1 - k) * U * f0;
        r.explicitEfficiencyKr[t] = e * f0;
      } else {
        const w = weightSum === 0 ? 0 : (f0 * (1 + d)) / weightSum;
        frame = (available - initiativeSum) * w + i;
        r.grantedUpliftKr[t] = null;
        r.withheldUpliftKr[t] = null;
        r.explicitEfficiencyKr[t] = null;
      }
      const impliedKr = f0 * (1 + U + d) + i - frame;

      r.frame[t] = frame;
      r.fullUplift[t] = U;
      r.demographyKr[t] = d * f0;
      r.initiative[t] = i;
      r.impliedEfficiencyKr[t] = impliedKr;
      r.impliedEfficiency[t] = f0 === 0 ? 0 : impliedKr / f0;

      const allowance = frame + r.carryIn[t];
      const cost = allowance * (1 + c.deviation[t]);
      const outcome = allowance - cost;
      r.allowance[t] = allowance;
      r.netCost[t] = cost;
      r.outcome[t] = outcome;

      // Carry-over: a surplus goes into next year; a deficit is repaid in N equal parts.
      // What falls after the horizon is outstanding, not lost.
      const carried = carriedAmount(outcome, frame, c.rule);
      r.carried[t] = carried;
      if (carried > 0) {
        if (t + 1 < H) r.carryIn[t + 1] += carried;
        else r.outstanding += carried;
      } else if (carried < 0) {
        const N = c.rule.repaymentYears;
        const part = carried / N;
        for (let j = 1; j <= N; j++) {
          if (t + j < H) r.carryIn[t + j] += part;
          else r.outstanding += part;
        }
      }

      sumNetCost += cost;
      sumAllowance += allowance;
      prevFrame[ci] = frame;
    }

    netCost[t] = sumNetCost + s.centralCosts[t];
    result[t] = revenue[t] - netCost[t] + s.financialNet[t];
    resultShare[t] = result[t] / revenue[t];
    room[t] = available - sumAllowance;
  }

  const rolling = rollingShares(s, revenue, result);
  const targetMet = rolling.share.map((r) => r >= s.target - TARGET_TOLERANCE);

  return {
    name: s.name,
    frameMode: s.frameMode,
    target: s.target,
    years: s.years.slice(),
    taxBase,
    taxRate: s.taxRate.slice(),
    taxRevenue,
    grants: s.grants.slice(),
    revenue,
    financialNet: s.financialNet.slice(),
    centralCosts: s.centralCosts.slice(),
    netCost,
    result,
    resultShare,
    rollingShare: rolling.share,
    rollingComplete: rolling.complete,
    targetMet,
    room,
    committees,
  };
}
