/**
 * A tiny builder for typed engine `Model` objects, for tests that need a model without going through
 * the model-file parser.
 *
 * Every default is neutral, so a test only states what it is about and the hand arithmetic stays short:
 *
 * - `baseYear` 2026, `horizon` 3 (plan years 2027..2029), `taxBase` 1000, `taxRate` 20
 *   (so Y0's tax revenue would be 200), `target` 0, `windowBack` 3, `windowForward` 3,
 *   `measure` 'ratioOfSums', `frameMode` 'uplift', `carryOver` = DEFAULT_CARRY_OVER, no history,
 *   no committee-year rows, no scenarios, unit 'mnkr'.
 * - Each plan year (see `planYear`): no tax-base growth, tax rate absent (= the previous year's),
 *   no grants, zero wage and price index, zero financial net and central costs, efficiency 0,
 *   compensation 1.
 * - Each committee (see `committee`): frame 100, labour share 0.5, name = id, no opening carry-in,
 *   no own carry-over rule.
 * - One committee, 'A', when none are given.
 *
 * Exports (stable; other suites rely on them): `planYear`, `committee`, `buildModel`,
 * `BuildModelOptions`, `planYearsOf`, `withScenarios`, `baseScenario`.
 */
import {
  BASE_SCENARIO_NAME,
  CarryOverRule,
  Committee,
  DEFAULT_CARRY_OVER,
  Model,
  PlanYear,
  PlanYearOverride,
  Scenario,
  ScenarioOverrides,
} from '../../src/engine';

/** A plan-year row with neutral defaults; `overrides` replace single keys. */
export function planYear(year: number, overrides: Partial<Omit<PlanYear, 'year'>> = {}): PlanYear {
  return {
    year,
    taxBaseGrowth: 0,
    grants: 0,
    wageIndex: 0,
    priceIndex: 0,
    financialNet: 0,
    centralCosts: 0,
    efficiency: 0,
    compensation: 1,
    ...overrides,
  };
}

/** A committee with frame 100, labour share 0.5 and name = id; `overrides` replace single keys. */
export function committee(id: string, overrides: Partial<Omit<Committee, 'id'>> = {}): Committee {
  return { id, name: id, frame: 100, labourShare: 0.5, ...overrides };
}

/**
 * Options for `buildModel`: any top-level `Model` key, plus two ways to fill the plan-year rows.
 * `years` is not taken as-is: the builder always produces one row per plan year.
 */
export interface BuildModelOptions extends Partial<Omit<Model, 'years' | 'carryOver'>> {
  /** Keys applied to every plan-year row (before `years`). */
  yearDefaults?: Partial<Omit<PlanYear, 'year'>>;
  /** Rows merged by year into the generated plan-year rows, key by key. Years outside the plan are ignored. */
  years?: PlanYearOverride[];
  /** Keys of the default carry-over rule; the rest come from DEFAULT_CARRY_OVER. */
  carryOver?: Partial<CarryOverRule>;
}

/** A complete, valid `Model` with the neutral defaults described at the top of this file. */
export function buildModel(options: BuildModelOptions = {}): Model {
  const { yearDefaults, years: yearRows, carryOver, ...top } = options;
  const baseYear = top.baseYear ?? 2026;
  const horizon = top.horizon ?? 3;
  const years: PlanYear[] = [];
  for (let t = 1; t <= horizon; t++) {
    const year = baseYear + t;
    const row = planYear(year, yearDefaults);
    for (const o of yearRows ?? []) {
      if (o.year === year) Object.assign(row, o);
    }
    years.push(row);
  }
  return {
    schemaVersion: 1,
    name: 'Testkommun',
    unit: 'mnkr',
    taxBase: 1000,
    taxRate: 20,
    target: 0,
    windowBack: 3,
    windowForward: 3,
    measure: 'ratioOfSums',
    frameMode: 'uplift',
    history: [],
    committees: [committee('A')],
    committeeYears: [],
    scenarios: [],
    ...top,
    baseYear,
    horizon,
    carryOver: { ...DEFAULT_CARRY_OVER, ...carryOver },
    years,
  };
}

/** The plan years of a model: baseYear+1 .. baseYear+horizon. */
export function planYearsOf(model: Pick<Model, 'baseYear' | 'horizon'>): number[] {
  return Array.from({ length: model.horizon }, (_, t) => model.baseYear + 1 + t);
}

/** A copy of `model` with these scenarios appended, in order. */
export function withScenarios(model: Model, ...scenarios: Array<{ name: string; overrides?: ScenarioOverrides }>): Model {
  return {
    ...model,
    scenarios: [...model.scenarios, ...scenarios.map((s): Scenario => ({ name: s.name, overrides: s.overrides ?? {} }))],
  };
}

/** The base scenario (no overrides), as `runModel` reports it first. */
export function baseScenario(): Scenario {
  return { name: BASE_SCENARIO_NAME, overrides: {} };
}
