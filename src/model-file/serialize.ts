/** A Model as a model file object, in the canonical key order of the spec's example. */
import { CarryOverRule, Committee, CommitteeYear, HistoryYear, Model, PlanYear, Scenario, ScenarioOverrides } from '../engine/types';

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
] as const;
const COMMITTEE_YEAR_KEYS = ['committee', 'year', 'efficiency', 'compensation', 'demography', 'initiative', 'deviation'] as const;

const carryOver = (c: Partial<CarryOverRule>) => ordered(c, CARRY_OVER_KEYS);
const committeeYear = (r: CommitteeYear) => ordered(r, COMMITTEE_YEAR_KEYS);

function committee(c: Committee): Record<string, unknown> {
  const out = ordered(c, ['id', 'name', 'frame', 'labourShare', 'openingCarryIn']);
  if (c.carryOver !== undefined) out.carryOver = carryOver(c.carryOver);
  return out;
}

function overrides(o: ScenarioOverrides): Record<string, unknown> {
  return {
    ...ordered(o, ['target', 'frameMode', 'windowBack', 'windowForward', 'measure']),
    ...(o.carryOver !== undefined && { carryOver: carryOver(o.carryOver) }),
    ...ordered(o, ['efficiency', 'compensation']),
    ...(o.years !== undefined && { years: o.years.map((y) => ordered(y, YEAR_KEYS)) }),
    ...(o.committeeYears !== undefined && { committeeYears: o.committeeYears.map(committeeYear) }),
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
  };
}
