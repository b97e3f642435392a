/** A Model as a model file object, in the canonical key order of the spec's example. */
import {
  AgeGroup,
  CarryOverRule,
  Committee,
  CommitteeYear,
  HistoryYear,
  InvestmentOverride,
  Model,
  PlanYear,
  PopulationRow,
  ProjectOverride,
  ReserveRule,
  Scenario,
  ScenarioOverrides,
  UncertaintyInput,
  YearAmount,
} from '../engine/types';

/** Copies the keys in this order, leaving out those that are absent (undefined). */
function ordered<T extends object>(source: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (source[key] !== undefined) out[key as string] = source[key];
  }
  return out;
}

const CARRY_OVER_KEYS = ['surplusShare', 'deficitShare', 'surplusCap', 'deficitCap', 'repaymentYears'] as const;
const HISTORY_KEYS = ['year', 'revenue', 'result'] as const;
const YEAR_KEYS = [
  'year',
  'taxBaseGrowth',
  'taxRate',
  'grants',
  'wageIndex',
  'priceIndex',
  'financialNet',
  'centralCosts',
  'efficiency',
  'compensation',
  'interestRate',
  'depreciation',
  'balanceAdjustments',
] as const;
const COMMITTEE_YEAR_KEYS = ['committee', 'year', 'efficiency', 'compensation', 'demography', 'initiative', 'deviation'] as const;

const carryOver = (c: Partial<CarryOverRule>) => ordered(c, CARRY_OVER_KEYS);
const committeeYear = (r: CommitteeYear) => ordered(r, COMMITTEE_YEAR_KEYS);

const YEAR_AMOUNT_KEYS = ['year', 'amount'] as const;
const RESERVE_KEYS = ['openingBalance', 'threshold', 'cap', 'deposit', 'withdraw'] as const;

const yearAmounts = (list: readonly YearAmount[]) => list.map((r) => ordered(r, YEAR_AMOUNT_KEYS));
const reserve = (r: Partial<ReserveRule>) => ordered(r, RESERVE_KEYS);

/** An investment, or a scenario's row for one (only the keys it gives). */
function investment(i: InvestmentOverride): Record<string, unknown> {
  return { ...ordered(i, ['id', 'name', 'committee', 'life']), ...(i.spend !== undefined && { spend: yearAmounts(i.spend) }) };
}

/** A project, or a scenario's row for one (only the keys it gives). */
function project(p: ProjectOverride): Record<string, unknown> {
  return { ...ordered(p, ['id', 'name', 'committee']), ...(p.effects !== undefined && { effects: yearAmounts(p.effects) }) };
}

function committee(c: Committee): Record<string, unknown> {
  const out = ordered(c, ['id', 'name', 'frame', 'labourShare', 'openingCarryIn']);
  if (c.carryOver !== undefined) out.carryOver = carryOver(c.carryOver);
  if (c.demographyWeights !== undefined) out.demographyWeights = c.demographyWeights.map((w) => ordered(w, ['group', 'weight']));
  if (c.costPerFte !== undefined) out.costPerFte = c.costPerFte;
  return out;
}

function overrides(o: ScenarioOverrides): Record<string, unknown> {
  return {
    ...ordered(o, ['target', 'frameMode', 'windowBack', 'windowForward', 'measure']),
    ...(o.carryOver !== undefined && { carryOver: carryOver(o.carryOver) }),
    ...ordered(o, ['efficiency', 'compensation']),
    ...(o.years !== undefined && { years: o.years.map((y) => ordered(y, YEAR_KEYS)) }),
    ...(o.committeeYears !== undefined && { committeeYears: o.committeeYears.map(committeeYear) }),
    ...(o.reserve !== undefined && { reserve: reserve(o.reserve) }),
    ...(o.projects !== undefined && { projects: o.projects.map(project) }),
    ...(o.investments !== undefined && { investments: o.investments.map(investment) }),
    ...ordered(o, ['investmentScale', 'debt']),
  };
}

const scenario = (s: Scenario) => ({ name: s.name, overrides: overrides(s.overrides) });

export function serializeModel(model: Model): object {
  return {
    ...ordered(model, [
      'schemaVersion',
      'name',
      'unit',
      'language',
      'baseYear',
      'horizon',
      'taxBase',
      'taxRate',
      'target',
      'windowBack',
      'windowForward',
      'measure',
      'frameMode',
    ]),
    carryOver: carryOver(model.carryOver),
    history: model.history.map((h: HistoryYear) => ordered(h, HISTORY_KEYS)),
    years: model.years.map((y: PlanYear) => ordered(y, YEAR_KEYS)),
    committees: model.committees.map(committee),
    committeeYears: model.committeeYears.map(committeeYear),
    scenarios: model.scenarios.map(scenario),
    ...version2(model),
  };
}

/** Version 2's top-level keys, those the model has, after version 1's. */
function version2(model: Model): Record<string, unknown> {
  return {
    ...ordered(model, ['debt']),
    ...(model.investments !== undefined && { investments: model.investments.map(investment) }),
    ...(model.projects !== undefined && { projects: model.projects.map(project) }),
    ...(model.ageGroups !== undefined && { ageGroups: model.ageGroups.map((g: AgeGroup) => ordered(g, ['id', 'name'])) }),
    ...(model.population !== undefined && { population: model.population.map((r: PopulationRow) => ordered(r, ['year', 'group', 'count'])) }),
    ...(model.reserve !== undefined && { reserve: reserve(model.reserve) }),
    ...(model.openingRestoration !== undefined && { openingRestoration: yearAmounts(model.openingRestoration) }),
    ...(model.uncertainty !== undefined && {
      uncertainty: { inputs: model.uncertainty.inputs.map((u: UncertaintyInput) => ordered(u, ['input', 'sd', 'persistence'])) },
    }),
  };
}
