/**
 * fast-check arbitraries for random VALID engine models: every value lies inside the ranges the
 * model definition accepts (see "Inputs that must be refused" in shared/budget-model.md), so a model
 * from here must never be refused by the model-file validation and can be run by the engine as-is.
 *
 * Shapes and magnitudes:
 * - horizon 1..6 by default (up to 15 allowed), 1..5 committees by default, base year 2000..2060;
 * - Y0 tax base 1 000..100 000 at a rate of 15..25 kr, grants 0..50 % of that year's tax revenue;
 *   tax-base growth -5..+10 %; a plan year's tax rate is absent (= previous year's) about half the time;
 * - committees' Y0 frames add up to 75..95 % of Y0's revenue; labour share 0..1; opening carry-in
 *   within ±5 % of the frame;
 * - wage and price index -1..+6 %; efficiency -2..+5 %; compensation 0..1; demography -2..+4 %;
 *   initiatives -2..+5 % of the committee's Y0 frame; deviation -10..+10 %;
 * - carry-over shares 0..1, caps none or 0..1, repayment over 1..5 years;
 * - target 0..6 %, windowBack 0..4, windowForward 1..4, either measure;
 * - history: any subset of the seven years up to and including Y0, revenue > 0;
 * - sparse committee-year rows (each key optional) and 0..3 scenarios whose overrides only name
 *   known committees and plan years.
 * With these ranges frames stay positive over any horizon up to 15 years.
 *
 * Exports (stable; other suites rely on them): `ModelArbitraryOptions`, `arbModel`,
 * `arbCarryOverRule`, `arbPartialCarryOverRule`, `arbScenarioOverrides`, `RANGES`.
 */
import fc from 'fast-check';
import {
  CarryOverRule,
  Committee,
  CommitteeYear,
  FrameMode,
  HistoryYear,
  Model,
  PlanYear,
  PlanYearOverride,
  Scenario,
  ScenarioOverrides,
} from '../../src/engine';

/** The ranges used for generated values, as [min, max]. */
export const RANGES = {
  taxBase: [1_000, 100_000],
  taxRate: [15, 25],
  taxBaseGrowth: [-0.05, 0.1],
  grantsShareOfTax: [0, 0.5],
  index: [-0.01, 0.06],
  efficiency: [-0.02, 0.05],
  compensation: [0, 1],
  demography: [-0.02, 0.04],
  initiativeShareOfFrame: [-0.02, 0.05],
  deviation: [-0.1, 0.1],
  openingCarryInShareOfFrame: [-0.05, 0.05],
  framesShareOfRevenue: [0.75, 0.95],
  financialNetShareOfRevenue: [-0.02, 0.01],
  centralCostsShareOfRevenue: [0, 0.1],
  target: [0, 0.06],
} as const satisfies Record<string, readonly [number, number]>;

/** Options for `arbModel`. Every option is off (or free) by default. */
export interface ModelArbitraryOptions {
  /** Fix the frame mode of the model and of every scenario; default: either, scenarios may switch it. */
  frameMode?: FrameMode;
  /** No deviation anywhere: no committee-year or scenario row sets one. */
  zeroDeviation?: boolean;
  /** Every committee's opening carry-in is 0. */
  zeroOpeningCarryIn?: boolean;
  /** No initiatives anywhere. */
  zeroInitiatives?: boolean;
  /** Horizon range, within 1..15; default 1..6. */
  minHorizon?: number;
  maxHorizon?: number;
  /** Number of committees; default 1..5. */
  minCommittees?: number;
  maxCommittees?: number;
  /** Generate 0..3 scenarios; default true. When false the model has no scenarios. */
  scenarios?: boolean;
}

/** A number in [min, max] on a grid of a million steps: spread over the range, never subnormal, never -0. */
const STEPS = 1_000_000;
const real = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: STEPS }).map((i) => (i === STEPS ? max : min + ((max - min) * i) / STEPS) + 0);
const inRange = (r: readonly [number, number]): fc.Arbitrary<number> => real(r[0], r[1]);
const share = (): fc.Arbitrary<number> => real(0, 1);

/** A complete carry-over rule: shares 0..1, caps null or 0..1, repayment over 1..5 years. */
export function arbCarryOverRule(): fc.Arbitrary<CarryOverRule> {
  return fc.record({
    surplusShare: share(),
    deficitShare: share(),
    surplusCap: fc.option(share(), { nil: null }),
    deficitCap: fc.option(share(), { nil: null }),
    repaymentYears: fc.integer({ min: 1, max: 5 }),
  });
}

/** Some keys of a carry-over rule (a committee's or a scenario's override), possibly none. */
export function arbPartialCarryOverRule(): fc.Arbitrary<Partial<CarryOverRule>> {
  return fc.record(
    {
      surplusShare: share(),
      deficitShare: share(),
      surplusCap: fc.option(share(), { nil: null }),
      deficitCap: fc.option(share(), { nil: null }),
      repaymentYears: fc.integer({ min: 1, max: 5 }),
    },
    { requiredKeys: [] },
  );
}

/** Policy-input keys of one committee-year row, each optional, respecting the options. */
function arbCommitteeYearValues(
  frame0: number,
  options: ModelArbitraryOptions,
): fc.Arbitrary<Omit<CommitteeYear, 'committee' | 'year'>> {
  const parts: Record<string, fc.Arbitrary<number>> = {
    efficiency: inRange(RANGES.efficiency),
    compensation: inRange(RANGES.compensation),
    demography: inRange(RANGES.demography),
  };
  if (!options.zeroInitiatives) parts.initiative = inRange(RANGES.initiativeShareOfFrame).map((x) => x * frame0);
  if (!options.zeroDeviation) parts.deviation = inRange(RANGES.deviation);
  return fc.record(parts, { requiredKeys: [] }) as fc.Arbitrary<Omit<CommitteeYear, 'committee' | 'year'>>;
}

/** Sparse committee-year rows: at most one row per (committee, year), naming only known ones. */
function arbCommitteeYears(
  committees: Committee[],
  plan: number[],
  options: ModelArbitraryOptions,
  density: number,
): fc.Arbitrary<CommitteeYear[]> {
  const cells: fc.Arbitrary<CommitteeYear | null>[] = [];
  for (const c of committees) {
    for (const year of plan) {
      cells.push(
        fc.tuple(real(0, 1), arbCommitteeYearValues(c.frame, options)).map(([p, v]) =>
          p < density ? { committee: c.id, year, ...v } : null,
        ),
      );
    }
  }
  return fc.tuple(...cells).map((rows) => rows.filter((r): r is CommitteeYear => r !== null));
}

function arbPlanYear(year: number, revenueScale: number): fc.Arbitrary<PlanYear> {
  return fc
    .record({
      taxBaseGrowth: inRange(RANGES.taxBaseGrowth),
      taxRate: fc.option(inRange(RANGES.taxRate), { nil: undefined }),
      grants: inRange(RANGES.grantsShareOfTax).map((x) => x * revenueScale),
      wageIndex: inRange(RANGES.index),
      priceIndex: inRange(RANGES.index),
      financialNet: inRange(RANGES.financialNetShareOfRevenue).map((x) => x * revenueScale),
      centralCosts: inRange(RANGES.centralCostsShareOfRevenue).map((x) => x * revenueScale),
      efficiency: inRange(RANGES.efficiency),
      compensation: inRange(RANGES.compensation),
    })
    .map((r) => {
      const row: PlanYear = { year, ...r };
      if (r.taxRate === undefined) delete row.taxRate;
      return row;
    });
}

function arbHistory(baseYear: number, revenueScale: number): fc.Arbitrary<HistoryYear[]> {
  const years = Array.from({ length: 7 }, (_, i) => baseYear - 6 + i);
  return fc.tuple(
    ...years.map((year) =>
      fc
        .record({ present: fc.boolean(), revenue: real(0.8, 1.2), resultShare: real(-0.05, 0.08) })
        .map((h) =>
          h.present
            ? { year, revenue: h.revenue * revenueScale, result: h.resultShare * h.revenue * revenueScale }
            : null,
        ),
    ),
  ).map((rows) => rows.filter((r): r is HistoryYear => r !== null));
}

/**
 * Overrides of a scenario for `model`: any subset of the keys the model definition allows, naming
 * only the model's committees and plan years, and respecting the options (a fixed frame mode is
 * never switched; zeroDeviation / zeroInitiatives add none).
 */
export function arbScenarioOverrides(model: Model, options: ModelArbitraryOptions = {}): fc.Arbitrary<ScenarioOverrides> {
  const plan = model.years.map((y) => y.year);
  const revenueScale = (model.taxBase * model.taxRate) / 100;
  const yearRow = (year: number): fc.Arbitrary<PlanYearOverride> =>
    fc
      .record(
        {
          taxBaseGrowth: inRange(RANGES.taxBaseGrowth),
          taxRate: inRange(RANGES.taxRate),
          grants: inRange(RANGES.grantsShareOfTax).map((x) => x * revenueScale),
          wageIndex: inRange(RANGES.index),
          priceIndex: inRange(RANGES.index),
          financialNet: inRange(RANGES.financialNetShareOfRevenue).map((x) => x * revenueScale),
          centralCosts: inRange(RANGES.centralCostsShareOfRevenue).map((x) => x * revenueScale),
          efficiency: inRange(RANGES.efficiency),
          compensation: inRange(RANGES.compensation),
        },
        { requiredKeys: [] },
      )
      .map((r) => ({ year, ...r }));
  const parts: Record<string, fc.Arbitrary<unknown>> = {
    target: inRange(RANGES.target),
    windowBack: fc.integer({ min: 0, max: 4 }),
    windowForward: fc.integer({ min: 1, max: 4 }),
    measure: fc.constantFrom('ratioOfSums' as const, 'meanOfRatios' as const),
    carryOver: arbPartialCarryOverRule(),
    efficiency: inRange(RANGES.efficiency),
    compensation: inRange(RANGES.compensation),
    years: fc.subarray(plan).chain((ys) => fc.tuple(...ys.map(yearRow))),
    committeeYears: arbCommitteeYears(model.committees, plan, options, 0.3),
  };
  if (options.frameMode === undefined) parts.frameMode = fc.constantFrom('uplift' as const, 'revenue' as const);
  return fc.record(parts, { requiredKeys: [] }) as fc.Arbitrary<ScenarioOverrides>;
}

/** A random valid model; see the top of this file for its shapes and the options for its constraints. */
export function arbModel(options: ModelArbitraryOptions = {}): fc.Arbitrary<Model> {
  const minH = Math.max(1, options.minHorizon ?? 1);
  const maxH = Math.min(15, options.maxHorizon ?? Math.max(minH, 6));
  const minC = Math.max(1, options.minCommittees ?? 1);
  const maxC = Math.max(minC, options.maxCommittees ?? Math.max(minC, 5));

  const skeleton = fc.record({
    baseYear: fc.integer({ min: 2000, max: 2060 }),
    horizon: fc.integer({ min: minH, max: maxH }),
    nCommittees: fc.integer({ min: minC, max: maxC }),
    taxBase: inRange(RANGES.taxBase),
    taxRate: inRange(RANGES.taxRate),
    framesShare: inRange(RANGES.framesShareOfRevenue),
    target: inRange(RANGES.target),
    windowBack: fc.integer({ min: 0, max: 4 }),
    windowForward: fc.integer({ min: 1, max: 4 }),
    measure: fc.constantFrom('ratioOfSums' as const, 'meanOfRatios' as const),
    frameMode: options.frameMode ? fc.constant(options.frameMode) : fc.constantFrom('uplift' as const, 'revenue' as const),
    carryOver: arbCarryOverRule(),
    unit: fc.constantFrom('kr' as const, 'tkr' as const, 'mnkr' as const),
  });

  const withParts = skeleton.chain((s) => {
    const revenueScale = (s.taxBase * s.taxRate) / 100;
    const plan = Array.from({ length: s.horizon }, (_, t) => s.baseYear + 1 + t);
    const committee = (i: number) =>
      fc
        .record({
          weight: real(0.05, 1),
          labourShare: share(),
          openingCarryIn: options.zeroOpeningCarryIn
            ? fc.constant(undefined)
            : fc.option(inRange(RANGES.openingCarryInShareOfFrame), { nil: undefined }),
          carryOver: fc.option(arbPartialCarryOverRule(), { nil: undefined }),
        })
        .map((c) => ({ i, ...c }));
    return fc.record({
      s: fc.constant(s),
      years: fc.tuple(...plan.map((y) => arbPlanYear(y, revenueScale))),
      history: arbHistory(s.baseYear, revenueScale),
      committees: fc.tuple(...Array.from({ length: s.nCommittees }, (_, i) => committee(i))),
    });
  });

  const withCommittees = withParts.map(({ s, years, history, committees }): Model => {
    const revenue0 = (s.taxBase * s.taxRate) / 100;
    const totalWeight = committees.reduce((a, c) => a + c.weight, 0);
    const list: Committee[] = committees.map((c) => {
      const frame = (c.weight / totalWeight) * s.framesShare * revenue0;
      const out: Committee = { id: `N${c.i + 1}`, name: `Nämnd ${c.i + 1}`, frame, labourShare: c.labourShare };
      if (c.openingCarryIn !== undefined) out.openingCarryIn = c.openingCarryIn * frame;
      if (c.carryOver !== undefined) out.carryOver = c.carryOver;
      return out;
    });
    return {
      schemaVersion: 1,
      name: 'Slumpkommun',
      unit: s.unit,
      baseYear: s.baseYear,
      horizon: s.horizon,
      taxBase: s.taxBase,
      taxRate: s.taxRate,
      target: s.target,
      windowBack: s.windowBack,
      windowForward: s.windowForward,
      measure: s.measure,
      frameMode: s.frameMode,
      carryOver: s.carryOver,
      history,
      years: [...years],
      committees: list,
      committeeYears: [],
      scenarios: [],
    };
  });

  return withCommittees.chain((m) => {
    const plan = m.years.map((y) => y.year);
    const scenarioCount = options.scenarios === false ? fc.constant(0) : fc.integer({ min: 0, max: 3 });
    return fc.record({
      committeeYears: arbCommitteeYears(m.committees, plan, options, 0.5),
      scenarios: scenarioCount.chain((n) =>
        fc.tuple(...Array.from({ length: n }, () => arbScenarioOverrides(m, options))),
      ),
    }).map(({ committeeYears, scenarios }): Model => ({
      ...m,
      committeeYears,
      scenarios: scenarios.map((overrides, i): Scenario => ({ name: `Scenario ${i + 1}`, overrides })),
    }));
  });
}
