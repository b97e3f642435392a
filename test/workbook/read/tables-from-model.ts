/**
 * The input tables of a model as a host would extract them, following src/workbook/input-tables.ts:
 * each table's columns in schema order with headers in one language, absent values blank, a null cap
 * as the no-cap word, a yes/no switch as its word. Tables are stacked on their sheet, one blank row
 * between two tables.
 */
import { CarryOverRule, Language, Model, ReserveRule } from '../../../src/engine/types';
import { INPUT_SHEET_NAMES, INPUT_TABLES, InputTable, SETTINGS } from '../../../src/workbook/input-tables';
import { CellData, TableData, TableSet } from '../../../src/workbook/read/table-data';

type Row = Record<string, unknown>;

const NO_CAP: Record<Language, string> = { sv: 'ingen', en: 'none' };
const YES_NO: Record<Language, [string, string]> = { sv: ['Ja', 'Nej'], en: ['Yes', 'No'] };

function reserveCells(rule: Partial<ReserveRule> | undefined, language: Language): Row {
  return {
    reserveOpeningBalance: rule?.openingBalance,
    reserveThreshold: rule?.threshold,
    reserveCap: rule?.cap === null ? NO_CAP[language] : rule?.cap,
    reserveDeposit: rule?.deposit,
    reserveWithdraw: rule?.withdraw === undefined ? undefined : YES_NO[language][rule.withdraw ? 0 : 1],
  };
}

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
        value: s.carryOver
          ? carryOverCells(model.carryOver, language)[s.key]
          : s.key.startsWith('reserve')
            ? reserveCells(model.reserve, language)[s.key]
            : (model as unknown as Row)[s.key],
        key: s.key,
      }));
    case 'bsHistory':
      return model.history.map((h) => ({ ...h }));
    case 'bsYears':
      return model.years.map((y) => ({ ...y }));
    case 'bsCommittees':
      return model.committees.map((c) => ({ ...c, ...carryOverCells(c.carryOver, language) }));
    case 'bsUncertainty':
      return (model.uncertainty?.inputs ?? []).map((u) => ({ ...u }));
    case 'bsOpeningRestoration':
      return (model.openingRestoration ?? []).map((o) => ({ ...o }));
    case 'bsInvestments':
      return (model.investments ?? []).map((v) => ({ ...v }));
    case 'bsInvestmentSpend':
      return (model.investments ?? []).flatMap((v) => v.spend.map((e) => ({ investment: v.id, ...e })));
    case 'bsProjects':
      return (model.projects ?? []).map((p) => ({ ...p }));
    case 'bsProjectEffects':
      return (model.projects ?? []).flatMap((p) => p.effects.map((e) => ({ project: p.id, ...e })));
    case 'bsAgeGroups':
      return (model.ageGroups ?? []).map((g) => ({ ...g }));
    case 'bsPopulation':
      return (model.population ?? []).map((p) => ({ ...p }));
    case 'bsDemographyWeights':
      return model.committees.flatMap((c) => (c.demographyWeights ?? []).map((w) => ({ committee: c.id, ...w })));
    case 'bsScenarioInvestments':
      return model.scenarios.flatMap((s) =>
        (s.overrides.investments ?? []).map((v) => ({ scenario: s.name, ...v, removed: v.spend?.length === 0 ? YES_NO[language][0] : undefined })),
      );
    case 'bsScenarioInvestmentSpend':
      return model.scenarios.flatMap((s) =>
        (s.overrides.investments ?? []).flatMap((v) => (v.spend ?? []).map((e) => ({ scenario: s.name, investment: v.id, ...e }))),
      );
    case 'bsScenarioProjects':
      return model.scenarios.flatMap((s) =>
        (s.overrides.projects ?? []).map((p) => ({ scenario: s.name, ...p, removed: p.effects?.length === 0 ? YES_NO[language][0] : undefined })),
      );
    case 'bsScenarioProjectEffects':
      return model.scenarios.flatMap((s) =>
        (s.overrides.projects ?? []).flatMap((p) => (p.effects ?? []).map((e) => ({ scenario: s.name, project: p.id, ...e }))),
      );
    case 'bsCommitteeYears':
      return model.committeeYears.map((r) => ({ ...r }));
    case 'bsScenarios':
      return model.scenarios.map((s) => ({
        name: s.name,
        ...s.overrides,
        ...carryOverCells(s.overrides.carryOver, language),
        ...reserveCells(s.overrides.reserve, language),
      }));
    case 'bsScenarioYears':
      return model.scenarios.flatMap((s) => (s.overrides.years ?? []).map((y) => ({ scenario: s.name, ...y })));
    case 'bsScenarioCommitteeYears':
      return model.scenarios.flatMap((s) => (s.overrides.committeeYears ?? []).map((r) => ({ scenario: s.name, ...r })));
    default:
      throw new Error(`unknown table ${table.name}`);
  }
}

const FIRST_HEADER_ROW = 3;

export function tablesFromModel(model: Model, language: Language = 'sv'): TableSet {
  const set: TableSet = new Map();
  const nextRow = new Map<string, number>();
  for (const table of INPUT_TABLES) {
    const sheet = INPUT_SHEET_NAMES[table.sheet][language];
    const row = nextRow.get(sheet) ?? FIRST_HEADER_ROW;
    const body = rowsOf(table, model, language);
    nextRow.set(sheet, row + 1 + Math.max(body.length, 1) + 2);
    const data: TableData = {
      name: table.name,
      sheet,
      row,
      column: 0,
      headers: table.columns.map((c) => c.header[language]),
      rows: body.map((row) => table.columns.map((c) => (row[c.key] ?? null) as CellData)),
    };
    set.set(table.name, data);
  }
  return set;
}

/** A deep copy of the tables, for editing in a test. */
export function cloneTables(tables: TableSet): TableSet {
  return new Map([...tables].map(([k, t]) => [k, { ...t, headers: [...t.headers], rows: t.rows.map((r) => [...r]) }]));
}
