/**
 * The input tables of a model as a host would extract them, following src/workbook/input-tables.ts:
 * each table's columns in schema order with headers in one language, absent values blank, a null cap
 * as the no-cap word. Tables sit side by side on their sheet, headers on row 3.
 */
import { CarryOverRule, Language, Model } from '../../../src/engine/types';
import { INPUT_SHEET_NAMES, INPUT_TABLES, InputTable, SETTINGS } from '../../../src/workbook/input-tables';
import { CellData, TableData, TableSet } from '../../../src/workbook/read/table-data';

type Row = Record<string, unknown>;

const NO_CAP: Record<Language, string> = { sv: 'ingen', en: 'none' };

function carryOverCells(rule: Partial<CarryOverRule> | undefined, language: Language): Row {
  const cap = (v: number | null | undefined) => (v === null ? NO_CAP[language] : v);
  return {
    surplusShare: rule?.surplusShare,
    deficitShare: rule?.deficitShare,
    surplusCap: cap(rule?.surplusCap),
    deficitCap: cap(rule?.deficitCap),
    repaymentYears: rule?.repaymentYears,
  };
}

function rowsOf(table: InputTable, model: Model, language: Language): Row[] {
  switch (table.name) {
    case 'bsSettings':
      return SETTINGS.map((s) => ({
        label: s.label[language],
        value: s.carryOver ? carryOverCells(model.carryOver, language)[s.key] : (model as unknown as Row)[s.key],
        key: s.key,
      }));
    case 'bsHistory':
      return model.history.map((h) => ({ ...h }));
    case 'bsYears':
      return model.years.map((y) => ({ ...y }));
    case 'bsCommittees':
      return model.committees.map((c) => ({ ...c, ...carryOverCells(c.carryOver, language) }));
    case 'bsCommitteeYears':
      return model.committeeYears.map((r) => ({ ...r }));
    case 'bsScenarios':
      return model.scenarios.map((s) => ({ name: s.name, ...s.overrides, ...carryOverCells(s.overrides.carryOver, language) }));
    case 'bsScenarioYears':
      return model.scenarios.flatMap((s) => (s.overrides.years ?? []).map((y) => ({ scenario: s.name, ...y })));
    case 'bsScenarioCommitteeYears':
      return model.scenarios.flatMap((s) => (s.overrides.committeeYears ?? []).map((r) => ({ scenario: s.name, ...r })));
    default:
      throw new Error(`unknown table ${table.name}`);
  }
}

const HEADER_ROW = 3;

export function tablesFromModel(model: Model, language: Language = 'sv'): TableSet {
  const set: TableSet = new Map();
  const nextColumn = new Map<string, number>();
  for (const table of INPUT_TABLES) {
    const sheet = INPUT_SHEET_NAMES[table.sheet][language];
    const column = nextColumn.get(sheet) ?? 0;
    nextColumn.set(sheet, column + table.columns.length + 1);
    const data: TableData = {
      name: table.name,
      sheet,
      row: HEADER_ROW,
      column,
      headers: table.columns.map((c) => c.header[language]),
      rows: rowsOf(table, model, language).map((row) => table.columns.map((c) => (row[c.key] ?? null) as CellData)),
    };
    set.set(table.name, data);
  }
  return set;
}

/** A deep copy of the tables, for editing in a test. */
export function cloneTables(tables: TableSet): TableSet {
  return new Map([...tables].map(([k, t]) => [k, { ...t, headers: [...t.headers], rows: t.rows.map((r) => [...r]) }]));
}
