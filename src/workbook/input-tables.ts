/**
 * The input tables: the whole model file as Excel tables. The writer lays them out from this list and
 * both readers (.xlsx and Office.js) find tables by name and columns by header, in either language.
 * Table names are stable identifiers; headers follow the workbook's language.
 */
import { Language, UNCERTAIN_INPUTS, UncertainInput } from '../engine/types';

/**
 * How a column's cells are read and shown:
 * rate = a fraction shown as percent; amount = kr/tkr/mnkr; cap = a rate, or "ingen"/"none" for no cap;
 * taxRate = kr per 100 kr; integer = a whole number; text; enum = one of the listed values;
 * yesNo = a yes/no switch, written as the word (Ja/Nej, Yes/No) and read from either language's word.
 */
export type ColumnKind = 'text' | 'integer' | 'amount' | 'rate' | 'cap' | 'taxRate' | 'enum' | 'yesNo';

export interface InputColumn {
  /** The model file's key for this column. */
  key: string;
  kind: ColumnKind;
  header: Record<Language, string>;
  required?: boolean;
  values?: string[];
  /** Where the value goes inside the row's object, when not under `key` (e.g. ['reserve', 'threshold']). */
  path?: string[];
}

export interface InputTable {
  /** The Excel table name. */
  name: string;
  /** Which input sheet holds it. */
  sheet: InputSheetId;
  title: Record<Language, string>;
  columns: InputColumn[];
  /**
   * A version 2 table: a workbook written before it existed has none, and reads as if it were empty.
   * Version 1 tables are required.
   */
  optional?: boolean;
}

export type InputSheetId = 'inputs' | 'committees' | 'investments' | 'projects' | 'population' | 'scenarios';

export const INPUT_SHEET_NAMES: Record<InputSheetId, Record<Language, string>> = {
  inputs: { sv: 'Indata', en: 'Inputs' },
  committees: { sv: 'Nämnder', en: 'Committees' },
  investments: { sv: 'Investeringar', en: 'Investments' },
  projects: { sv: 'Projekt', en: 'Projects' },
  population: { sv: 'Befolkning', en: 'Population' },
  scenarios: { sv: 'Scenarier', en: 'Scenarios' },
};

/** Text a cap cell may hold to say "no cap" (compared case-insensitively). */
export const NO_CAP_WORDS = ['ingen', 'inget', 'none', 'no cap'];

/** The words a yes/no cell is written with, and those it is read from (compared case-insensitively). */
export const YES_NO_WORDS: Record<Language, { yes: string; no: string }> = { sv: { yes: 'Ja', no: 'Nej' }, en: { yes: 'Yes', no: 'No' } };
export const YES_WORDS = ['ja', 'yes', 'true', 'sant'];
export const NO_WORDS = ['nej', 'no', 'false', 'falskt'];

/**
 * The uncertain inputs of the risk analysis in words: the one list the uncertainty table and the Risk
 * sheet (through CHOICE_WORDS), the CLI's risk report (src/cli/risk-labels.ts) and the task pane
 * (src/taskpane/i18n) all name them by, and the scenario sheet labels its rows for the same figures
 * with (layout/labels.ts). The bsYears table's Swedish headers say the same ("Skatteunderlagets
 * ökning", "Löneökning").
 */
export const UNCERTAIN_INPUT_WORDS: Record<UncertainInput, Record<Language, string>> = {
  taxBaseGrowth: { sv: 'Skatteunderlagets ökning', en: 'Tax base growth' },
  wageIndex: { sv: 'Löneökning', en: 'Wage increase' },
  priceIndex: { sv: 'Prisökning', en: 'Price increase' },
  grants: { sv: 'Generella statsbidrag och utjämning', en: 'General grants and equalisation' },
  interestRate: { sv: 'Räntesats på nettoskulden', en: 'Interest rate on net debt' },
  deviation: { sv: 'Nämndernas budgetavvikelse', en: "Committees' budget deviation" },
};

/** Every uncertain input's word in one language, keyed by the input. */
export function uncertainInputWords(language: Language): Record<UncertainInput, string> {
  return Object.fromEntries(UNCERTAIN_INPUTS.map((input) => [input, UNCERTAIN_INPUT_WORDS[input][language]])) as Record<UncertainInput, string>;
}

/**
 * The words a choice is written with in the sheet's language, in place of the model file's key
 * ("uplift", "ratioOfSums"), which means nothing to a reader of a Swedish sheet. Either language's
 * word is read back, and so is the key itself (as workbooks written before said it).
 */
export const CHOICE_WORDS: Record<string, Record<Language, string>> = {
  uplift: { sv: 'Uppräkning med krav', en: 'Uplift with requirements' },
  revenue: { sv: 'Intäktsstyrd', en: 'Revenue-driven' },
  ratioOfSums: { sv: 'Summa resultat / summa intäkter', en: 'Sum of results / sum of revenue' },
  meanOfRatios: { sv: 'Medelvärde av årens andelar', en: "Mean of the years' shares" },
  ...UNCERTAIN_INPUT_WORDS,
};

/**
 * Words a choice was named by before, still read back as its key: the uncertainty table of a workbook
 * written before the words were made one list holds the old words ("Generella statsbidrag",
 * "Räntesats"), and a user may have typed the words the CLI or the pane showed then.
 */
export const OLD_CHOICE_WORDS: Record<string, readonly string[]> = {
  taxBaseGrowth: ['Skatteunderlagets tillväxt'],
  wageIndex: ['Wage growth'],
  priceIndex: ['Price growth'],
  grants: ['Generella statsbidrag', 'General grants', 'Statsbidrag och utjämning', 'Statsbidrag', 'Grants'],
  interestRate: ['Räntesats', 'Räntenivå', 'Interest rate'],
  deviation: ['Nämndernas avvikelse', "Committees' deviation", 'Committees’ budget deviation'],
};

/** A choice's word in `language`; a value without a word (a unit, a language code) as it is. */
export function choiceWord(value: string, language: Language): string {
  return CHOICE_WORDS[value]?.[language] ?? value;
}

/** Every word a choice is read from, lower case, with its key: the key itself, both languages' words and the old words. */
const CHOICE_KEYS: ReadonlyMap<string, string> = new Map<string, string>(
  Object.entries(CHOICE_WORDS).flatMap(([key, words]) =>
    [key, words.sv, words.en, ...(OLD_CHOICE_WORDS[key] ?? [])].map((w) => [w.toLowerCase(), key] as [string, string]),
  ),
);

/** The key of one of `values` that `text` names (its key, a word in either language or an old word, any case). */
export function choiceKey(text: string, values: readonly string[]): string | undefined {
  const key = CHOICE_KEYS.get(text.toLowerCase()) ?? text;
  return values.includes(key) ? key : undefined;
}

const col = (key: string, kind: ColumnKind, sv: string, en: string, extra: Partial<InputColumn> = {}): InputColumn => ({
  key,
  kind,
  header: { sv, en },
  ...extra,
});

const yearValueColumns = (required: boolean): InputColumn[] => [
  col('taxBaseGrowth', 'rate', 'Skatteunderlagets ökning', 'Tax base growth', { required }),
  col('taxRate', 'taxRate', 'Skattesats', 'Tax rate'),
  col('grants', 'amount', 'Generella statsbidrag och utjämning', 'General grants', { required }),
  col('wageIndex', 'rate', 'Löneökning', 'Wage index', { required }),
  col('priceIndex', 'rate', 'Prisökning', 'Price index', { required }),
  col('financialNet', 'amount', 'Finansnetto', 'Financial net', { required }),
  col('centralCosts', 'amount', 'Centrala kostnader', 'Central costs', { required }),
  col('efficiency', 'rate', 'Effektiviseringskrav', 'Efficiency requirement', { required }),
  col('compensation', 'rate', 'Kompensationsgrad', 'Compensation share', { required }),
  col('interestRate', 'rate', 'Räntesats på nettoskulden', 'Interest rate on net debt'),
  col('depreciation', 'amount', 'Avskrivningar befintliga tillgångar', 'Depreciation, existing assets'),
  col('balanceAdjustments', 'amount', 'Balanskravsjusteringar', 'Balance requirement adjustments'),
];

const committeeYearValueColumns: InputColumn[] = [
  col('efficiency', 'rate', 'Effektiviseringskrav', 'Efficiency requirement'),
  col('compensation', 'rate', 'Kompensationsgrad', 'Compensation share'),
  col('demography', 'rate', 'Demografi', 'Demography'),
  col('initiative', 'amount', 'Satsning', 'Initiative'),
  col('deviation', 'rate', 'Budgetavvikelse', 'Deviation'),
];

const carryOverColumns: InputColumn[] = [
  col('surplusShare', 'rate', 'Andel överskott som förs över', 'Surplus share carried'),
  col('deficitShare', 'rate', 'Andel underskott som förs över', 'Deficit share carried'),
  col('surplusCap', 'cap', 'Tak överskott (andel av ram)', 'Surplus cap (share of frame)'),
  col('deficitCap', 'cap', 'Tak underskott (andel av ram)', 'Deficit cap (share of frame)'),
  col('repaymentYears', 'integer', 'Återbetalning (år)', 'Repayment (years)'),
];

/** The reserve's keys (resultatutjämningsreserv), stored under "reserve" in the model file. */
const reserveColumns: InputColumn[] = [
  col('reserveOpeningBalance', 'amount', 'Reserv: ingående saldo', 'Reserve: opening balance', { path: ['reserve', 'openingBalance'] }),
  col('reserveThreshold', 'rate', 'Reserv: avsättning över (andel av intäkterna)', 'Reserve: deposits above (share of revenue)', { path: ['reserve', 'threshold'] }),
  col('reserveCap', 'cap', 'Reserv: tak (andel av intäkterna)', 'Reserve: cap (share of revenue)', { path: ['reserve', 'cap'] }),
  col('reserveDeposit', 'rate', 'Reserv: andel av möjlig avsättning', 'Reserve: share of the allowed deposit', { path: ['reserve', 'deposit'] }),
  col('reserveWithdraw', 'yesNo', 'Reserv: disponering tillåten', 'Reserve: withdrawals allowed', { path: ['reserve', 'withdraw'] }),
];

export const FRAME_MODES = ['uplift', 'revenue'];
export const MEASURES = ['ratioOfSums', 'meanOfRatios'];
export const UNITS = ['kr', 'tkr', 'mnkr'];
export const LANGUAGES = ['sv', 'en'];

/** The settings table is key/value: one row per setting, in this order. */
export interface SettingRow {
  key: string;
  kind: ColumnKind;
  label: Record<Language, string>;
  values?: string[];
  /** A carry-over default (stored under "carryOver" in the model file). */
  carryOver?: boolean;
  /** Where the value goes in the model file, when not at the top level under `key`. */
  path?: string[];
}

export const SETTINGS: SettingRow[] = [
  { key: 'schemaVersion', kind: 'integer', label: { sv: 'Modellversion', en: 'Schema version' } },
  { key: 'name', kind: 'text', label: { sv: 'Kommun', en: 'Municipality' } },
  { key: 'unit', kind: 'enum', label: { sv: 'Enhet', en: 'Unit' }, values: UNITS },
  { key: 'language', kind: 'enum', label: { sv: 'Språk', en: 'Language' }, values: LANGUAGES },
  { key: 'baseYear', kind: 'integer', label: { sv: 'Basår (innevarande budgetår)', en: 'Base year (current budget year)' } },
  { key: 'horizon', kind: 'integer', label: { sv: 'Antal planår', en: 'Plan years' } },
  { key: 'taxBase', kind: 'amount', label: { sv: 'Skatteunderlag basåret', en: 'Tax base, base year' } },
  { key: 'taxRate', kind: 'taxRate', label: { sv: 'Skattesats basåret (kr per 100 kr)', en: 'Tax rate, base year (per 100)' } },
  { key: 'target', kind: 'rate', label: { sv: 'Resultatmål (andel av intäkterna)', en: 'Surplus target (share of revenue)' } },
  { key: 'windowBack', kind: 'integer', label: { sv: 'Målperiod: år bakåt', en: 'Target window: years back' } },
  { key: 'windowForward', kind: 'integer', label: { sv: 'Målperiod: år framåt inkl. året', en: 'Target window: years forward incl. the year' } },
  { key: 'measure', kind: 'enum', label: { sv: 'Mått för rullande mål', en: 'Rolling measure' }, values: MEASURES },
  { key: 'frameMode', kind: 'enum', label: { sv: 'Ramstyrning', en: 'Frame mode' }, values: FRAME_MODES },
  ...carryOverColumns.map((c) => ({ key: c.key, kind: c.kind, label: c.header, carryOver: true })),
  { key: 'debt', kind: 'amount', label: { sv: 'Låneskuld (netto) vid basårets slut', en: 'Net debt at the end of the base year' } },
  ...reserveColumns.map((c) => ({ key: c.key, kind: c.kind, label: c.header, path: c.path })),
];

/** The model-file path of a setting's value. */
export function settingPath(s: SettingRow): string[] {
  return s.path ?? (s.carryOver ? ['carryOver', s.key] : [s.key]);
}

export const SETTINGS_TABLE: InputTable = {
  name: 'bsSettings',
  sheet: 'inputs',
  title: { sv: 'Inställningar', en: 'Settings' },
  columns: [
    col('label', 'text', 'Inställning', 'Setting'),
    col('value', 'text', 'Värde', 'Value'),
    col('key', 'text', 'Nyckel', 'Key', { required: true }),
  ],
};

export const HISTORY_TABLE: InputTable = {
  name: 'bsHistory',
  sheet: 'inputs',
  title: { sv: 'Historik (utfall, basåret prognos)', en: 'History (actuals, base year forecast)' },
  columns: [
    col('year', 'integer', 'År', 'Year', { required: true }),
    col('revenue', 'amount', 'Intäkter', 'Revenue', { required: true }),
    col('result', 'amount', 'Resultat', 'Result', { required: true }),
  ],
};

export const YEARS_TABLE: InputTable = {
  name: 'bsYears',
  sheet: 'inputs',
  title: { sv: 'Planår', en: 'Plan years' },
  columns: [col('year', 'integer', 'År', 'Year', { required: true }), ...yearValueColumns(true)],
};

export const COMMITTEES_TABLE: InputTable = {
  name: 'bsCommittees',
  sheet: 'committees',
  title: { sv: 'Nämnder', en: 'Committees' },
  columns: [
    col('id', 'text', 'Id', 'Id', { required: true }),
    col('name', 'text', 'Namn', 'Name', { required: true }),
    col('frame', 'amount', 'Ram basåret', 'Frame, base year', { required: true }),
    col('labourShare', 'rate', 'Personalkostnadsandel', 'Labour share', { required: true }),
    col('openingCarryIn', 'amount', 'Ingående överföring', 'Opening carry-in'),
    ...carryOverColumns,
    col('costPerFte', 'amount', 'Kostnad per årsarbetare', 'Cost per FTE'),
  ],
};

export const COMMITTEE_YEARS_TABLE: InputTable = {
  name: 'bsCommitteeYears',
  sheet: 'committees',
  title: { sv: 'Nämnd per år', en: 'Committee by year' },
  columns: [
    col('committee', 'text', 'Nämnd (id)', 'Committee (id)', { required: true }),
    col('year', 'integer', 'År', 'Year', { required: true }),
    ...committeeYearValueColumns,
  ],
};

export const SCENARIOS_TABLE: InputTable = {
  name: 'bsScenarios',
  sheet: 'scenarios',
  title: { sv: 'Scenarier (tom cell = som basen)', en: 'Scenarios (blank = as the base)' },
  columns: [
    col('name', 'text', 'Scenario', 'Scenario', { required: true }),
    col('target', 'rate', 'Resultatmål', 'Surplus target'),
    col('frameMode', 'enum', 'Ramstyrning', 'Frame mode', { values: FRAME_MODES }),
    col('windowBack', 'integer', 'År bakåt', 'Years back'),
    col('windowForward', 'integer', 'År framåt', 'Years forward'),
    col('measure', 'enum', 'Mått', 'Measure', { values: MEASURES }),
    col('efficiency', 'rate', 'Effektiviseringskrav alla år', 'Efficiency, every year'),
    col('compensation', 'rate', 'Kompensationsgrad alla år', 'Compensation, every year'),
    ...carryOverColumns,
    col('debt', 'amount', 'Låneskuld (netto) basåret', 'Net debt, base year'),
    col('investmentScale', 'rate', 'Investeringsvolym', 'Investment volume'),
    ...reserveColumns,
  ],
};

export const SCENARIO_YEARS_TABLE: InputTable = {
  name: 'bsScenarioYears',
  sheet: 'scenarios',
  title: { sv: 'Scenario per år', en: 'Scenario by year' },
  columns: [
    col('scenario', 'text', 'Scenario', 'Scenario', { required: true }),
    col('year', 'integer', 'År', 'Year', { required: true }),
    ...yearValueColumns(false),
  ],
};

export const SCENARIO_COMMITTEE_YEARS_TABLE: InputTable = {
  name: 'bsScenarioCommitteeYears',
  sheet: 'scenarios',
  title: { sv: 'Scenario per nämnd och år', en: 'Scenario by committee and year' },
  columns: [
    col('scenario', 'text', 'Scenario', 'Scenario', { required: true }),
    col('committee', 'text', 'Nämnd (id)', 'Committee (id)', { required: true }),
    col('year', 'integer', 'År', 'Year', { required: true }),
    ...committeeYearValueColumns,
  ],
};

export const OPENING_RESTORATION_TABLE: InputTable = {
  name: 'bsOpeningRestoration',
  sheet: 'inputs',
  title: { sv: 'Balanskrav: att återställa från tidigare år', en: 'Balance requirement: still to restore from earlier years' },
  optional: true,
  columns: [
    col('year', 'integer', 'År', 'Year', { required: true }),
    col('amount', 'amount', 'Kvar att återställa', 'Still to restore', { required: true }),
  ],
};

export const UNCERTAINTY_TABLE: InputTable = {
  name: 'bsUncertainty',
  sheet: 'inputs',
  title: { sv: 'Osäkerhet (riskanalys)', en: 'Uncertainty (risk analysis)' },
  optional: true,
  columns: [
    col('input', 'enum', 'Indata', 'Input', { required: true, values: [...UNCERTAIN_INPUTS] }),
    col('sd', 'rate', 'Standardavvikelse', 'Standard deviation', { required: true }),
    col('persistence', 'rate', 'Beständighet', 'Persistence'),
  ],
};

const removedColumn = col('removed', 'yesNo', 'Tas bort i scenariot', 'Removed in the scenario');

export const INVESTMENTS_TABLE: InputTable = {
  name: 'bsInvestments',
  sheet: 'investments',
  title: { sv: 'Investeringar', en: 'Investments' },
  optional: true,
  columns: [
    col('id', 'text', 'Id', 'Id', { required: true }),
    col('name', 'text', 'Namn', 'Name', { required: true }),
    col('committee', 'text', 'Nämnd (id)', 'Committee (id)'),
    col('life', 'integer', 'Avskrivningstid (år)', 'Life (years)', { required: true }),
  ],
};

export const INVESTMENT_SPEND_TABLE: InputTable = {
  name: 'bsInvestmentSpend',
  sheet: 'investments',
  title: { sv: 'Investeringsutgifter per år', en: 'Investment spend by year' },
  optional: true,
  columns: [
    col('investment', 'text', 'Investering (id)', 'Investment (id)', { required: true }),
    col('year', 'integer', 'År', 'Year', { required: true }),
    col('amount', 'amount', 'Utgift', 'Spend', { required: true }),
  ],
};

export const PROJECTS_TABLE: InputTable = {
  name: 'bsProjects',
  sheet: 'projects',
  title: { sv: 'Projekt (utvecklingsinsatser)', en: 'Projects' },
  optional: true,
  columns: [
    col('id', 'text', 'Id', 'Id', { required: true }),
    col('name', 'text', 'Namn', 'Name', { required: true }),
    col('committee', 'text', 'Nämnd (id)', 'Committee (id)', { required: true }),
  ],
};

export const PROJECT_EFFECTS_TABLE: InputTable = {
  name: 'bsProjectEffects',
  sheet: 'projects',
  title: { sv: 'Projektens effekt på ramen per år (+ kostnad, − besparing)', en: 'Project effects on the frame by year (+ cost, − saving)' },
  optional: true,
  columns: [
    col('project', 'text', 'Projekt (id)', 'Project (id)', { required: true }),
    col('year', 'integer', 'År', 'Year', { required: true }),
    col('amount', 'amount', 'Effekt', 'Effect', { required: true }),
  ],
};

export const AGE_GROUPS_TABLE: InputTable = {
  name: 'bsAgeGroups',
  sheet: 'population',
  title: { sv: 'Åldersgrupper', en: 'Age groups' },
  optional: true,
  columns: [col('id', 'text', 'Id', 'Id', { required: true }), col('name', 'text', 'Namn', 'Name', { required: true })],
};

export const POPULATION_TABLE: InputTable = {
  name: 'bsPopulation',
  sheet: 'population',
  title: { sv: 'Befolkningsprognos', en: 'Population forecast' },
  optional: true,
  columns: [
    col('year', 'integer', 'År', 'Year', { required: true }),
    col('group', 'text', 'Åldersgrupp (id)', 'Age group (id)', { required: true }),
    col('count', 'amount', 'Antal', 'Count', { required: true }),
  ],
};

export const DEMOGRAPHY_WEIGHTS_TABLE: InputTable = {
  name: 'bsDemographyWeights',
  sheet: 'population',
  title: { sv: 'Demografivikter per nämnd (kostnad per invånare i gruppen)', en: "Committees' demography weights (cost per inhabitant of the group)" },
  optional: true,
  columns: [
    col('committee', 'text', 'Nämnd (id)', 'Committee (id)', { required: true }),
    col('group', 'text', 'Åldersgrupp (id)', 'Age group (id)', { required: true }),
    col('weight', 'amount', 'Vikt', 'Weight', { required: true }),
  ],
};

export const SCENARIO_INVESTMENTS_TABLE: InputTable = {
  name: 'bsScenarioInvestments',
  sheet: 'scenarios',
  title: { sv: 'Scenario: investeringar (tom cell = som basen)', en: 'Scenario: investments (blank = as the base)' },
  optional: true,
  columns: [
    col('scenario', 'text', 'Scenario', 'Scenario', { required: true }),
    col('id', 'text', 'Investering (id)', 'Investment (id)', { required: true }),
    col('name', 'text', 'Namn', 'Name'),
    col('committee', 'text', 'Nämnd (id)', 'Committee (id)'),
    col('life', 'integer', 'Avskrivningstid (år)', 'Life (years)'),
    removedColumn,
  ],
};

export const SCENARIO_INVESTMENT_SPEND_TABLE: InputTable = {
  name: 'bsScenarioInvestmentSpend',
  sheet: 'scenarios',
  title: { sv: 'Scenario: investeringsutgifter (ersätter investeringens alla utgifter)', en: "Scenario: investment spend (replaces all of the investment's spend)" },
  optional: true,
  columns: [
    col('scenario', 'text', 'Scenario', 'Scenario', { required: true }),
    col('investment', 'text', 'Investering (id)', 'Investment (id)', { required: true }),
    col('year', 'integer', 'År', 'Year', { required: true }),
    col('amount', 'amount', 'Utgift', 'Spend', { required: true }),
  ],
};

export const SCENARIO_PROJECTS_TABLE: InputTable = {
  name: 'bsScenarioProjects',
  sheet: 'scenarios',
  title: { sv: 'Scenario: projekt (tom cell = som basen)', en: 'Scenario: projects (blank = as the base)' },
  optional: true,
  columns: [
    col('scenario', 'text', 'Scenario', 'Scenario', { required: true }),
    col('id', 'text', 'Projekt (id)', 'Project (id)', { required: true }),
    col('name', 'text', 'Namn', 'Name'),
    col('committee', 'text', 'Nämnd (id)', 'Committee (id)'),
    removedColumn,
  ],
};

export const SCENARIO_PROJECT_EFFECTS_TABLE: InputTable = {
  name: 'bsScenarioProjectEffects',
  sheet: 'scenarios',
  title: { sv: 'Scenario: projektens effekter (ersätter projektets alla effekter)', en: "Scenario: project effects (replace all of the project's effects)" },
  optional: true,
  columns: [
    col('scenario', 'text', 'Scenario', 'Scenario', { required: true }),
    col('project', 'text', 'Projekt (id)', 'Project (id)', { required: true }),
    col('year', 'integer', 'År', 'Year', { required: true }),
    col('amount', 'amount', 'Effekt', 'Effect', { required: true }),
  ],
};

/** In sheet order, top to bottom within a sheet: stacked, never side by side (see layout/inputs.ts). */
export const INPUT_TABLES: InputTable[] = [
  SETTINGS_TABLE,
  HISTORY_TABLE,
  YEARS_TABLE,
  OPENING_RESTORATION_TABLE,
  UNCERTAINTY_TABLE,
  COMMITTEES_TABLE,
  COMMITTEE_YEARS_TABLE,
  INVESTMENTS_TABLE,
  INVESTMENT_SPEND_TABLE,
  PROJECTS_TABLE,
  PROJECT_EFFECTS_TABLE,
  AGE_GROUPS_TABLE,
  POPULATION_TABLE,
  DEMOGRAPHY_WEIGHTS_TABLE,
  SCENARIOS_TABLE,
  SCENARIO_YEARS_TABLE,
  SCENARIO_COMMITTEE_YEARS_TABLE,
  SCENARIO_INVESTMENTS_TABLE,
  SCENARIO_INVESTMENT_SPEND_TABLE,
  SCENARIO_PROJECTS_TABLE,
  SCENARIO_PROJECT_EFFECTS_TABLE,
];

/** Finds a column by its header in either language (trimmed, case-insensitive). */
export function columnForHeader(table: InputTable, header: string): InputColumn | undefined {
  const h = header.trim().toLowerCase();
  return table.columns.find((c) => c.header.sv.toLowerCase() === h || c.header.en.toLowerCase() === h);
}
