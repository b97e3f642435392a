/** The model file's structure (version 1) as zod schemas; key order is the canonical order. */
import { z } from 'zod';
import { BASE_SCENARIO_NAME } from '../engine/types';
import { Label, optionalCap, optionalChoice, optionalNumber, requiredChoice, requiredNumber, requiredText } from './fields';
import { optional, strictObject } from './objects';
import { RULES as R, Verdict } from './rules';
import { V2_COMMITTEE_SHAPE, V2_MODEL_SHAPE, V2_OVERRIDES_SHAPE, V2_PLAN_YEAR_SHAPE } from './schema-v2';

export const UNITS = ['kr', 'tkr', 'mnkr'] as const;
export const LANGUAGES = ['sv', 'en'] as const;
export const MEASURES = ['ratioOfSums', 'meanOfRatios'] as const;
export const FRAME_MODES = ['uplift', 'revenue'] as const;

/** Scenario names are compared trimmed and ignoring case: "base" would be mistaken for the base scenario. */
export function scenarioKey(name: string): string {
  return name.trim().toLocaleLowerCase('sv');
}

/** The base scenario's name, and the name the Swedish report and the CLI's --scenario give it. */
const BASE_NAMES = [BASE_SCENARIO_NAME, 'Bas'];

function notReserved(name: string): Verdict<string> {
  return BASE_NAMES.some((base) => scenarioKey(name) === scenarioKey(base))
    ? {
        ok: false,
        code: 'reserved-name',
        message: `scenario name ${JSON.stringify(name)} is reserved for the base scenario ("Base", in Swedish "Bas"); choose another name`,
        sv: `scenarionamnet ${JSON.stringify(name)} är reserverat för basscenariot ("Base", på svenska "Bas"); välj ett annat namn`,
      }
    : { ok: true, value: name };
}

const FRAME_MODE: Label = { en: 'frame mode', sv: 'ramstyrningen' };
const MEASURE: Label = { en: 'measure', sv: 'måttet för det rullande målet' };

const carryOver = strictObject({
  surplusShare: optionalNumber(R.surplusShare),
  deficitShare: optionalNumber(R.deficitShare),
  surplusCap: optionalCap(R.surplusCap),
  deficitCap: optionalCap(R.deficitCap),
  repaymentYears: optionalNumber(R.repaymentYears),
});

const historyYear = strictObject({
  year: requiredNumber(R.year),
  revenue: requiredNumber(R.historyRevenue),
  result: requiredNumber(R.historyResult),
});

const planYear = strictObject({
  year: requiredNumber(R.year),
  taxBaseGrowth: requiredNumber(R.taxBaseGrowth),
  taxRate: optionalNumber(R.taxRate),
  grants: requiredNumber(R.grants),
  wageIndex: requiredNumber(R.wageIndex),
  priceIndex: requiredNumber(R.priceIndex),
  financialNet: requiredNumber(R.financialNet),
  centralCosts: requiredNumber(R.centralCosts),
  efficiency: requiredNumber(R.efficiency),
  compensation: requiredNumber(R.compensation),
  ...V2_PLAN_YEAR_SHAPE,
});

const planYearOverride = strictObject({
  year: requiredNumber(R.year),
  taxBaseGrowth: optionalNumber(R.taxBaseGrowth),
  taxRate: optionalNumber(R.taxRate),
  grants: optionalNumber(R.grants),
  wageIndex: optionalNumber(R.wageIndex),
  priceIndex: optionalNumber(R.priceIndex),
  financialNet: optionalNumber(R.financialNet),
  centralCosts: optionalNumber(R.centralCosts),
  efficiency: optionalNumber(R.efficiency),
  compensation: optionalNumber(R.compensation),
  ...V2_PLAN_YEAR_SHAPE,
});

const committee = strictObject({
  id: requiredText({ en: 'committee id', sv: 'nämndens id' }),
  name: requiredText({ en: 'committee name', sv: 'nämndens namn' }),
  frame: requiredNumber(R.frame),
  labourShare: requiredNumber(R.labourShare),
  openingCarryIn: optionalNumber(R.openingCarryIn),
  carryOver: optional(carryOver),
  ...V2_COMMITTEE_SHAPE,
});

const committeeYear = strictObject({
  committee: requiredText({ en: 'committee', sv: 'nämnden' }),
  year: requiredNumber(R.year),
  efficiency: optionalNumber(R.efficiency),
  compensation: optionalNumber(R.compensation),
  demography: optionalNumber(R.demography),
  initiative: optionalNumber(R.initiative),
  deviation: optionalNumber(R.deviation),
});

const overrides = strictObject({
  target: optionalNumber(R.target),
  frameMode: optionalChoice(FRAME_MODE, FRAME_MODES),
  windowBack: optionalNumber(R.windowBack),
  windowForward: optionalNumber(R.windowForward),
  measure: optionalChoice(MEASURE, MEASURES),
  carryOver: optional(carryOver),
  efficiency: optionalNumber(R.efficiency),
  compensation: optionalNumber(R.compensation),
  years: optional(z.array(planYearOverride)),
  committeeYears: optional(z.array(committeeYear)),
  ...V2_OVERRIDES_SHAPE,
});

const scenario = strictObject({
  name: requiredText({ en: 'scenario name', sv: 'scenariots namn' }, notReserved),
  overrides: optional(overrides),
});

const committees = z.array(committee).superRefine((list, ctx) => {
  if (list.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: 'at least one committee is required',
      params: { code: 'required', sv: 'minst en nämnd måste finnas' },
    });
  }
});

export const modelSchema = strictObject({
  schemaVersion: requiredNumber(R.schemaVersion),
  name: requiredText({ en: 'model name', sv: 'kommunens namn' }),
  unit: requiredChoice({ en: 'unit', sv: 'enheten' }, UNITS),
  language: optionalChoice({ en: 'language', sv: 'språket' }, LANGUAGES),
  baseYear: requiredNumber(R.baseYear),
  horizon: requiredNumber(R.horizon),
  taxBase: requiredNumber(R.taxBase),
  taxRate: requiredNumber(R.taxRate),
  target: requiredNumber(R.target),
  windowBack: optionalNumber(R.windowBack),
  windowForward: optionalNumber(R.windowForward),
  measure: optionalChoice(MEASURE, MEASURES),
  frameMode: optionalChoice(FRAME_MODE, FRAME_MODES),
  carryOver: optional(carryOver),
  history: optional(z.array(historyYear)),
  years: z.array(planYear),
  committees,
  committeeYears: optional(z.array(committeeYear)),
  scenarios: optional(z.array(scenario)),
  ...V2_MODEL_SHAPE,
});

/** A structurally valid model file before defaults are filled in. */
export type ParsedModelFile = z.output<typeof modelSchema>;
