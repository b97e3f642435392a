import { balanceRequirement } from './balance-requirement';
import { carriedAmount, spreadCarry } from './carry-over';
import { fullUplift, revenueFrames, upliftBaseFrame } from './frames';
import { perInhabitant } from './per-inhabitant';
import { projectResult } from './projects';
import { ResolvedScenario } from './resolve';
import { revenueByYear } from './revenue';
import { rollingShares } from './rolling';
import { CommitteeResult, ScenarioResult, TARGET_TOLERANCE } from './types';

export { fullUplift } from './frames';
export { carriedAmount } from './carry-over';

function emptyCommitteeResult(id: string, name: string, H: number): CommitteeResult {
  // Written out rather than through a helper: V8 keeps these arrays' backing stores sized up front.
  return {
    id,
    name,
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
    baseFrame: new Array<number>(H),
    demography: new Array<number>(H),
    projectEffect: new Array<number>(H),
    efficiencyFte: new Array<number | null>(H),
  };
}

/**
 * Committee results to be written over again, for the many runs of one scenario in the risk analysis:
 * every per-year array is overwritten each year except the carry-in, which accumulates and so starts at 0.
 */
export function committeeWorkspace(s: ResolvedScenario): CommitteeResult[] {
  return s.committees.map((c) => emptyCommitteeResult(c.id, c.name, s.years.length));
}

function resetWorkspace(workspace: CommitteeResult[], nC: number): CommitteeResult[] {
  if (workspace.length !== nC) throw new RangeError(`simulate: a workspace for ${workspace.length} committees, not ${nC}`);
  for (const r of workspace) {
    r.carryIn.fill(0);
    r.outstanding = 0;
  }
  return workspace;
}

/**
 * Runs one resolved scenario over its plan years. With a workspace (see committeeWorkspace), for the
 * risk analysis's many runs, only the municipality's figures are computed: the committees' own
 * figures are not kept (their carry-in is, which later years need) and projects are left out, so the
 * result's `committees` and `projects` mean nothing; the municipality's figures are the same to the
 * bit (test/engine/simulate-workspace.test.ts). Each mechanism is its own module; this only puts them
 * in order. Within a year: interest on last year's debt, frames, carry-over, the municipality's result,
 * then the debt. After the years: the rolling target, the balance requirement and the projects.
 */
export function simulate(s: ResolvedScenario, workspace?: CommitteeResult[]): ScenarioResult {
  const H = s.years.length;
  const nC = s.committees.length;
  const { taxBase, taxRevenue, revenue } = revenueByYear(s.taxBase0, s.taxBaseGrowth, s.taxRate, s.grants);
  const committees = workspace ? resetWorkspace(workspace, nC) : s.committees.map((c) => emptyCommitteeResult(c.id, c.name, H));
  // The committees' own figures, which nothing after the year's totals reads: not kept in a workspace.
  const detail = workspace === undefined;
  for (let ci = 0; ci < nC; ci++) {
    if (H > 0) committees[ci].carryIn[0] = s.committees[ci].openingCarryIn;
  }

  const netCost = new Array<number>(H);
  const result = new Array<number>(H);
  const resultShare = new Array<number>(H);
  const room = new Array<number>(H);
  const interest = new Array<number>(H);
  const financialNet = new Array<number>(H);
  const selfFinancing = new Array<number>(H);
  const selfFinancingRatio = new Array<number | null>(H);
  const debt = new Array<number>(H);
  const prevBase = s.committees.map((c) => c.frame0);
  let prevDebt = s.debt0;

  for (let t = 0; t < H; t++) {
    // Interest is on the debt at the start of the year, so nothing is circular.
    interest[t] = s.interestRate[t] * prevDebt;
    financialNet[t] = s.financialNet[t] - interest[t];
    const available = revenue[t] * (1 - s.target) + financialNet[t] - s.centralCosts[t] - s.newDepreciation[t];

    const frames =
      s.frameMode === 'revenue'
        ? revenueFrames(
            available,
            prevBase,
            s.committees.map((c) => c.demography[t]),
            s.committees.map((c) => c.initiative[t] + c.projectEffect[t]),
          )
        : null;

    let sumNetCost = 0;
    let sumAllowance = 0;
    for (let ci = 0; ci < nC; ci++) {
      const c = s.committees[ci];
      const r = committees[ci];
      const f0 = prevBase[ci];
      const e = c.efficiency[t];
      const k = c.compensation[t];
      const d = c.demography[t];
      const i = c.initiative[t];
      const p = c.projectEffect[t];
      const U = fullUplift(c.labourShare, s.wageIndex[t], s.priceIndex[t]);

      let frame: number;
      let baseFrame: number;
      if (frames === null) {
        baseFrame = upliftBaseFrame(f0, k, U, d, e, i);
        frame = baseFrame + p;
      } else {
        frame = frames[ci];
        baseFrame = frame - p;
      }
      const allowance = frame + r.carryIn[t];
      const cost = allowance * (1 + c.deviation[t]);
      const outcome = allowance - cost;
      const carried = carriedAmount(outcome, frame, c.rule);
      r.outstanding = spreadCarry(carried, t, r.carryIn, c.rule, r.outstanding);

      if (detail) {
        if (frames === null) {
          r.grantedUpliftKr[t] = k * U * f0;
          r.withheldUpliftKr[t] = (1 - k) * U * f0;
          r.explicitEfficiencyKr[t] = e * f0;
        } else {
          r.grantedUpliftKr[t] = null;
          r.withheldUpliftKr[t] = null;
          r.explicitEfficiencyKr[t] = null;
        }
        const impliedKr = f0 * (1 + U + d) + i + p - frame;
        r.frame[t] = frame;
        r.baseFrame[t] = baseFrame;
        r.fullUplift[t] = U;
        r.demography[t] = d;
        r.demographyKr[t] = d * f0;
        r.initiative[t] = i;
        r.projectEffect[t] = p;
        r.impliedEfficiencyKr[t] = impliedKr;
        r.impliedEfficiency[t] = f0 === 0 ? 0 : impliedKr / f0;
        // What the requirement means in FTEs: the wage part of the implied efficiency, in full-time posts.
        r.efficiencyFte[t] = c.costPerFte === null ? null : (r.impliedEfficiency[t] * f0 * c.labourShare) / c.costPerFte;
        r.allowance[t] = allowance;
        r.netCost[t] = cost;
        r.outcome[t] = outcome;
        r.carried[t] = carried;
      }

      sumNetCost += cost;
      sumAllowance += allowance;
      prevBase[ci] = baseFrame;
    }

    netCost[t] = sumNetCost + s.centralCosts[t] + s.newDepreciation[t];
    result[t] = revenue[t] - netCost[t] + financialNet[t];
    resultShare[t] = result[t] / revenue[t];
    room[t] = available - sumAllowance;

    // Financing: what the year's result and depreciation leave for investment; the rest is borrowed.
    selfFinancing[t] = result[t] + s.depreciation[t] + s.newDepreciation[t];
    selfFinancingRatio[t] = s.investment[t] === 0 ? null : selfFinancing[t] / s.investment[t];
    debt[t] = prevDebt + s.investment[t] - selfFinancing[t];
    prevDebt = debt[t];
  }

  const rolling = rollingShares(s, revenue, result);
  const targetMet = rolling.share.map((r) => r >= s.target - TARGET_TOLERANCE);
  const balance = balanceRequirement({
    years: s.years,
    baseYear: s.baseYear,
    revenue,
    result,
    balanceAdjustments: s.balanceAdjustments,
    reserve: s.reserve,
    openingRestoration: s.openingRestoration,
  });

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
    financialNet,
    centralCosts: s.centralCosts.slice(),
    netCost,
    result,
    resultShare,
    rollingShare: rolling.share,
    rollingComplete: rolling.complete,
    targetMet,
    room,
    committees,
    investment: s.investment.slice(),
    newDepreciation: s.newDepreciation.slice(),
    depreciation: s.depreciation.slice(),
    interest,
    financialNetBeforeInterest: s.financialNet.slice(),
    selfFinancing,
    selfFinancingRatio,
    debt,
    population: s.population.slice(),
    netCostPerInhabitant: perInhabitant(netCost, s.population, s.unitFactor),
    debtPerInhabitant: perInhabitant(debt, s.population, s.unitFactor),
    ...balance,
    projects: detail ? s.projects.map((p) => projectResult(p, s.years)) : [],
  };
}
