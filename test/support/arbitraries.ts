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
 * `arbCarryOverRule`, `arbPartialCarryOverRule`, `arbScenarioOverrides`, `RANGES`, and for version 2
 * `arbModelV2`, `RANGES_V2` (see the comment above arbModelV2 for its shapes).
 */
import fc from 'fast-check';
import {
  AgeGroup,
  CarryOverRule,
  Committee,
  CommitteeYear,
  FrameMode,
  HistoryYear,
  Investment,
  InvestmentOverride,
  Model,
  PlanYear,
  PlanYearOverride,
  PopulationRow,
  Project,
  ProjectOverride,
  ReserveRule,
  Scenario,
  ScenarioOverrides,
  UNCERTAIN_INPUTS,
  Uncertainty,
  YearAmount,
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

// ---- Version 2 ----

/** The ranges of the values version 2 adds, as [min, max]; amounts as shares of Y0's tax revenue unless named per frame. */
export const RANGES_V2 = {
  interestRate: [0, 0.06],
  depreciationShareOfRevenue: [0, 0.05],
  balanceAdjustmentsShareOfRevenue: [-0.01, 0.01],
  debtShareOfRevenue: [-0.5, 1],
  spendShareOfRevenue: [0, 0.05],
  life: [1, 50],
  projectEffectShareOfFrame: [-0.02, 0.02],
  populationY0: [100, 20_000],
  populationGrowth: [-0.02, 0.03],
  weight: [0, 2],
  costPerFte: [0.3, 1],
  reserveOpeningShareOfRevenue: [0, 0.05],
  threshold: [0, 0.05],
  cap: [0, 0.1],
  restorationShareOfRevenue: [0.001, 0.02],
  investmentScale: [0, 1.5],
  sd: [0, 0.03],
  persistence: [0, 0.9],
} as const satisfies Record<string, readonly [number, number]>;

const yearAmounts = (plan: number[], amount: fc.Arbitrary<number>, maxLength: number): fc.Arbitrary<YearAmount[]> =>
  fc.array(fc.record({ year: fc.constantFrom(...plan), amount }), { maxLength });

function arbInvestment(id: string, committees: Committee[], plan: number[], revenueScale: number): fc.Arbitrary<Investment> {
  return fc
    .record({
      committee: fc.option(fc.constantFrom(...committees.map((c) => c.id)), { nil: undefined }),
      life: fc.integer({ min: RANGES_V2.life[0], max: RANGES_V2.life[1] }),
      spend: yearAmounts(plan, inRange(RANGES_V2.spendShareOfRevenue).map((x) => x * revenueScale), 4),
    })
    .map((r): Investment => ({ id, name: `Investering ${id}`, ...(r.committee !== undefined && { committee: r.committee }), life: r.life, spend: r.spend }));
}

function arbProject(id: string, committees: Committee[], plan: number[]): fc.Arbitrary<Project> {
  return fc.constantFrom(...committees).chain((c) =>
    yearAmounts(plan, inRange(RANGES_V2.projectEffectShareOfFrame).map((x) => x * c.frame), 4).map(
      (effects): Project => ({ id, name: `Projekt ${id}`, committee: c.id, effects }),
    ),
  );
}

/** Some keys of a reserve rule (the model's or a scenario's), possibly none. */
function arbPartialReserve(revenueScale: number): fc.Arbitrary<Partial<ReserveRule>> {
  return fc.record(
    {
      openingBalance: inRange(RANGES_V2.reserveOpeningShareOfRevenue).map((x) => x * revenueScale),
      threshold: inRange(RANGES_V2.threshold),
      cap: fc.option(inRange(RANGES_V2.cap), { nil: null }),
      deposit: share(),
      withdraw: fc.boolean(),
    },
    { requiredKeys: [] },
  );
}

function arbUncertainty(): fc.Arbitrary<Uncertainty> {
  return fc
    .subarray([...UNCERTAIN_INPUTS])
    .chain((inputs) =>
      fc.tuple(
        ...inputs.map((input) =>
          fc
            .record({ sd: inRange(RANGES_V2.sd), persistence: fc.option(inRange(RANGES_V2.persistence), { nil: undefined }) })
            .map((r) => ({ input, sd: r.sd, ...(r.persistence !== undefined && { persistence: r.persistence }) })),
        ),
      ),
    )
    .map((inputs) => ({ inputs: [...inputs] }));
}

/** A population for Y0 and every plan year that grows smoothly, so the demography it drives stays within a few percent. */
function arbPopulation(groups: AgeGroup[], years: number[]): fc.Arbitrary<PopulationRow[]> {
  return fc
    .tuple(
      ...groups.map((g) =>
        fc
          .record({
            y0: inRange(RANGES_V2.populationY0),
            growth: fc.array(inRange(RANGES_V2.populationGrowth), { minLength: years.length - 1, maxLength: years.length - 1 }),
          })
          .map(({ y0, growth }) => {
            const counts = [y0];
            for (const r of growth) counts.push(counts[counts.length - 1] * (1 + r));
            return years.map((year, t): PopulationRow => ({ year, group: g.id, count: counts[t] }));
          }),
      ),
    )
    .map((perGroup) => years.flatMap((_, t) => perGroup.map((rows) => rows[t])));
}

/**
 * Version 2 rows of a scenario's overrides: rows for some of the model's projects and investments
 * (partial, sometimes removing them with an empty list) and for new complete ones, a partial reserve,
 * an investment scale and a debt, each key present about half the time.
 */
function arbScenarioV2(model: Model, revenueScale: number, s: number): fc.Arbitrary<Partial<ScenarioOverrides>> {
  const plan = model.years.map((y) => y.year);
  const projects = model.projects ?? [];
  const investments = model.investments ?? [];
  const projectRow = (p: Project): fc.Arbitrary<ProjectOverride> =>
    fc.oneof(
      fc.constant<ProjectOverride>({ id: p.id, effects: [] }),
      arbProject(p.id, model.committees, plan).map((q): ProjectOverride => ({ id: p.id, effects: q.effects })),
      fc.constantFrom(...model.committees.map((c) => c.id)).map((committee): ProjectOverride => ({ id: p.id, committee })),
    );
  const investmentRow = (i: Investment): fc.Arbitrary<InvestmentOverride> =>
    fc.oneof(
      fc.constant<InvestmentOverride>({ id: i.id, spend: [] }),
      arbInvestment(i.id, model.committees, plan, revenueScale).map((j): InvestmentOverride => ({ id: i.id, spend: j.spend })),
      fc.integer({ min: RANGES_V2.life[0], max: RANGES_V2.life[1] }).map((life): InvestmentOverride => ({ id: i.id, life })),
    );
  return fc.record(
    {
      reserve: arbPartialReserve(revenueScale),
      projects: fc
        .tuple(fc.subarray(projects).chain((ps) => fc.tuple(...ps.map(projectRow))), fc.option(arbProject(`S${s}P`, model.committees, plan), { nil: undefined }))
        .map(([rows, added]) => [...rows, ...(added ? [added] : [])]),
      investments: fc
        .tuple(
          fc.subarray(investments).chain((is) => fc.tuple(...is.map(investmentRow))),
          fc.option(arbInvestment(`S${s}I`, model.committees, plan, revenueScale), { nil: undefined }),
        )
        .map(([rows, added]) => [...rows, ...(added ? [added] : [])]),
      investmentScale: inRange(RANGES_V2.investmentScale),
      debt: inRange(RANGES_V2.debtShareOfRevenue).map((x) => x * revenueScale),
      interestRate: inRange(RANGES_V2.interestRate),
    },
    { requiredKeys: [] },
  );
}

/**
 * A random valid version 2 model: an arbModel model (same options) with `schemaVersion` 2, a
 * `language`, and every version 2 key present about half the time:
 * - per plan year `interestRate` 0..6 %, `depreciation` 0..5 % and `balanceAdjustments` ±1 % of Y0's tax revenue;
 * - `debt` -50..+100 % of Y0's tax revenue; 0..4 investments (life 1..50, 0..4 spends of 0..5 % of that
 *   revenue each, a year possibly twice); 0..3 projects (effects ±2 % of their committee's Y0 frame);
 * - 0..4 age groups with a population for Y0 and every plan year (Y0 100..20 000, growing -2..+3 % a year),
 *   and, when there are groups, weights 0..2 on some committees (the first weight at least 0.1, so the
 *   weighted population is never 0); costPerFte 0.3..1 on some committees;
 * - a partial reserve, 0..2 opening restorations of years up to Y0, an uncertainty block over any subset of inputs;
 * - scenarios that override the new keys: project and investment rows merged by id (some removing with
 *   an empty list), a new complete project or investment, a partial reserve, an investment scale
 *   0..1.5, a debt, and an interest rate in a year row.
 */
export function arbModelV2(options: ModelArbitraryOptions = {}): fc.Arbitrary<Model> {
  return arbModel(options).chain((m) => {
    const revenueScale = (m.taxBase * m.taxRate) / 100;
    const plan = m.years.map((y) => y.year);
    const populationYears = [m.baseYear, ...plan];
    const yearExtras = fc.tuple(
      ...m.years.map(() =>
        fc.record(
          {
            interestRate: inRange(RANGES_V2.interestRate),
            depreciation: inRange(RANGES_V2.depreciationShareOfRevenue).map((x) => x * revenueScale),
            balanceAdjustments: inRange(RANGES_V2.balanceAdjustmentsShareOfRevenue).map((x) => x * revenueScale),
          },
          { requiredKeys: [] },
        ),
      ),
    );
    const groups = fc.integer({ min: 0, max: 4 }).map((n) => Array.from({ length: n }, (_, i): AgeGroup => ({ id: `G${i + 1}`, name: `Grupp ${i + 1}` })));
    return fc
      .record({
        language: fc.constantFrom('sv' as const, 'en' as const),
        yearExtras,
        groups,
        parts: fc.record(
          {
            debt: inRange(RANGES_V2.debtShareOfRevenue).map((x) => x * revenueScale),
            investments: fc.integer({ min: 0, max: 4 }).chain((n) =>
              fc.tuple(...Array.from({ length: n }, (_, i) => arbInvestment(`I${i + 1}`, m.committees, plan, revenueScale))),
            ),
            projects: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbProject(`P${i + 1}`, m.committees, plan)))),
            reserve: arbPartialReserve(revenueScale),
            openingRestoration: fc.array(
              fc.record({
                year: fc.integer({ min: m.baseYear - 3, max: m.baseYear }),
                amount: inRange(RANGES_V2.restorationShareOfRevenue).map((x) => x * revenueScale),
              }),
              { maxLength: 2 },
            ),
            uncertainty: arbUncertainty(),
          },
          { requiredKeys: [] },
        ),
        committeeExtras: fc.tuple(
          ...m.committees.map(() =>
            fc.record({
              weighted: fc.boolean(),
              weights: fc.array(inRange(RANGES_V2.weight), { minLength: 4, maxLength: 4 }),
              firstWeight: real(0.1, RANGES_V2.weight[1]),
              costPerFte: fc.option(inRange(RANGES_V2.costPerFte), { nil: undefined }),
            }),
          ),
        ),
      })
      .chain((r) => {
        const groupList = r.groups;
        const population = groupList.length > 0 ? arbPopulation(groupList, populationYears).map((p) => p as PopulationRow[] | undefined) : fc.constant(undefined);
        return population.map((pop) => ({ ...r, pop }));
      })
      .map((r): Model => {
        const years = m.years.map((y, t) => ({ ...y, ...r.yearExtras[t] }));
        const committees = m.committees.map((c, i): Committee => {
          const extra = r.committeeExtras[i];
          const out: Committee = { ...c };
          if (extra.weighted && r.groups.length > 0) {
            out.demographyWeights = r.groups.map((g, k) => ({ group: g.id, weight: k === 0 ? extra.firstWeight : extra.weights[k] }));
          }
          if (extra.costPerFte !== undefined) out.costPerFte = extra.costPerFte;
          return out;
        });
        const model: Model = { ...m, schemaVersion: 2, language: r.language, years, committees };
        const parts = r.parts;
        if (parts.debt !== undefined) model.debt = parts.debt;
        if (parts.investments !== undefined) model.investments = [...parts.investments];
        if (parts.projects !== undefined) model.projects = [...parts.projects];
        if (r.groups.length > 0) {
          model.ageGroups = r.groups;
          model.population = r.pop;
        }
        if (parts.reserve !== undefined) model.reserve = parts.reserve;
        if (parts.openingRestoration !== undefined) model.openingRestoration = parts.openingRestoration;
        if (parts.uncertainty !== undefined) model.uncertainty = parts.uncertainty;
        return model;
      })
      .chain((model) =>
        fc.tuple(...model.scenarios.map((_, s) => arbScenarioV2(model, revenueScale, s + 1))).map((extras): Model => ({
          ...model,
          scenarios: model.scenarios.map((sc, s) => {
            const { interestRate, ...rest } = extras[s] as Partial<ScenarioOverrides> & { interestRate?: number };
            const overrides: ScenarioOverrides = { ...sc.overrides, ...rest };
            if (interestRate !== undefined) {
              const rows = sc.overrides.years ?? [];
              overrides.years = rows.length > 0 ? rows.map((y, k) => (k === 0 ? { ...y, interestRate } : y)) : [{ year: plan[0], interestRate }];
            }
            return { name: sc.name, overrides };
          }),
        })),
      )
      // fast-check's records may have a null prototype; a model is plain data, as a parsed file is.
      .map((model) => structuredClone(model));
  });
}
