/**
 * The keys version 2 adds to the model file, as zod shapes that schema.ts spreads into its objects
 * (key order is the canonical order). Checks across rows (ids, years, groups, the schema version a
 * key needs) are in version2.ts.
 */
import { z } from 'zod';
import { UNCERTAIN_INPUTS } from '../engine/types';
import { misplacedKey, optionalBoolean, optionalCap, optionalNumber, optionalText, requiredChoice, requiredNumber, requiredText } from './fields';
import { optional, strictObject } from './objects';
import { NumberRule, RULES as R } from './rules';
import { RULES_V2 as R2 } from './rules-v2';

/** Added to `years` rows and to a scenario's `years` rows (all optional in both). */
export const V2_PLAN_YEAR_SHAPE = {
  interestRate: optionalNumber(R2.interestRate),
  depreciation: optionalNumber(R2.depreciation),
  balanceAdjustments: optionalNumber(R2.balanceAdjustments),
};

const demographyWeight = strictObject({
  group: requiredText({ en: 'age group', sv: 'åldersgruppen' }),
  weight: requiredNumber(R2.weight),
});

/** Added to `committees` rows. */
export const V2_COMMITTEE_SHAPE = {
  demographyWeights: optional(z.array(demographyWeight)),
  costPerFte: optionalNumber(R2.costPerFte),
};

const yearAmount = (rule: NumberRule) => strictObject({ year: requiredNumber(R.year), amount: requiredNumber(rule) });

const INVESTMENT_ID = { en: 'investment id', sv: 'investeringens id' };
const INVESTMENT_NAME = { en: 'investment name', sv: 'investeringens namn' };
const PROJECT_ID = { en: 'project id', sv: 'projektets id' };
const PROJECT_NAME = { en: 'project name', sv: 'projektets namn' };
const COMMITTEE = { en: 'committee', sv: 'nämnden' };

const investment = strictObject({
  id: requiredText(INVESTMENT_ID),
  name: requiredText(INVESTMENT_NAME),
  committee: optionalText(COMMITTEE),
  life: requiredNumber(R2.life),
  spend: z.array(yearAmount(R2.spend)),
});

/** A scenario's investment row: merged by id, so only the id is required (version2.ts checks new ids). */
const investmentOverride = strictObject({
  id: requiredText(INVESTMENT_ID),
  name: optionalText(INVESTMENT_NAME),
  committee: optionalText(COMMITTEE),
  life: optionalNumber(R2.life),
  spend: optional(z.array(yearAmount(R2.spend))),
});

const project = strictObject({
  id: requiredText(PROJECT_ID),
  name: requiredText(PROJECT_NAME),
  committee: requiredText(COMMITTEE),
  effects: z.array(yearAmount(R2.effect)),
});

const projectOverride = strictObject({
  id: requiredText(PROJECT_ID),
  name: optionalText(PROJECT_NAME),
  committee: optionalText(COMMITTEE),
  effects: optional(z.array(yearAmount(R2.effect))),
});

const ageGroup = strictObject({
  id: requiredText({ en: 'age group id', sv: 'åldersgruppens id' }),
  name: requiredText({ en: 'age group name', sv: 'åldersgruppens namn' }),
});

const populationRow = strictObject({
  year: requiredNumber(R.year),
  group: requiredText({ en: 'age group', sv: 'åldersgruppen' }),
  count: requiredNumber(R2.count),
});

const reserve = strictObject({
  openingBalance: optionalNumber(R2.openingBalance),
  threshold: optionalNumber(R2.threshold),
  cap: optionalCap(R2.cap),
  deposit: optionalNumber(R2.deposit),
  withdraw: optionalBoolean({ en: 'withdraw', sv: 'uttag ur reserven' }),
});

const uncertaintyInput = strictObject({
  input: requiredChoice({ en: 'uncertain input', sv: 'den osäkra indatan' }, UNCERTAIN_INPUTS),
  sd: requiredNumber(R2.sd),
  persistence: optionalNumber(R2.persistence),
});

const uncertainty = strictObject({ inputs: z.array(uncertaintyInput) });

/** Added at the top level of the model file. */
export const V2_MODEL_SHAPE = {
  debt: optionalNumber(R2.debt),
  investments: optional(z.array(investment)),
  projects: optional(z.array(project)),
  ageGroups: optional(z.array(ageGroup)),
  population: optional(z.array(populationRow)),
  reserve: optional(reserve),
  openingRestoration: optional(z.array(yearAmount(R2.restorationAmount))),
  uncertainty: optional(uncertainty),
  investmentScale: misplacedKey(
    'investmentScale belongs in a scenario\'s overrides, where it scales that scenario\'s spend; the model\'s own spend is what investments says',
    'investmentScale hör hemma i ett scenarios overrides, där den skalar scenariots utgifter; modellens egna utgifter är de som anges i investments',
  ),
};

/** Added to a scenario's overrides. */
export const V2_OVERRIDES_SHAPE = {
  reserve: optional(reserve),
  projects: optional(z.array(projectOverride)),
  investments: optional(z.array(investmentOverride)),
  investmentScale: optionalNumber(R2.investmentScale),
  debt: optionalNumber(R2.debt),
};

/** The version 2 keys, per place, for the check that a version 1 file uses none of them. */
export const V2_KEYS = {
  model: ['debt', 'investments', 'projects', 'ageGroups', 'population', 'reserve', 'openingRestoration', 'uncertainty'],
  planYear: Object.keys(V2_PLAN_YEAR_SHAPE),
  committee: Object.keys(V2_COMMITTEE_SHAPE),
  overrides: Object.keys(V2_OVERRIDES_SHAPE),
} as const;
