import { CarryOverRule, Language, Model, ReserveRule, Unit, YearAmount } from '../../engine/types';
import { CellContent, SheetDescription } from '../description';
import { range, sheetCell, sheetRange } from '../a1';
import {
  ColumnKind,
  INPUT_SHEET_NAMES,
  INPUT_TABLES,
  InputSheetId,
  InputTable,
  SETTINGS,
  YES_NO_WORDS,
  choiceWord,
} from '../input-tables';
import { amountFormat, INTEGER, RATE, TAX_RATE, TEXT } from './formats';
import { label, LabelKey } from './labels';
import { SheetBuilder } from './sheet-builder';
import { TAB_COLORS } from './styles';

/** The first input table's title row (0-based): below the sheet's title and note; its header is on row 3. */
export const FIRST_TABLE_ROW = 2;
/** Blank rows between two stacked tables. */
export const TABLE_GAP = 2;

export function settingName(key: string): string {
  return `bs_${key}`;
}

type Row = Record<string, unknown>;

/**
 * Where each input value sits, so that scenario formulas can point at it. Only cells that hold a
 * value are recorded: a formula refers to the cell that supplies the value today. Rows of a list
 * (an investment's spend, a project's effects) may repeat a key; `all` gives every one of them.
 */
export class InputCells {
  private readonly cells = new Map<string, string[]>();
  /** The first and last data row of each table's column, as "'Sheet'!$B$5:$B$9". */
  private readonly columns = new Map<string, string>();

  record(kind: string, keyParts: (string | number)[], column: string, ref: string): void {
    const key = [kind, ...keyParts, column].join('\u0000');
    const list = this.cells.get(key);
    if (list) list.push(ref);
    else this.cells.set(key, [ref]);
  }

  recordColumn(kind: string, column: string, ref: string): void {
    this.columns.set(`${kind}\u0000${column}`, ref);
  }

  private get(kind: string, keyParts: (string | number)[], column: string): string | undefined {
    return this.cells.get([kind, ...keyParts, column].join('\u0000'))?.[0];
  }

  /** Every cell recorded under the key, in table order. */
  all(kind: string, keyParts: (string | number)[], column: string): string[] {
    return this.cells.get([kind, ...keyParts, column].join('\u0000')) ?? [];
  }

  /** A whole data column of a table (its body rows as written). */
  column(kind: string, column: string): string | undefined {
    return this.columns.get(`${kind}\u0000${column}`);
  }

  // The look-ups build the same keys as record() with plain concatenation: they run for nearly
  // every formula cell, and an array joined each time cost a tenth of describing a large model.
  year(year: number, key: string) {
    return this.cells.get('bsYears\u0000' + year + '\u0000' + key)?.[0];
  }
  history(year: number, key: 'revenue' | 'result') {
    return this.cells.get('bsHistory\u0000' + year + '\u0000' + key)?.[0];
  }
  committee(id: string, key: string) {
    return this.cells.get('bsCommittees\u0000' + id + '\u0000' + key)?.[0];
  }
  committeeYear(id: string, year: number, key: string) {
    return this.cells.get('bsCommitteeYears\u0000' + id + '\u0000' + year + '\u0000' + key)?.[0];
  }
  scenario(name: string, key: string) {
    return this.cells.get('bsScenarios\u0000' + name + '\u0000' + key)?.[0];
  }
  scenarioYear(name: string, year: number, key: string) {
    return this.cells.get('bsScenarioYears\u0000' + name + '\u0000' + year + '\u0000' + key)?.[0];
  }
  scenarioCommitteeYear(name: string, id: string, year: number, key: string) {
    return this.cells.get('bsScenarioCommitteeYears\u0000' + name + '\u0000' + id + '\u0000' + year + '\u0000' + key)?.[0];
  }
  investment(id: string, key: string) {
    return this.get('bsInvestments', [id], key);
  }
  scenarioInvestment(name: string, id: string, key: string) {
    return this.get('bsScenarioInvestments', [name, id], key);
  }
  weight(committee: string, group: string): string[] {
    return this.all('bsDemographyWeights', [committee, group], 'weight');
  }
  population(year: number, group: string): string[] {
    return this.all('bsPopulation', [year, group], 'count');
  }
}

function capCell(v: number | null | undefined, language: Language): CellContent {
  if (v === undefined) return null;
  return v === null ? label('noCap', language) : v;
}

function yesNoCell(v: boolean | undefined, language: Language): CellContent {
  if (v === undefined) return null;
  return v ? YES_NO_WORDS[language].yes : YES_NO_WORDS[language].no;
}

function carryOverCells(rule: Partial<CarryOverRule> | undefined, language: Language): Row {
  if (!rule) return {};
  return {
    surplusShare: rule.surplusShare,
    deficitShare: rule.deficitShare,
    surplusCap: capCell(rule.surplusCap, language),
    deficitCap: capCell(rule.deficitCap, language),
    repaymentYears: rule.repaymentYears,
  };
}

function reserveCells(rule: Partial<ReserveRule> | undefined, language: Language): Row {
  if (!rule) return {};
  return {
    reserveOpeningBalance: rule.openingBalance,
    reserveThreshold: rule.threshold,
    reserveCap: capCell(rule.cap, language),
    reserveDeposit: rule.deposit,
    reserveWithdraw: yesNoCell(rule.withdraw, language),
  };
}

type KeyedRow = { keyParts: (string | number)[]; row: Row };

/** The table rows, with the identifying key of each row (for InputCells). */
function tableRows(table: InputTable, model: Model, language: Language): KeyedRow[] {
  const yearAmounts = (id: string, list: YearAmount[] | undefined, idKey: string): KeyedRow[] =>
    (list ?? []).map((e) => ({ keyParts: [id, e.year], row: { [idKey]: id, year: e.year, amount: e.amount } }));
  switch (table.name) {
    case 'bsSettings':
      return SETTINGS.map((s) => {
        let value: unknown;
        if (s.carryOver) value = carryOverCells(model.carryOver, language)[s.key];
        else if (s.path?.[0] === 'reserve') value = reserveCells(model.reserve, language)[s.key];
        else if (s.key === 'language') value = model.language ?? 'sv';
        else value = (model as unknown as Row)[s.key];
        return { keyParts: [s.key], row: { label: s.label[language], value, key: s.key } };
      });
    case 'bsHistory':
      return model.history.map((h) => ({ keyParts: [h.year], row: { ...h } }));
    case 'bsYears':
      return model.years.map((y) => ({ keyParts: [y.year], row: { ...y } }));
    case 'bsUncertainty':
      return (model.uncertainty?.inputs ?? []).map((u) => ({ keyParts: [u.input], row: { ...u } }));
    case 'bsOpeningRestoration':
      return (model.openingRestoration ?? []).map((o) => ({ keyParts: [o.year], row: { ...o } }));
    case 'bsCommittees':
      return model.committees.map((c) => ({
        keyParts: [c.id],
        row: {
          id: c.id,
          name: c.name,
          frame: c.frame,
          labourShare: c.labourShare,
          openingCarryIn: c.openingCarryIn,
          ...carryOverCells(c.carryOver, language),
          costPerFte: c.costPerFte,
        },
      }));
    case 'bsCommitteeYears':
      return model.committeeYears.map((r) => ({ keyParts: [r.committee, r.year], row: { ...r } }));
    case 'bsInvestments':
      return (model.investments ?? []).map((v) => ({ keyParts: [v.id], row: { id: v.id, name: v.name, committee: v.committee, life: v.life } }));
    case 'bsInvestmentSpend':
      return (model.investments ?? []).flatMap((v) => yearAmounts(v.id, v.spend, 'investment'));
    case 'bsProjects':
      return (model.projects ?? []).map((p) => ({ keyParts: [p.id], row: { id: p.id, name: p.name, committee: p.committee } }));
    case 'bsProjectEffects':
      return (model.projects ?? []).flatMap((p) => yearAmounts(p.id, p.effects, 'project'));
    case 'bsAgeGroups':
      return (model.ageGroups ?? []).map((g) => ({ keyParts: [g.id], row: { ...g } }));
    case 'bsPopulation':
      return (model.population ?? []).map((p) => ({ keyParts: [p.year, p.group], row: { ...p } }));
    case 'bsDemographyWeights':
      return model.committees.flatMap((c) =>
        (c.demographyWeights ?? []).map((w) => ({ keyParts: [c.id, w.group], row: { committee: c.id, group: w.group, weight: w.weight } })),
      );
    case 'bsScenarios':
      return model.scenarios.map((s) => {
        const { years: _y, committeeYears: _cy, projects: _p, investments: _i, carryOver, reserve, ...scalars } = s.overrides;
        return { keyParts: [s.name], row: { name: s.name, ...scalars, ...carryOverCells(carryOver, language), ...reserveCells(reserve, language) } };
      });
    case 'bsScenarioYears':
      return model.scenarios.flatMap((s) =>
        (s.overrides.years ?? []).map((y) => ({ keyParts: [s.name, y.year], row: { scenario: s.name, ...y } })),
      );
    case 'bsScenarioCommitteeYears':
      return model.scenarios.flatMap((s) =>
        (s.overrides.committeeYears ?? []).map((r) => ({ keyParts: [s.name, r.committee, r.year], row: { scenario: s.name, ...r } })),
      );
    case 'bsScenarioInvestments':
      return model.scenarios.flatMap((s) =>
        (s.overrides.investments ?? []).map((v) => ({
          keyParts: [s.name, v.id],
          row: { scenario: s.name, id: v.id, name: v.name, committee: v.committee, life: v.life, removed: v.spend?.length === 0 ? yesNoCell(true, language) : null },
        })),
      );
    case 'bsScenarioInvestmentSpend':
      return model.scenarios.flatMap((s) =>
        (s.overrides.investments ?? []).flatMap((v) =>
          (v.spend ?? []).map((e) => ({ keyParts: [s.name, v.id, e.year], row: { scenario: s.name, investment: v.id, year: e.year, amount: e.amount } })),
        ),
      );
    case 'bsScenarioProjects':
      return model.scenarios.flatMap((s) =>
        (s.overrides.projects ?? []).map((p) => ({
          keyParts: [s.name, p.id],
          row: { scenario: s.name, id: p.id, name: p.name, committee: p.committee, removed: p.effects?.length === 0 ? yesNoCell(true, language) : null },
        })),
      );
    case 'bsScenarioProjectEffects':
      return model.scenarios.flatMap((s) =>
        (s.overrides.projects ?? []).flatMap((p) =>
          (p.effects ?? []).map((e) => ({ keyParts: [s.name, p.id, e.year], row: { scenario: s.name, project: p.id, year: e.year, amount: e.amount } })),
        ),
      );
    default:
      throw new Error(`unknown input table ${table.name}`);
  }
}

function formatFor(kind: ColumnKind, unit: Unit): string | undefined {
  switch (kind) {
    case 'rate':
    case 'cap':
      return RATE;
    case 'amount':
      return amountFormat(unit);
    case 'taxRate':
      return TAX_RATE;
    case 'integer':
      return INTEGER;
    case 'text':
      return TEXT;
    default:
      return undefined;
  }
}

function cellValue(v: unknown): CellContent {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw new Error(`unexpected input value ${String(v)}`);
}

function validationValues(kind: ColumnKind, values: string[] | undefined, language: Language): string[] | undefined {
  if (kind === 'yesNo') return [YES_NO_WORDS[language].yes, YES_NO_WORDS[language].no];
  return values?.map((v) => choiceWord(v, language));
}

/**
 * Writes one input table with its title on `titleRow` and records where its values sit. Returns the
 * row after the table. Tables are stacked, never side by side: deleting a whole sheet row of one
 * table's body can then never remove a row of another table.
 */
function writeTable(b: SheetBuilder, table: InputTable, titleRow: number, model: Model, language: Language, cells: InputCells): number {
  const rows = tableRows(table, model, language);
  const column = 0;
  const headerRow = titleRow + 1;
  b.set(titleRow, column, table.title[language]);
  b.style(range(titleRow, column, 1, table.columns.length), 'section');
  b.setRow(headerRow, column, table.columns.map((c) => c.header[language]));

  rows.forEach(({ keyParts, row }, i) => {
    const r = headerRow + 1 + i;
    const setting = table.name === 'bsSettings' ? SETTINGS[i] : undefined;
    table.columns.forEach((c, j) => {
      // A choice is written as its word in the sheet's language (input-tables.ts CHOICE_WORDS).
      const choice = c.kind === 'enum' || (c.key === 'value' && setting?.kind === 'enum');
      const raw = row[c.key];
      const v = cellValue(choice && typeof raw === 'string' ? choiceWord(raw, language) : raw);
      b.set(r, column + j, v);
      if (v !== null) cells.record(table.name, keyParts, c.key, sheetCell(b.name, r, column + j));
    });
    if (setting) {
      const f = formatFor(setting.kind, model.unit);
      if (f) b.format(range(r, column + 1), f);
      const values = validationValues(setting.kind, setting.values, language);
      if (values) b.validations.push({ range: range(r, column + 1), values });
    }
  });
  // An Excel table always has a data row; an empty one is left blank for the user to fill.
  const dataRows = Math.max(rows.length, 1);
  if (rows.length === 0) b.setRow(headerRow + 1, column, table.columns.map(() => null));
  table.columns.forEach((c, j) => cells.recordColumn(table.name, c.key, sheetRange(b.name, range(headerRow + 1, column + j, dataRows, 1))));

  if (table.name !== 'bsSettings') {
    table.columns.forEach((c, j) => {
      const f = formatFor(c.kind, model.unit);
      if (f) b.format(range(headerRow + 1, column + j, dataRows, 1), f);
      const values = validationValues(c.kind, c.values, language);
      if (values) b.validations.push({ range: range(headerRow + 1, column + j, dataRows, 1), values });
    });
  }
  table.columns.forEach((c, j) => {
    const width = c.kind === 'text' ? (c.key === 'name' || c.key === 'label' ? 34 : 14) : Math.min(Math.max(c.header[language].length * 0.9, 11), 22);
    b.columnWidth(column + j, Math.max(width, b.columnWidths.get(column + j) ?? 0));
  });
  // The settings' keys are for Budgetsim to find each setting by, whatever its label says: shown
  // muted, beside the label and value a reader looks at.
  if (table.name === 'bsSettings') b.style(range(headerRow + 1, column + table.columns.findIndex((c) => c.key === 'key'), dataRows, 1), 'muted');
  b.tables.push({ name: table.name, range: range(headerRow, column, dataRows + 1, table.columns.length), style: 'TableStyleLight9' });
  return headerRow + 1 + dataRows;
}

export const INPUT_SHEET_IDS: InputSheetId[] = ['inputs', 'committees', 'investments', 'projects', 'population', 'scenarios'];

/** The sheets of the long-term plan (investments, projects, population) are written for version 2 models only. */
const VERSION_2_SHEETS: InputSheetId[] = ['investments', 'projects', 'population'];
const VERSION_2_SCENARIO_TABLES = ['bsScenarioInvestments', 'bsScenarioInvestmentSpend', 'bsScenarioProjects', 'bsScenarioProjectEffects'];

/** The input sheets a model's workbook has, in order. */
export function inputSheetIds(model: Model): InputSheetId[] {
  return model.schemaVersion === 2 ? INPUT_SHEET_IDS : INPUT_SHEET_IDS.filter((id) => !VERSION_2_SHEETS.includes(id));
}

function tablesOf(model: Model, id: InputSheetId): InputTable[] {
  return INPUT_TABLES.filter((t) => t.sheet === id && (model.schemaVersion === 2 || !VERSION_2_SCENARIO_TABLES.includes(t.name)));
}

const SHEET_TITLES: Record<InputSheetId, LabelKey> = {
  inputs: 'inputsTitle',
  committees: 'committeesTitle',
  investments: 'investmentsTitle',
  projects: 'projectsTitle',
  population: 'populationTitle',
  scenarios: 'scenariosTitle',
};

/** The input sheets, named `sheetNames` (in inputSheetIds(model) order), and where every input value sits. */
export function describeInputSheets(
  model: Model,
  language: Language,
  sheetNames: string[] = inputSheetIds(model).map((id) => INPUT_SHEET_NAMES[id][language]),
): { sheets: SheetDescription[]; cells: InputCells; settingsRows: Map<string, { sheet: string; row: number; column: number }> } {
  const cells = new InputCells();
  const settingsRows = new Map<string, { sheet: string; row: number; column: number }>();
  const sheets = inputSheetIds(model).map((id, index) => {
    const b = new SheetBuilder(sheetNames[index], 'inputs');
    b.set(0, 0, `${label(SHEET_TITLES[id], language)}: ${model.name}`);
    b.style(range(0, 0), 'title');
    b.set(1, 0, label('inputsNote', language));
    b.style(range(1, 0), 'note');
    let row = FIRST_TABLE_ROW;
    for (const table of tablesOf(model, id)) {
      if (table.name === 'bsSettings') {
        SETTINGS.forEach((s, i) => settingsRows.set(s.key, { sheet: b.name, row: row + 2 + i, column: 1 }));
      }
      row = writeTable(b, table, row, model, language, cells) + TABLE_GAP;
    }
    b.frozen = { rows: FIRST_TABLE_ROW, columns: 0 };
    b.tabColor = TAB_COLORS.inputs;
    return b.build();
  });
  return { sheets, cells, settingsRows };
}
