/**
 * The refused inputs, as edits of the valid fixture with the exact [path, code] of each problem they
 * give: refusals.test.ts checks them, and the Swedish tests run them all (also through the workbook
 * reader) to see that every problem says its sentence in Swedish too.
 */
import { ModelFile } from './fixture';

export type Case = [string, (f: ModelFile) => void, [string, string][]];

/** Inputs that are not a model file at all, and the code of their one problem at "$". */
export const NON_MODELS: [unknown, string][] = [
  [[], 'type'],
  ['text', 'type'],
  [42, 'type'],
  [null, 'required'],
  [undefined, 'required'],
];

/** A non-number where a number belongs. */
export const NON_NUMBERS: Case[] = [
  ['percent text as the tax base', (f) => (f.taxBase = '1,5 %'), [['$.taxBase', 'type']]],
  ['percent text as grants', (f) => (f.years[1].grants = '1,5 %'), [['$.years[1].grants', 'type']]],
  ['text as grants', (f) => (f.years[1].grants = 'abc'), [['$.years[1].grants', 'type']]],
  ['a unit after a frame', (f) => (f.committees[0].frame = '12 kr'), [['$.committees[0].frame', 'type']]],
  ['text as the horizon', (f) => (f.horizon = 'tre'), [['$.horizon', 'type']]],
  ['text as a labour share', (f) => (f.committees[1].labourShare = 'abc'), [['$.committees[1].labourShare', 'type']]],
  ['a boolean as an efficiency', (f) => (f.years[0].efficiency = true), [['$.years[0].efficiency', 'type']]],
  ['a list as an initiative', (f) => (f.committeeYears[0].initiative = [5]), [['$.committeeYears[0].initiative', 'type']]],
  ['percent text as a year', (f) => (f.history[0].year = '20 %'), [['$.history[0].year', 'type']]],
  ['a number as a committee id', (f) => (f.committees[0].id = 110), [['$.committees[0].id', 'type']]],
  ['a number as a scenario name', (f) => (f.scenarios[0].name = 7), [['$.scenarios[0].name', 'type']]],
];

/** A non-object or non-list where one belongs. */
export const NON_OBJECTS: Case[] = [
  ['committees as text', (f) => (f.committees = 'KS'), [['$.committees', 'type']]],
  ['years as an object', (f) => (f.years = {}), [['$.years', 'type']]],
  ['a committee as a number', (f) => (f.committees[1] = 5), [['$.committees[1]', 'type']]],
  ['a year row as a list', (f) => (f.years[2] = []), [['$.years[2]', 'type']]],
  ['carryOver as a list', (f) => (f.carryOver = []), [['$.carryOver', 'type']]],
  ['a committee carryOver as a number', (f) => (f.committees[0].carryOver = 0.03), [['$.committees[0].carryOver', 'type']]],
  ['overrides as text', (f) => (f.scenarios[0].overrides = 'x'), [['$.scenarios[0].overrides', 'type']]],
  ['history as a number', (f) => (f.history = 3), [['$.history', 'type']]],
];

/** Duplicates. */
export const DUPLICATES: Case[] = [
  [
    'a committee id twice',
    (f) => f.committees.push({ id: 'KS', name: 'Kultur', frame: 50, labourShare: 0.5 }),
    [['$.committees[3].id', 'duplicate']],
  ],
  [
    'a plan year twice',
    (f) => (f.years[2].year = 2028),
    [
      ['$.years', 'year-missing'],
      ['$.years[2].year', 'duplicate'],
    ],
  ],
  ['a history year twice', (f) => (f.history[2].year = 2024), [['$.history[2].year', 'duplicate']]],
  [
    'a committee and year twice in committeeYears',
    (f) => f.committeeYears.push({ committee: 'KS', year: 2027, initiative: 1 }),
    [['$.committeeYears[2]', 'duplicate']],
  ],
  [
    'a committee and year twice in a scenario committeeYears',
    (f) => f.scenarios[1].overrides.committeeYears.push({ committee: 'BUN', year: 2029, deviation: 0.01 }),
    [['$.scenarios[1].overrides.committeeYears[1]', 'duplicate']],
  ],
  [
    'a year twice in a scenario years',
    (f) => f.scenarios[1].overrides.years.push({ year: 2028, grants: 400 }),
    [['$.scenarios[1].overrides.years[1].year', 'duplicate']],
  ],
  ['a scenario name twice', (f) => (f.scenarios[1].name = 'Full kompensation'), [['$.scenarios[1].name', 'duplicate']]],
  ['a scenario name twice, other case and spaces', (f) => (f.scenarios[1].name = ' full KOMPENSATION'), [['$.scenarios[1].name', 'duplicate']]],
];

/** Shares and caps outside [0, 1]. */
export const SHARES_AND_CAPS: Case[] = [
  ['labour share 1.2', (f) => (f.committees[1].labourShare = 1.2), [['$.committees[1].labourShare', 'range']]],
  ['labour share -0.1', (f) => (f.committees[1].labourShare = -0.1), [['$.committees[1].labourShare', 'range']]],
  ['labour share "120 %"', (f) => (f.committees[1].labourShare = '120 %'), [['$.committees[1].labourShare', 'range']]],
  ['year compensation 1.5', (f) => (f.years[0].compensation = 1.5), [['$.years[0].compensation', 'range']]],
  ['committee-year compensation -0.1', (f) => (f.committeeYears[1].compensation = -0.1), [['$.committeeYears[1].compensation', 'range']]],
  ['scenario compensation 2', (f) => (f.scenarios[0].overrides.compensation = 2), [['$.scenarios[0].overrides.compensation', 'range']]],
  ['scenario year compensation 1.1', (f) => (f.scenarios[1].overrides.years[0].compensation = 1.1), [['$.scenarios[1].overrides.years[0].compensation', 'range']]],
  ['surplus share 1.1', (f) => (f.carryOver.surplusShare = 1.1), [['$.carryOver.surplusShare', 'range']]],
  ['committee deficit share -0.5', (f) => (f.committees[1].carryOver = { deficitShare: -0.5 }), [['$.committees[1].carryOver.deficitShare', 'range']]],
  ['scenario surplus cap 2', (f) => (f.scenarios[0].overrides.carryOver = { surplusCap: 2 }), [['$.scenarios[0].overrides.carryOver.surplusCap', 'range']]],
  ['deficit cap -0.1', (f) => (f.carryOver.deficitCap = -0.1), [['$.carryOver.deficitCap', 'range']]],
  ['committee surplus cap 1.5', (f) => (f.committees[0].carryOver.surplusCap = 1.5), [['$.committees[0].carryOver.surplusCap', 'range']]],
];

/** Efficiency, demography and deviation. */
export const EFFICIENCY_DEMOGRAPHY_DEVIATION: Case[] = [
  ['year efficiency 1.5', (f) => (f.years[2].efficiency = 1.5), [['$.years[2].efficiency', 'range']]],
  ['committee-year efficiency -1.5', (f) => (f.committeeYears[0].efficiency = -1.5), [['$.committeeYears[0].efficiency', 'range']]],
  ['scenario efficiency 2', (f) => (f.scenarios[0].overrides.efficiency = 2), [['$.scenarios[0].overrides.efficiency', 'range']]],
  ['demography -1', (f) => (f.committeeYears[1].demography = -1), [['$.committeeYears[1].demography', 'range']]],
  ['deviation "-100 %"', (f) => (f.committeeYears[0].deviation = '-100 %'), [['$.committeeYears[0].deviation', 'range']]],
  [
    'scenario committee-year deviation -1.5',
    (f) => (f.scenarios[1].overrides.committeeYears[0].deviation = -1.5),
    [['$.scenarios[1].overrides.committeeYears[0].deviation', 'range']],
  ],
];

/** Growth and indices <= -1. */
export const GROWTH_AND_INDICES: Case[] = [
  ['tax base growth -1', (f) => (f.years[0].taxBaseGrowth = -1), [['$.years[0].taxBaseGrowth', 'range']]],
  ['wage index -1.2', (f) => (f.years[1].wageIndex = -1.2), [['$.years[1].wageIndex', 'range']]],
  ['price index "−100 %"', (f) => (f.years[2].priceIndex = '\u2212100 %'), [['$.years[2].priceIndex', 'range']]],
  ['scenario tax base growth -2', (f) => (f.scenarios[1].overrides.years[0].taxBaseGrowth = -2), [['$.scenarios[1].overrides.years[0].taxBaseGrowth', 'range']]],
];

/** Tax rate, tax base and target. */
export const TAX_AND_TARGET: Case[] = [
  ['tax rate 0', (f) => (f.taxRate = 0), [['$.taxRate', 'range']]],
  ['tax rate 100', (f) => (f.taxRate = 100), [['$.taxRate', 'range']]],
  ['tax rate -5', (f) => (f.taxRate = -5), [['$.taxRate', 'range']]],
  ['a plan year tax rate 100', (f) => (f.years[0].taxRate = 100), [['$.years[0].taxRate', 'range']]],
  ['a scenario year tax rate 0', (f) => (f.scenarios[1].overrides.years[0].taxRate = 0), [['$.scenarios[1].overrides.years[0].taxRate', 'range']]],
  ['tax base 0', (f) => (f.taxBase = 0), [['$.taxBase', 'range']]],
  ['tax base -1', (f) => (f.taxBase = -1), [['$.taxBase', 'range']]],
  ['target 3 (meant 3 %)', (f) => (f.target = 3), [['$.target', 'range']]],
  ['scenario target -1', (f) => (f.scenarios[1].overrides.target = -1), [['$.scenarios[1].overrides.target', 'range']]],
  ['committee frame 0', (f) => (f.committees[1].frame = 0), [['$.committees[1].frame', 'range']]],
];

/** Revenue <= 0. */
export const REVENUE: Case[] = [
  [
    'in a plan year of the base, reported once though a scenario changes that year too',
    (f) => (f.years[1].grants = -5000),
    [['$.years[1]', 'revenue-not-positive']],
  ],
  [
    'in a scenario that overrides grants',
    (f) => f.scenarios[1].overrides.years.push({ year: 2029, grants: -5000 }),
    [['$.scenarios[1].overrides.years[1]', 'revenue-not-positive']],
  ],
  [
    'in a scenario whose lower tax rate carries into later years',
    (f) => {
      f.years[1].grants = -150;
      f.scenarios[1].overrides.years = [{ year: 2027, taxRate: 0.5 }];
    },
    [['$.scenarios[1].overrides.years[0]', 'revenue-not-positive']],
  ],
  ['in history', (f) => (f.history[1].revenue = 0), [['$.history[1].revenue', 'revenue-not-positive']]],
  [
    'in the base only, when a scenario does not change revenue',
    (f) => (f.years[0].grants = -5000),
    [['$.years[0]', 'revenue-not-positive']],
  ],
];

/** Horizon, windows and repayment years. */
export const HORIZON_WINDOWS_REPAYMENT: Case[] = [
  ['horizon 0', (f) => (f.horizon = 0), [['$.horizon', 'range']]],
  ['horizon 16', (f) => (f.horizon = 16), [['$.horizon', 'range']]],
  ['horizon 2.5', (f) => (f.horizon = 2.5), [['$.horizon', 'integer']]],
  ['window forward 0', (f) => (f.windowForward = 0), [['$.windowForward', 'range']]],
  ['window forward 1.5', (f) => (f.windowForward = 1.5), [['$.windowForward', 'integer']]],
  ['window back -1', (f) => (f.windowBack = -1), [['$.windowBack', 'range']]],
  ['window back 2.5', (f) => (f.windowBack = 2.5), [['$.windowBack', 'integer']]],
  ['scenario window forward 0', (f) => (f.scenarios[0].overrides.windowForward = 0), [['$.scenarios[0].overrides.windowForward', 'range']]],
  ['scenario window back -2', (f) => (f.scenarios[0].overrides.windowBack = -2), [['$.scenarios[0].overrides.windowBack', 'range']]],
  ['repayment years 0', (f) => (f.carryOver.repaymentYears = 0), [['$.carryOver.repaymentYears', 'range']]],
  ['committee repayment years 1.5', (f) => (f.committees[0].carryOver.repaymentYears = 1.5), [['$.committees[0].carryOver.repaymentYears', 'integer']]],
  ['base year 2026.5', (f) => (f.baseYear = 2026.5), [['$.baseYear', 'integer']]],
];

/** Plan years. */
export const PLAN_YEARS: Case[] = [
  ['a plan year missing', (f) => f.years.splice(1, 1), [['$.years', 'year-missing']]],
  [
    'all plan years missing',
    (f) => (f.years = []),
    [
      ['$.years', 'year-missing'],
      ['$.years', 'year-missing'],
      ['$.years', 'year-missing'],
    ],
  ],
  ['a year after the plan', (f) => f.years.push({ ...f.years[2], year: 2030 }), [['$.years[3].year', 'year-outside-plan']]],
  ['the base year as a plan year', (f) => f.years.unshift({ ...f.years[0], year: 2026 }), [['$.years[0].year', 'year-outside-plan']]],
  [
    'rows for a longer horizon',
    (f) => (f.horizon = 2),
    [
      ['$.years[2].year', 'year-outside-plan'],
      ['$.scenarios[1].overrides.committeeYears[0].year', 'year-outside-plan'],
    ],
  ],
];

/** Overrides naming an unknown committee or a year outside the plan. */
export const UNKNOWN_REFERENCES: Case[] = [
  ['committeeYears: unknown committee', (f) => (f.committeeYears[1].committee = 'XX'), [['$.committeeYears[1].committee', 'unknown-committee']]],
  ['committeeYears: ids are case-sensitive', (f) => (f.committeeYears[1].committee = 'ks'), [['$.committeeYears[1].committee', 'unknown-committee']]],
  ['committeeYears: the base year', (f) => (f.committeeYears[0].year = 2026), [['$.committeeYears[0].year', 'year-outside-plan']]],
  ['committeeYears: after the plan', (f) => (f.committeeYears[1].year = 2030), [['$.committeeYears[1].year', 'year-outside-plan']]],
  [
    'scenario committeeYears: unknown committee',
    (f) => (f.scenarios[1].overrides.committeeYears[0].committee = 'GAN'),
    [['$.scenarios[1].overrides.committeeYears[0].committee', 'unknown-committee']],
  ],
  [
    'scenario committeeYears: year outside the plan',
    (f) => (f.scenarios[1].overrides.committeeYears[0].year = 2035),
    [['$.scenarios[1].overrides.committeeYears[0].year', 'year-outside-plan']],
  ],
  [
    'scenario years: year outside the plan',
    (f) => (f.scenarios[1].overrides.years[0].year = 2030),
    [['$.scenarios[1].overrides.years[0].year', 'year-outside-plan']],
  ],
];

/** History. */
export const HISTORY: Case[] = [
  ['a year after the base year', (f) => f.history.push({ year: 2027, revenue: 2400, result: 10 }), [['$.history[3].year', 'history-after-base']]],
];

/** Scenario names. */
export const SCENARIO_NAMES: Case[] = [
  ['empty', (f) => (f.scenarios[0].name = ''), [['$.scenarios[0].name', 'required']]],
  ['only spaces', (f) => (f.scenarios[0].name = '  '), [['$.scenarios[0].name', 'required']]],
  ['missing', (f) => delete f.scenarios[0].name, [['$.scenarios[0].name', 'required']]],
  ['"Base"', (f) => (f.scenarios[1].name = 'Base'), [['$.scenarios[1].name', 'reserved-name']]],
  ['"base "', (f) => (f.scenarios[1].name = 'base '), [['$.scenarios[1].name', 'reserved-name']]],
];

/** Enumerations and schema version. */
export const ENUMS_AND_SCHEMA_VERSION: Case[] = [
  ['unit "Mkr"', (f) => (f.unit = 'Mkr'), [['$.unit', 'enum']]],
  ['measure "sum"', (f) => (f.measure = 'sum'), [['$.measure', 'enum']]],
  ['frame mode "frames"', (f) => (f.frameMode = 'frames'), [['$.frameMode', 'enum']]],
  ['language "de"', (f) => (f.language = 'de'), [['$.language', 'enum']]],
  ['scenario frame mode 1', (f) => (f.scenarios[0].overrides.frameMode = 1), [['$.scenarios[0].overrides.frameMode', 'enum']]],
  ['scenario measure "mean"', (f) => (f.scenarios[0].overrides.measure = 'mean'), [['$.scenarios[0].overrides.measure', 'enum']]],
  ['schema version 3', (f) => (f.schemaVersion = 3), [['$.schemaVersion', 'schema-version']]],
  ['schema version 1.5', (f) => (f.schemaVersion = 1.5), [['$.schemaVersion', 'schema-version']]],
  ['schema version "v1"', (f) => (f.schemaVersion = 'v1'), [['$.schemaVersion', 'type']]],
];

/** Committees. */
export const COMMITTEES: Case[] = [
  ['an empty list', (f) => (f.committees = []), [['$.committees', 'required']]],
  ['an empty id', (f) => (f.committees[1].id = ''), [['$.committees[1].id', 'required']]],
];

/** Unknown keys. */
export const UNKNOWN_KEYS: Case[] = [
  ['a typo in a committee key', (f) => (f.committees[0].openingCarryin = 5), [['$.committees[0].openingCarryin', 'unknown-key']]],
  ['at the top level', (f) => (f.horizont = 4), [['$.horizont', 'unknown-key']]],
  ['in a plan year', (f) => (f.years[0].wage = 0.03), [['$.years[0].wage', 'unknown-key']]],
  ['in the carry-over rule', (f) => (f.carryOver.surplusCapp = 0.1), [['$.carryOver.surplusCapp', 'unknown-key']]],
  ['in a history row', (f) => (f.history[0].note = 'prognos'), [['$.history[0].note', 'unknown-key']]],
  ['in a committee-year row', (f) => (f.committeeYears[0].initiatives = 5), [['$.committeeYears[0].initiatives', 'unknown-key']]],
  ['in a scenario', (f) => (f.scenarios[0].overide = {}), [['$.scenarios[0].overide', 'unknown-key']]],
  ['a key scenarios cannot override', (f) => (f.scenarios[0].overrides.taxBase = 9000), [['$.scenarios[0].overrides.taxBase', 'unknown-key']]],
  ['a key with spaces', (f) => (f['tax rate'] = 21), [['$["tax rate"]', 'unknown-key']]],
];

const LONG_TEXT = 'x'.repeat(32_768);

/**
 * What a careless or hostile user may type: bounds that would make the engine slow, names that a
 * workbook cannot hold or a terminal would obey, the base's names in either language, and dates in
 * year cells.
 */
export const HOSTILE: Case[] = [
  ['window back 1e9', (f) => (f.windowBack = 1e9), [['$.windowBack', 'range']]],
  ['window back 51', (f) => (f.windowBack = 51), [['$.windowBack', 'range']]],
  ['window forward 1e9', (f) => (f.windowForward = 1e9), [['$.windowForward', 'range']]],
  ['scenario window back 1e9', (f) => (f.scenarios[0].overrides.windowBack = 1e9), [['$.scenarios[0].overrides.windowBack', 'range']]],
  ['repayment years 1e9', (f) => (f.carryOver.repaymentYears = 1e9), [['$.carryOver.repaymentYears', 'range']]],
  ['committee repayment years 51', (f) => (f.committees[0].carryOver.repaymentYears = 51), [['$.committees[0].carryOver.repaymentYears', 'range']]],
  ['scenario "bas"', (f) => (f.scenarios[0].name = 'bas'), [['$.scenarios[0].name', 'reserved-name']]],
  ['scenario " BAS "', (f) => (f.scenarios[1].name = ' BAS '), [['$.scenarios[1].name', 'reserved-name']]],
  ['a model name of 32 768 characters', (f) => (f.name = LONG_TEXT), [['$.name', 'range']]],
  ['a committee name of 32 768 characters', (f) => (f.committees[1].name = LONG_TEXT), [['$.committees[1].name', 'range']]],
  ['a scenario name of 32 768 characters', (f) => (f.scenarios[1].name = LONG_TEXT), [['$.scenarios[1].name', 'range']]],
  ['an escape sequence in the model name', (f) => (f.name = 'Kommun\u001b[2J'), [['$.name', 'invalid']]],
  ['a NUL in a committee id', (f) => (f.committees[0].id = 'K\u0000S'), [['$.committees[0].id', 'invalid']]],
  ['a bell in a scenario name', (f) => (f.scenarios[0].name = 'Plan\u0007'), [['$.scenarios[0].name', 'invalid']]],
  ['a C1 control in a committee name', (f) => (f.committees[2].name = 'Soc\u009b31m'), [['$.committees[2].name', 'invalid']]],
  ['a tab in a committee name', (f) => (f.committees[2].name = 'Soc\tial'), [['$.committees[2].name', 'invalid']]],
  ['a lone surrogate in a committee name', (f) => (f.committees[1].name = 'Barn\ud800'), [['$.committees[1].name', 'invalid']]],
  ['a date serial as a history year', (f) => (f.history[0].year = 46753), [['$.history[0].year', 'range']]],
  ['date text as a history year', (f) => (f.history[0].year = '2028-01-01'), [['$.history[0].year', 'type']]],
  ['a five-digit base year', (f) => (f.baseYear = 20260), [['$.baseYear', 'range']]],
];

/** In a model whose language is English, number text is read the English way. */
export const ENGLISH_NUMBER_TEXT: Case[] = [
  ['"1,5" as grants', (f) => ((f.language = 'en'), (f.years[1].grants = '1,5')), [['$.years[1].grants', 'type']]],
  ['"1,5 %" as a wage index', (f) => ((f.language = 'en'), (f.years[0].wageIndex = '1,5 %')), [['$.years[0].wageIndex', 'type']]],
  ['"1.234,5" as a frame', (f) => ((f.language = 'en'), (f.committees[0].frame = '1.234,5')), [['$.committees[0].frame', 'type']]],
  ['"1,23,456" as the tax base', (f) => ((f.language = 'en'), (f.taxBase = '1,23,456')), [['$.taxBase', 'type']]],
];

const deleted = (title: string, at: (f: ModelFile) => Record<string, unknown>, key: string, path: string): Case => [
  title ? `${title}.${key}` : key,
  (f) => delete at(f)[key],
  [[`${path}.${key}`, 'required']],
];

const TOP_LEVEL_REQUIRED = ['schemaVersion', 'name', 'unit', 'baseYear', 'horizon', 'taxBase', 'taxRate', 'target', 'years', 'committees'];
const YEAR_REQUIRED = ['year', 'taxBaseGrowth', 'grants', 'wageIndex', 'priceIndex', 'financialNet', 'centralCosts', 'efficiency', 'compensation'];

/** Missing required values: deleted, or null at the top level. */
export const MISSING_VALUES: Case[] = [
  ...TOP_LEVEL_REQUIRED.flatMap((key): Case[] => [
    deleted('', (f) => f, key, '$'),
    [`${key} = null`, (f) => (f[key] = null), [[`$.${key}`, 'required']]],
  ]),
  ...YEAR_REQUIRED.map((key) => deleted('years[1]', (f) => f.years[1], key, '$.years[1]')),
  ...['id', 'name', 'frame', 'labourShare'].map((key) => deleted('committees[2]', (f) => f.committees[2], key, '$.committees[2]')),
  ...['committee', 'year'].map((key) => deleted('committeeYears[0]', (f) => f.committeeYears[0], key, '$.committeeYears[0]')),
  ...['year', 'revenue', 'result'].map((key) => deleted('history[0]', (f) => f.history[0], key, '$.history[0]')),
  deleted('scenarios[1].overrides.years[0]', (f) => f.scenarios[1].overrides.years[0], 'year', '$.scenarios[1].overrides.years[0]'),
];

/** Every case above. */
export const ALL_REFUSALS: Case[] = [
  ...NON_NUMBERS,
  ...NON_OBJECTS,
  ...DUPLICATES,
  ...SHARES_AND_CAPS,
  ...EFFICIENCY_DEMOGRAPHY_DEVIATION,
  ...GROWTH_AND_INDICES,
  ...TAX_AND_TARGET,
  ...REVENUE,
  ...HORIZON_WINDOWS_REPAYMENT,
  ...PLAN_YEARS,
  ...UNKNOWN_REFERENCES,
  ...HISTORY,
  ...SCENARIO_NAMES,
  ...ENUMS_AND_SCHEMA_VERSION,
  ...COMMITTEES,
  ...MISSING_VALUES,
  ...UNKNOWN_KEYS,
  ...HOSTILE,
  ...ENGLISH_NUMBER_TEXT,
];
