import { CommitteeYear, Model, PlanYearOverride, Scenario, ScenarioOverrides } from '../engine';

export interface LargeModelOptions {
  /** Number of committees (>= 1). */
  committees: number;
  /** Plan years, the model's horizon (1..15). */
  years: number;
  /** Scenarios listed in the model besides the base (>= 0); a full run simulates this many + 1. */
  scenarios: number;
  /** Seed of the pseudo-random figures; the same options always give the same model. */
  seed?: number;
}

/** mulberry32: a small, fast, deterministic generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  const rnd = generator(opts.seed ?? 1);
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

  return {
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
}
