/**
 * The input tables: the whole model file as Excel tables. The writer lays them out from this list and
 * both readers (.xlsx and Office.js) find tables by name and columns by header, in either language.
 * Table names are stable identifiers; headers follow the workbook's language.
 */
import { Language } from '../engine/types';

/**
 * How a column's cells are read and shown:
 * rate = a fraction shown as percent; amount = kr/tkr/mnkr; cap = a rate, or "ingen"/"none" for no cap;
 * taxRate = kr per 100 kr; integer = a whole number; text; enum = one of the listed values.
 */
export type ColumnKind = 'text' | 'integer' | 'amount' | 'rate' | 'cap' | 'taxRate' | 'enum';

export interface InputColumn {
  /** The model file's key for this column. */
  key: string;
  kind: ColumnKind;
  header: Record<Language, string>;
  required?: boolean;
  values?: string[];
}

export interface InputTable {
  /** The Excel table name. */
  name: string;
  /** Which input sheet holds it. */
  sheet: InputSheetId;
  title: Record<Language, string>;
  columns: InputColumn[];
}

export type InputSheetId = 'inputs' | 'committees' | 'scenarios';

export const INPUT_SHEET_NAMES: Record<InputSheetId, Record<Language, string>> = {
  inputs: { sv: 'Indata', en: 'Inputs' },
  committees: { sv: 'Nämnder', en: 'Committees' },
  scenarios: { sv: 'Scenarier', en: 'Scenarios' },
};

/** Text a cap cell may hold to say "no cap" (compared case-insensitively). */
export const NO_CAP_WORDS = ['ingen', 'inget', 'none', 'no cap'];

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
];

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

/** In sheet order, left to right within a sheet. */
export const INPUT_TABLES: InputTable[] = [
  SETTINGS_TABLE,
  HISTORY_TABLE,
  YEARS_TABLE,
  COMMITTEES_TABLE,
  COMMITTEE_YEARS_TABLE,
  SCENARIOS_TABLE,
  SCENARIO_YEARS_TABLE,
  SCENARIO_COMMITTEE_YEARS_TABLE,
];

/** Finds a column by its header in either language (trimmed, case-insensitive). */
export function columnForHeader(table: InputTable, header: string): InputColumn | undefined {
  const h = header.trim().toLowerCase();
  return table.columns.find((c) => c.header.sv.toLowerCase() === h || c.header.en.toLowerCase() === h);
}
