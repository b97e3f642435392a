import {
  CarryOverRule,
  CommitteeYear,
  FrameMode,
  Measure,
  Model,
  PlanYear,
  Scenario,
  ScenarioOverrides,
} from './types';

/** One committee's inputs for one scenario, as dense arrays over the plan years. */
export interface ResolvedCommittee {
  id: string;
  name: string;
  frame0: number;
  labourShare: number;
  openingCarryIn: number;
  rule: CarryOverRule;
  efficiency: number[];
  compensation: number[];
  demography: number[];
  initiative: number[];
  deviation: number[];
}

/** Everything the simulation needs for one scenario, with every default and override applied. */
export interface ResolvedScenario {
  name: string;
  baseYear: number;
  years: number[];
  taxBase0: number;
  taxBaseGrowth: number[];
  taxRate: number[];
  grants: number[];
  wageIndex: number[];
  priceIndex: number[];
  financialNet: number[];
  centralCosts: number[];
  target: number;
  windowBack: number;
  windowForward: number;
  measure: Measure;
  frameMode: FrameMode;
  /** Actual (or forecast) revenue and result for years up to and including the base year. */
  history: Map<number, { revenue: number; result: number }>;
  committees: ResolvedCommittee[];
}

function definedKeys<T extends object>(o: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!o) return out;
  for (const [k, v] of Object.entries(o)) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/**
 * The plan-year rows a scenario sees, in calendar order (the model file does not fix the rows' order):
 * base rows, then the scenario's uniform levers, then its year rows.
 */
export function scenarioYears(model: Model, overrides: ScenarioOverrides): PlanYear[] {
  const rows = model.years.map((y) => ({ ...y })).sort((a, b) => a.year - b.year);
  for (const row of rows) {
    if (overrides.efficiency !== undefined) row.efficiency = overrides.efficiency;
    if (overrides.compensation !== undefined) row.compensation = overrides.compensation;
  }
  for (const o of overrides.years ?? []) {
    const row = rows.find((r) => r.year === o.year);
    if (row) Object.assign(row, definedKeys(o));
  }
  return rows;
}

/** Committee-year rows merged by (committee, year), key by key, the scenario's keys winning. */
export function scenarioCommitteeYears(model: Model, overrides: ScenarioOverrides): CommitteeYear[] {
  const byKey = new Map<string, CommitteeYear>();
  for (const row of [...model.committeeYears, ...(overrides.committeeYears ?? [])]) {
    const key = `${row.committee}\u0000${row.year}`;
    byKey.set(key, { ...(byKey.get(key) ?? {}), ...definedKeys(row) } as CommitteeYear);
  }
  return [...byKey.values()];
}

/** Applies a scenario's overrides to the model. Assumes the model has been validated. */
export function resolveScenario(model: Model, scenario: Scenario): ResolvedScenario {
  const ov = scenario.overrides;
  const years = scenarioYears(model, ov);
  const plan = years.map((y) => y.year);
  const H = plan.length;
  const yearIndex = new Map(plan.map((y, i) => [y, i]));

  // A year's tax rate defaults to the previous year's.
  const taxRate: number[] = [];
  let rate = model.taxRate;
  for (const y of years) {
    if (y.taxRate !== undefined) rate = y.taxRate;
    taxRate.push(rate);
  }

  const defaultRule: CarryOverRule = { ...model.carryOver, ...definedKeys(ov.carryOver) };
  const committees: ResolvedCommittee[] = model.committees.map((c) => ({
    id: c.id,
    name: c.name,
    frame0: c.frame,
    labourShare: c.labourShare,
    openingCarryIn: c.openingCarryIn ?? 0,
    rule: { ...defaultRule, ...definedKeys(c.carryOver) },
    efficiency: years.map((y) => y.efficiency),
    compensation: years.map((y) => y.compensation),
    demography: new Array<number>(H).fill(0),
    initiative: new Array<number>(H).fill(0),
    deviation: new Array<number>(H).fill(0),
  }));
  const committeeIndex = new Map(committees.map((c, i) => [c.id, i]));

  // Committee-year values override the year defaults, also inside a scenario. Applying the model's
  // rows and then the scenario's, each defined key overwriting, is the key-by-key merge.
  for (const row of model.committeeYears.concat(ov.committeeYears ?? [])) {
    const ci = committeeIndex.get(row.committee);
    const yi = yearIndex.get(row.year);
    if (ci === undefined || yi === undefined) continue;
    const c = committees[ci];
    if (row.efficiency !== undefined) c.efficiency[yi] = row.efficiency;
    if (row.compensation !== undefined) c.compensation[yi] = row.compensation;
    if (row.demography !== undefined) c.demography[yi] = row.demography;
    if (row.initiative !== undefined) c.initiative[yi] = row.initiative;
    if (row.deviation !== undefined) c.deviation[yi] = row.deviation;
  }

  return {
    name: scenario.name,
    baseYear: model.baseYear,
    years: plan,
    taxBase0: model.taxBase,
    taxBaseGrowth: years.map((y) => y.taxBaseGrowth),
    taxRate,
    grants: years.map((y) => y.grants),
    wageIndex: years.map((y) => y.wageIndex),
    priceIndex: years.map((y) => y.priceIndex),
    financialNet: years.map((y) => y.financialNet),
    centralCosts: years.map((y) => y.centralCosts),
    target: ov.target ?? model.target,
    windowBack: ov.windowBack ?? model.windowBack,
    windowForward: ov.windowForward ?? model.windowForward,
    measure: ov.measure ?? model.measure,
    frameMode: ov.frameMode ?? model.frameMode,
    history: new Map(model.history.map((h) => [h.year, { revenue: h.revenue, result: h.result }])),
    committees,
  };
}
