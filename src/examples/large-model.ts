import { CommitteeYear, Model, PlanYearOverride, Scenario, ScenarioOverrides } from '../engine';
import { mulberry32 } from '../engine/random';

export interface LargeModelOptions {
  /** Number of committees (>= 1). */
  committees: number;
  /** Plan years, the model's horizon (1..15). */
  years: number;
  /** Scenarios listed in the model besides the base (>= 0); a full run simulates this many + 1. */
  scenarios: number;
  /** Seed of the pseudo-random figures; the same options always give the same model. */
  seed?: number;
  /** Version 2: this many investments (default 0; any version 2 part makes it a version 2 model). */
  investments?: number;
  /** Version 2: this many projects (default 0). */
  projects?: number;
  /** Version 2: this many age groups in a population forecast that drives every third committee (default 0). */
  ageGroups?: number;
}

const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

function checkCount(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`makeLargeModel: ${name} must be an integer in ${min}..${max}, got ${value}`);
  }
}

/**
 * A valid model of any size, for benchmarks and tests: committees with varied labour shares,
 * opening carry-in and carry-over rules, committee-year rows (demography, initiatives, deviations,
 * efficiency and compensation), three history years, and scenarios that use every kind of override.
 * Pure and deterministic: the same options and seed give an identical model.
 */
export function makeLargeModel(opts: LargeModelOptions): Model {
  checkCount('committees', opts.committees, 1, 100_000);
  checkCount('years', opts.years, 1, 15);
  checkCount('scenarios', opts.scenarios, 0, 10_000);
  const rnd = mulberry32(opts.seed ?? 1);
  const baseYear = 2026;
  const H = opts.years;
  const planYears = Array.from({ length: H }, (_, t) => baseYear + 1 + t);

  const committees: Model['committees'] = [];
  let totalFrame = 0;
  for (let i = 0; i < opts.committees; i++) {
    const frame = round(20 + rnd() * 180, 1);
    totalFrame += frame;
    const c: Model['committees'][number] = {
      id: `N${String(i + 1).padStart(3, '0')}`,
      name: `Nämnd ${i + 1}`,
      frame,
      labourShare: round(0.35 + rnd() * 0.4, 2),
    };
    if (i % 7 === 3) c.openingCarryIn = round((rnd() - 0.5) * 0.04 * frame, 1);
    if (i % 5 === 2) c.carryOver = { surplusCap: 0.05, repaymentYears: 3 };
    if (i % 11 === 6) c.carryOver = { deficitShare: 0.5, deficitCap: 0.03 };
    committees.push(c);
  }

  const centralCosts0 = 0.05 * totalFrame;
  const revenue0 = (totalFrame + centralCosts0) / 0.975;
  const taxRate = 21.5;
  const grants0 = 0.22 * revenue0;
  const taxBase = round(((revenue0 - grants0) * 100) / taxRate, 1);

  const history = [0.93, 0.965, 1].map((f, j) => ({
    year: baseYear - 2 + j,
    revenue: round(revenue0 * f, 1),
    result: round(revenue0 * f * (0.015 + rnd() * 0.03), 1),
  }));

  const years: Model['years'] = planYears.map((year, t) => ({
    year,
    taxBaseGrowth: round(0.03 + rnd() * 0.015, 4),
    ...(t === 0 ? { taxRate } : {}),
    grants: round(grants0 * 1.01 ** (t + 1), 1),
    wageIndex: round(0.03 + rnd() * 0.008, 4),
    priceIndex: round(0.018 + rnd() * 0.01, 4),
    financialNet: round(-0.005 * revenue0 * (1 + 0.1 * t), 1),
    centralCosts: round(centralCosts0 * 1.04 ** (t + 1), 1),
    efficiency: 0.01,
    compensation: 0.5,
  }));

  const committeeYears: CommitteeYear[] = [];
  for (const c of committees) {
    for (const year of planYears) {
      if (rnd() >= 0.3) continue;
      const row: CommitteeYear = { committee: c.id, year };
      const kind = rnd();
      if (kind < 0.4) row.demography = round(rnd() * 0.03 - 0.01, 4);
      else if (kind < 0.6) row.deviation = round(rnd() * 0.03 - 0.01, 4);
      else if (kind < 0.75) row.initiative = round((rnd() - 0.3) * 0.02 * c.frame, 1);
      else if (kind < 0.9) row.efficiency = round(rnd() * 0.02, 4);
      else row.compensation = round(0.5 + rnd() * 0.5, 2);
      committeeYears.push(row);
    }
  }

  const scenarios: Scenario[] = [];
  for (let s = 0; s < opts.scenarios; s++) {
    const overrides: ScenarioOverrides = {};
    switch (s % 5) {
      case 0:
        overrides.efficiency = round(0.005 * (s % 4), 4);
        overrides.compensation = round(0.5 + 0.1 * (s % 6), 2);
        break;
      case 1:
        overrides.frameMode = 'revenue';
        break;
      case 2:
        overrides.target = 0.02;
        overrides.measure = 'meanOfRatios';
        overrides.windowBack = 2;
        overrides.windowForward = Math.min(4, H);
        break;
      case 3: {
        overrides.carryOver = { surplusCap: 0.01, repaymentYears: 3 };
        const rows: PlanYearOverride[] = planYears
          .filter((_, t) => t % 2 === 0)
          .map((year) => ({ year, taxRate: round(taxRate + 0.25 * (1 + (s % 3)), 2) }));
        overrides.years = rows;
        break;
      }
      default: {
        const rows: CommitteeYear[] = [];
        for (const c of committees) {
          if (rnd() >= 0.1) continue;
          rows.push({ committee: c.id, year: planYears[Math.floor(rnd() * H)], efficiency: 0.02, demography: 0.01 });
        }
        overrides.committeeYears = rows;
        overrides.efficiency = 0.005;
      }
    }
    scenarios.push({ name: `Scenario ${s + 1}`, overrides });
  }

  const model: Model = {
    schemaVersion: 1,
    name: `Stor modell ${opts.committees}x${H}x${opts.scenarios}`,
    unit: 'mnkr',
    language: 'sv',
    baseYear,
    horizon: H,
    taxBase,
    taxRate,
    target: 0.03,
    windowBack: 3,
    windowForward: 3,
    measure: 'ratioOfSums',
    frameMode: 'uplift',
    carryOver: { surplusShare: 1, deficitShare: 1, surplusCap: 0.02, deficitCap: null, repaymentYears: 2 },
    history,
    years,
    committees,
    committeeYears,
    scenarios,
  };
  return withLongTermPlan(model, opts, rnd, revenue0);
}

/**
 * The version 2 parts of the large model: an investment plan, projects that cost first and save later,
 * a population forecast by age group driving every third committee, costs per FTE, interest on an opening
 * debt and a reserve policy. Nothing is added (and the model stays version 1) when no count is given.
 */
function withLongTermPlan(model: Model, opts: LargeModelOptions, rnd: () => number, revenue0: number): Model {
  const nInvestments = opts.investments ?? 0;
  const nProjects = opts.projects ?? 0;
  const nGroups = opts.ageGroups ?? 0;
  checkCount('investments', nInvestments, 0, 100_000);
  checkCount('projects', nProjects, 0, 100_000);
  checkCount('ageGroups', nGroups, 0, 1_000);
  if (nInvestments + nProjects + nGroups === 0) return model;
  const planYears = model.years.map((y) => y.year);
  const H = planYears.length;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

  const investments: NonNullable<Model['investments']> = Array.from({ length: nInvestments }, (_, i) => {
    const start = Math.floor(rnd() * H);
    const spread = 1 + Math.floor(rnd() * 3);
    const spend = planYears
      .slice(start, start + spread)
      .map((year) => ({ year, amount: round(((0.1 * revenue0) / Math.max(1, nInvestments)) * (0.5 + rnd()), 1) }));
    return {
      id: `I${String(i + 1).padStart(3, '0')}`,
      name: `Investering ${i + 1}`,
      committee: pick(model.committees).id,
      life: pick([10, 20, 25, 33, 40, 50]),
      spend,
    };
  });
  const projects: NonNullable<Model['projects']> = Array.from({ length: nProjects }, (_, i) => {
    const c = pick(model.committees);
    const cost = round(c.frame * (0.005 + rnd() * 0.01), 2);
    return {
      id: `P${String(i + 1).padStart(3, '0')}`,
      name: `Projekt ${i + 1}`,
      committee: c.id,
      effects: planYears.map((year, t) => ({ year, amount: t === 0 ? cost : round(-cost * (0.4 + rnd() * 0.4), 2) })),
    };
  });
  const ageGroups = Array.from({ length: nGroups }, (_, g) => ({ id: `G${g + 1}`, name: `Åldersgrupp ${g + 1}` }));
  const population = ageGroups.flatMap((g) => {
    let count = 2000 + rnd() * 20_000;
    const growth = -0.01 + rnd() * 0.04;
    return [model.baseYear, ...planYears].map((year, t) => {
      if (t > 0) count *= 1 + growth;
      return { year, group: g.id, count: Math.round(count) };
    });
  });
  const committees = model.committees.map((c, i) => ({
    ...c,
    costPerFte: round(0.5 + rnd() * 0.2, 3),
    ...(nGroups > 0 && i % 3 === 0
      ? { demographyWeights: ageGroups.filter((_, k) => k === 0 || rnd() < 0.5).map((g) => ({ group: g.id, weight: round(1000 + rnd() * 100_000, 0) })) }
      : {}),
  }));
  // Demography from the forecast replaces the typed-in demography of the weighted committees.
  const weighted = new Set(committees.filter((c) => c.demographyWeights).map((c) => c.id));
  const committeeYears = model.committeeYears.filter((r) => !(weighted.has(r.committee) && r.demography !== undefined));
  return {
    ...model,
    schemaVersion: 2,
    years: model.years.map((y, t) => ({ ...y, interestRate: round(0.025 + 0.001 * t, 4), depreciation: round(0.04 * revenue0, 1), balanceAdjustments: 0 })),
    committees,
    committeeYears,
    debt: round(0.5 * revenue0, 1),
    investments,
    projects,
    ...(nGroups > 0 ? { ageGroups, population } : {}),
    reserve: { openingBalance: round(0.01 * revenue0, 1), threshold: 0.01, cap: 0.05, deposit: 1, withdraw: true },
    uncertainty: {
      inputs: [
        { input: 'taxBaseGrowth', sd: 0.01, persistence: 0.5 },
        { input: 'wageIndex', sd: 0.005, persistence: 0.5 },
        { input: 'priceIndex', sd: 0.007, persistence: 0.3 },
        { input: 'grants', sd: 0.01, persistence: 0.5 },
        { input: 'interestRate', sd: 0.005, persistence: 0.7 },
        { input: 'deviation', sd: 0.005, persistence: 0.3 },
      ],
    },
  };
}
