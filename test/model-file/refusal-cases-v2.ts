/**
 * The refused version 2 inputs, as edits of the version 2 fixture (validFileV2) with the exact
 * [path, code] of each problem they give: refusals-v2.test.ts checks them, and it checks that every
 * problem says its sentence in Swedish too.
 */
import { Case } from './refusal-cases';

/** Version 2 keys in a file that says schemaVersion 1. */
export const VERSION_1_WITH_V2_KEYS: Case[] = [
  ['every version 2 key of the fixture, in a file that says 1', (f) => (f.schemaVersion = 1), [
    ['$.years[0].interestRate', 'schema-version'],
    ['$.years[0].depreciation', 'schema-version'],
    ['$.years[0].balanceAdjustments', 'schema-version'],
    ['$.years[1].interestRate', 'schema-version'],
    ['$.committees[0].costPerFte', 'schema-version'],
    ['$.committees[1].demographyWeights', 'schema-version'],
    ['$.committees[1].costPerFte', 'schema-version'],
    ['$.committees[2].demographyWeights', 'schema-version'],
    ['$.scenarios[1].overrides.years[0].interestRate', 'schema-version'],
    ['$.scenarios[2].overrides.reserve', 'schema-version'],
    ['$.scenarios[2].overrides.projects', 'schema-version'],
    ['$.scenarios[2].overrides.investments', 'schema-version'],
    ['$.scenarios[2].overrides.investmentScale', 'schema-version'],
    ['$.scenarios[2].overrides.debt', 'schema-version'],
    ['$.debt', 'schema-version'],
    ['$.investments', 'schema-version'],
    ['$.projects', 'schema-version'],
    ['$.ageGroups', 'schema-version'],
    ['$.population', 'schema-version'],
    ['$.reserve', 'schema-version'],
    ['$.openingRestoration', 'schema-version'],
    ['$.uncertainty', 'schema-version'],
  ]],
  [
    'one key in a version 1 file',
    (f) => {
      for (const key of ['debt', 'investments', 'projects', 'ageGroups', 'population', 'reserve', 'openingRestoration', 'uncertainty']) delete f[key];
      f.scenarios.pop();
      delete f.scenarios[1].overrides.years[0].interestRate;
      f.years = f.years.map(({ interestRate, depreciation, balanceAdjustments, ...row }: Record<string, unknown>) => row);
      f.committees = f.committees.map(({ demographyWeights, costPerFte, ...row }: Record<string, unknown>) => row);
      f.schemaVersion = 1;
      f.scenarios[0].overrides.investmentScale = 0.8;
    },
    [['$.scenarios[0].overrides.investmentScale', 'schema-version']],
  ],
];

/** Ids, population rows and uncertainty inputs twice. */
export const DUPLICATES_V2: Case[] = [
  ['an investment id twice', (f) => f.investments.push({ id: 'SKOLA', name: 'Skola 2', life: 30, spend: [] }), [['$.investments[2].id', 'duplicate']]],
  ['a project id twice', (f) => (f.projects[1].id = 'DIGI'), [['$.projects[1].id', 'duplicate']]],
  ['an age group id twice', (f) => f.ageGroups.push({ id: 'Y80', name: '80 år och äldre' }), [['$.ageGroups[3].id', 'duplicate']]],
  ['a population row for the same year and group twice', (f) => f.population.push({ year: 2027, group: 'Y80', count: 1 }), [['$.population[12]', 'duplicate']]],
  ['an uncertainty input twice', (f) => f.uncertainty.inputs.push({ input: 'taxBaseGrowth', sd: 0.02 }), [['$.uncertainty.inputs[2].input', 'duplicate']]],
  ['a weight for the same group twice', (f) => f.committees[1].demographyWeights.push({ group: 'Y1_5', weight: 1 }), [['$.committees[1].demographyWeights[2].group', 'duplicate']]],
  ['a project id twice in one scenario', (f) => f.scenarios[2].overrides.projects.push({ id: 'DIGI', effects: [] }), [['$.scenarios[2].overrides.projects[2].id', 'duplicate']]],
  ['an investment id twice in one scenario', (f) => f.scenarios[2].overrides.investments.push({ id: 'VA', life: 40 }), [['$.scenarios[2].overrides.investments[3].id', 'duplicate']]],
];

/** investmentScale at the top level. */
export const MISPLACED: Case[] = [
  ['investmentScale at the top level', (f) => (f.investmentScale = 0.8), [['$.investmentScale', 'unknown-key']]],
];

/** Investments: life, spend, committee, years. */
export const INVESTMENTS: Case[] = [
  ['life 2.5', (f) => (f.investments[0].life = 2.5), [['$.investments[0].life', 'integer']]],
  ['life 0', (f) => (f.investments[0].life = 0), [['$.investments[0].life', 'range']]],
  ['life -3', (f) => (f.investments[1].life = -3), [['$.investments[1].life', 'range']]],
  ['life as text', (f) => (f.investments[1].life = 'lång'), [['$.investments[1].life', 'type']]],
  ['a scenario life 0.5', (f) => (f.scenarios[2].overrides.investments[2].life = 0.5), [['$.scenarios[2].overrides.investments[2].life', 'integer']]],
  ['a negative spend', (f) => (f.investments[0].spend[1].amount = -1), [['$.investments[0].spend[1].amount', 'range']]],
  ['a negative spend in a scenario', (f) => (f.scenarios[2].overrides.investments[0].spend[0].amount = -200), [['$.scenarios[2].overrides.investments[0].spend[0].amount', 'range']]],
  ['a spend in the base year', (f) => (f.investments[1].spend[0].year = 2026), [['$.investments[1].spend[0].year', 'year-outside-plan']]],
  ['a spend after the plan', (f) => (f.investments[0].spend[1].year = 2030), [['$.investments[0].spend[1].year', 'year-outside-plan']]],
  ['a scenario spend after the plan', (f) => (f.scenarios[2].overrides.investments[2].spend[0].year = 2031), [['$.scenarios[2].overrides.investments[2].spend[0].year', 'year-outside-plan']]],
  ['an unknown committee', (f) => (f.investments[1].committee = 'TN'), [['$.investments[1].committee', 'unknown-committee']]],
  ['an unknown committee in a scenario', (f) => (f.scenarios[2].overrides.investments[0].committee = 'TN'), [['$.scenarios[2].overrides.investments[0].committee', 'unknown-committee']]],
];

/** Projects: committee and effect years. */
export const PROJECTS: Case[] = [
  ['an unknown committee', (f) => (f.projects[0].committee = 'VON'), [['$.projects[0].committee', 'unknown-committee']]],
  ['an unknown committee in a scenario', (f) => (f.scenarios[2].overrides.projects[1].committee = 'VON'), [['$.scenarios[2].overrides.projects[1].committee', 'unknown-committee']]],
  ['an effect in the base year', (f) => (f.projects[1].effects[0].year = 2026), [['$.projects[1].effects[0].year', 'year-outside-plan']]],
  ['an effect after the plan', (f) => f.projects[0].effects.push({ year: 2030, amount: -3 }), [['$.projects[0].effects[3].year', 'year-outside-plan']]],
  ['a scenario effect after the plan', (f) => (f.scenarios[2].overrides.projects[1].effects[0].year = 2030), [['$.scenarios[2].overrides.projects[1].effects[0].year', 'year-outside-plan']]],
];

/** A scenario row for a project or investment the model lacks must be complete. */
export const NEW_SCENARIO_ROWS: Case[] = [
  ['a new project without a committee', (f) => delete f.scenarios[2].overrides.projects[1].committee, [['$.scenarios[2].overrides.projects[1].committee', 'required']]],
  [
    'a new project with only an id',
    (f) => f.scenarios[2].overrides.projects.push({ id: 'OKÄND' }),
    [
      ['$.scenarios[2].overrides.projects[2].name', 'required'],
      ['$.scenarios[2].overrides.projects[2].committee', 'required'],
      ['$.scenarios[2].overrides.projects[2].effects', 'required'],
    ],
  ],
  [
    'a new investment without life and spend',
    (f) => {
      delete f.scenarios[2].overrides.investments[2].life;
      f.scenarios[2].overrides.investments[2].spend = null;
    },
    [
      ['$.scenarios[2].overrides.investments[2].spend', 'required'],
      ['$.scenarios[2].overrides.investments[2].life', 'required'],
    ],
  ],
  ['removing an investment the model lacks', (f) => (f.scenarios[2].overrides.investments[1].id = 'AV'), [['$.scenarios[2].overrides.investments[1].spend', 'invalid']]],
  ['removing a project the model lacks', (f) => (f.scenarios[2].overrides.projects[0].id = 'digi'), [['$.scenarios[2].overrides.projects[0].effects', 'invalid']]],
  ['a new investment without a name', (f) => delete f.scenarios[2].overrides.investments[2].name, [['$.scenarios[2].overrides.investments[2].name', 'required']]],
];

/** Age groups, population and demography weights. */
export const POPULATION: Case[] = [
  ['a population year before the base year', (f) => (f.population[0].year = 2025), [
    ['$.committees[1].demographyWeights[0].group', 'year-missing'],
    ['$.population[0].year', 'year-outside-plan'],
  ]],
  ['a population year after the plan', (f) => f.population.push({ year: 2030, group: 'Y80', count: 2800 }), [['$.population[12].year', 'year-outside-plan']]],
  ['a population row naming an unknown group', (f) => f.population.push({ year: 2027, group: 'Y19_64', count: 30000 }), [['$.population[12].group', 'enum']]],
  ['a weight naming an unknown group', (f) => (f.committees[2].demographyWeights[0].group = 'Y65_79'), [['$.committees[2].demographyWeights[0].group', 'enum']]],
  ['a weight when there are no age groups', (f) => {
    delete f.ageGroups;
    f.population = [];
    delete f.committees[1].demographyWeights;
  }, [['$.committees[2].demographyWeights[0].group', 'enum']]],
  ['a negative count', (f) => (f.population[4].count = -1), [['$.population[4].count', 'range']]],
  ['a negative weight', (f) => (f.committees[1].demographyWeights[1].weight = -120), [['$.committees[1].demographyWeights[1].weight', 'range']]],
  ['a weighted group without population in Y0', (f) => f.population.splice(0, 1), [['$.committees[1].demographyWeights[0].group', 'year-missing']]],
  [
    'a weighted group without population in two plan years',
    (f) => (f.population = f.population.filter((r: { year: number; group: string }) => !(r.group === 'Y80' && r.year >= 2028))),
    [['$.committees[2].demographyWeights[0].group', 'year-missing']],
  ],
  [
    'a weighted population of 0 in Y0',
    (f) => f.population.forEach((r: { year: number; group: string; count: number }) => r.group === 'Y80' && r.year === 2026 && (r.count = 0)),
    [['$.committees[2].demographyWeights', 'invalid']],
  ],
  [
    'a weighted population of 0 because every weight is 0',
    (f) => f.committees[1].demographyWeights.forEach((w: { weight: number }) => (w.weight = 0)),
    [['$.committees[1].demographyWeights', 'invalid']],
  ],
];

/** Committees' cost per FTE. */
export const COST_PER_FTE: Case[] = [
  ['cost per FTE 0', (f) => (f.committees[0].costPerFte = 0), [['$.committees[0].costPerFte', 'range']]],
  ['cost per FTE -0.5', (f) => (f.committees[1].costPerFte = -0.5), [['$.committees[1].costPerFte', 'range']]],
  ['cost per FTE as percent text', (f) => (f.committees[1].costPerFte = '55 %'), [['$.committees[1].costPerFte', 'type']]],
];

/** The reserve. */
export const RESERVE: Case[] = [
  ['threshold 1.5', (f) => (f.reserve.threshold = 1.5), [['$.reserve.threshold', 'range']]],
  ['threshold -1 %', (f) => (f.reserve.threshold = '-1 %'), [['$.reserve.threshold', 'range']]],
  ['cap -0.1', (f) => (f.reserve.cap = -0.1), [['$.reserve.cap', 'range']]],
  ['deposit 2', (f) => (f.reserve.deposit = 2), [['$.reserve.deposit', 'range']]],
  ['a scenario deposit -0.5', (f) => (f.scenarios[2].overrides.reserve.deposit = -0.5), [['$.scenarios[2].overrides.reserve.deposit', 'range']]],
  ['a scenario cap 120 %', (f) => (f.scenarios[2].overrides.reserve.cap = '120 %'), [['$.scenarios[2].overrides.reserve.cap', 'range']]],
  ['a negative opening balance', (f) => (f.reserve.openingBalance = -50), [['$.reserve.openingBalance', 'range']]],
  ['withdraw "ja"', (f) => (f.reserve.withdraw = 'ja'), [['$.reserve.withdraw', 'type']]],
  ['withdraw 1', (f) => (f.reserve.withdraw = 1), [['$.reserve.withdraw', 'type']]],
  ['a scenario withdraw "true"', (f) => (f.scenarios[2].overrides.reserve.withdraw = 'true'), [['$.scenarios[2].overrides.reserve.withdraw', 'type']]],
];

/** The opening restoration. */
export const OPENING_RESTORATION: Case[] = [
  ['a year after Y0', (f) => (f.openingRestoration[0].year = 2027), [['$.openingRestoration[0].year', 'range']]],
  ['amount 0', (f) => (f.openingRestoration[0].amount = 0), [['$.openingRestoration[0].amount', 'range']]],
  ['amount -12', (f) => (f.openingRestoration[0].amount = -12), [['$.openingRestoration[0].amount', 'range']]],
];

/** The uncertainty block. */
export const UNCERTAINTY: Case[] = [
  ['an unknown input', (f) => (f.uncertainty.inputs[1].input = 'taxRate'), [['$.uncertainty.inputs[1].input', 'enum']]],
  ['sd -0.01', (f) => (f.uncertainty.inputs[0].sd = -0.01), [['$.uncertainty.inputs[0].sd', 'range']]],
  ['persistence 1', (f) => (f.uncertainty.inputs[0].persistence = 1), [['$.uncertainty.inputs[0].persistence', 'range']]],
  ['persistence -0.1', (f) => (f.uncertainty.inputs[1].persistence = -0.1), [['$.uncertainty.inputs[1].persistence', 'range']]],
  ['inputs missing', (f) => (f.uncertainty = {}), [['$.uncertainty.inputs', 'required']]],
];

/** Interest rate, and the other new numbers. */
export const NEW_NUMBERS: Case[] = [
  ['interest rate -1', (f) => (f.years[0].interestRate = -1), [['$.years[0].interestRate', 'range']]],
  ['interest rate "-100 %"', (f) => (f.years[1].interestRate = '-100 %'), [['$.years[1].interestRate', 'range']]],
  ['a scenario interest rate -1.5', (f) => (f.scenarios[1].overrides.years[0].interestRate = -1.5), [['$.scenarios[1].overrides.years[0].interestRate', 'range']]],
  ['a negative investment scale', (f) => (f.scenarios[2].overrides.investmentScale = -0.1), [['$.scenarios[2].overrides.investmentScale', 'range']]],
  ['depreciation as text', (f) => (f.years[0].depreciation = 'fyrtio'), [['$.years[0].depreciation', 'type']]],
  ['balance adjustments as percent text', (f) => (f.years[0].balanceAdjustments = '-5 %'), [['$.years[0].balanceAdjustments', 'type']]],
  ['debt as a boolean', (f) => (f.debt = true), [['$.debt', 'type']]],
  ['a scenario debt as text', (f) => (f.scenarios[2].overrides.debt = 'mycket'), [['$.scenarios[2].overrides.debt', 'type']]],
];

/** Structure: unknown keys, missing required values, wrong kinds of value. */
export const STRUCTURE_V2: Case[] = [
  ['an unknown key in an investment', (f) => (f.investments[0].lifetime = 30), [['$.investments[0].lifetime', 'unknown-key']]],
  ['an unknown key in the reserve', (f) => (f.reserve.withdrawal = true), [['$.reserve.withdrawal', 'unknown-key']]],
  ['an investment without a name', (f) => delete f.investments[1].name, [['$.investments[1].name', 'required']]],
  ['an investment without spend', (f) => delete f.investments[1].spend, [['$.investments[1].spend', 'required']]],
  ['a project without a committee', (f) => delete f.projects[0].committee, [['$.projects[0].committee', 'required']]],
  ['a population row without a count', (f) => delete f.population[3].count, [['$.population[3].count', 'required']]],
  ['an age group without a name', (f) => delete f.ageGroups[0].name, [['$.ageGroups[0].name', 'required']]],
  ['an uncertainty entry without sd', (f) => delete f.uncertainty.inputs[1].sd, [['$.uncertainty.inputs[1].sd', 'required']]],
  ['a scenario project without an id', (f) => delete f.scenarios[2].overrides.projects[0].id, [['$.scenarios[2].overrides.projects[0].id', 'required']]],
  ['investments as an object', (f) => (f.investments = {}), [['$.investments', 'type']]],
  ['the reserve as a number', (f) => (f.reserve = 0.05), [['$.reserve', 'type']]],
];

export const ALL_REFUSALS_V2: Case[] = [
  ...VERSION_1_WITH_V2_KEYS,
  ...DUPLICATES_V2,
  ...MISPLACED,
  ...INVESTMENTS,
  ...PROJECTS,
  ...NEW_SCENARIO_ROWS,
  ...POPULATION,
  ...COST_PER_FTE,
  ...RESERVE,
  ...OPENING_RESTORATION,
  ...UNCERTAINTY,
  ...NEW_NUMBERS,
  ...STRUCTURE_V2,
];
