/** The optional values' defaults, filled into a structurally valid model file. */
import { CarryOverRule, DEFAULT_CARRY_OVER, Model } from '../engine/types';
import { ParsedModelFile } from './schema';

export const MODEL_DEFAULTS = Object.freeze({
  language: 'sv',
  windowBack: 3,
  windowForward: 3,
  measure: 'ratioOfSums',
  frameMode: 'uplift',
} as const);

function carryOverRule(given: Partial<CarryOverRule> | undefined): CarryOverRule {
  const rule: CarryOverRule = { ...DEFAULT_CARRY_OVER };
  for (const key of Object.keys(rule) as (keyof CarryOverRule)[]) {
    if (given?.[key] !== undefined) (rule as unknown as Record<string, unknown>)[key] = given[key];
  }
  return rule;
}

/** Version 2's top-level keys, each only when the file gives it (absent = the neutral value). */
function version2Keys(file: ParsedModelFile): Partial<Model> {
  const out: Partial<Model> = {};
  if (file.debt !== undefined) out.debt = file.debt;
  if (file.investments !== undefined) out.investments = file.investments;
  if (file.projects !== undefined) out.projects = file.projects;
  if (file.ageGroups !== undefined) out.ageGroups = file.ageGroups;
  if (file.population !== undefined) out.population = file.population;
  // The reserve keeps the keys given, like a committee's carry-over: absent keys take DEFAULT_RESERVE.
  if (file.reserve !== undefined) out.reserve = file.reserve;
  if (file.openingRestoration !== undefined) out.openingRestoration = file.openingRestoration;
  if (file.uncertainty !== undefined) out.uncertainty = file.uncertainty;
  return out;
}

export function withDefaults(file: ParsedModelFile): Model {
  return {
    schemaVersion: file.schemaVersion === 2 ? 2 : 1,
    name: file.name,
    unit: file.unit,
    language: file.language ?? MODEL_DEFAULTS.language,
    baseYear: file.baseYear,
    horizon: file.horizon,
    taxBase: file.taxBase,
    taxRate: file.taxRate,
    target: file.target,
    windowBack: file.windowBack ?? MODEL_DEFAULTS.windowBack,
    windowForward: file.windowForward ?? MODEL_DEFAULTS.windowForward,
    measure: file.measure ?? MODEL_DEFAULTS.measure,
    frameMode: file.frameMode ?? MODEL_DEFAULTS.frameMode,
    carryOver: carryOverRule(file.carryOver),
    history: file.history ?? [],
    // The engine reads the rows in plan order (a year's tax rate defaults to the previous row's).
    years: [...file.years].sort((a, b) => a.year - b.year),
    committees: file.committees,
    committeeYears: file.committeeYears ?? [],
    scenarios: (file.scenarios ?? []).map((s) => ({ name: s.name, overrides: s.overrides ?? {} })),
    ...version2Keys(file),
  };
}
