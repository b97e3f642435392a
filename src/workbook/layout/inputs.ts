import { CarryOverRule, Language, Model, Unit } from '../../engine/types';
import { CellContent, SheetDescription } from '../description';
import { range, sheetCell } from '../a1';
import {
  ColumnKind,
  INPUT_SHEET_NAMES,
  INPUT_TABLES,
  InputSheetId,
  InputTable,
  SETTINGS,
} from '../input-tables';
import { amountFormat, INTEGER, RATE, TAX_RATE, TEXT } from './formats';
import { label } from './labels';
import { SheetBuilder } from './sheet-builder';
import { TAB_COLORS } from './styles';

/** The header row of every input table (0-based); data starts on the next row. */
export const INPUT_HEADER_ROW = 3;

export function settingName(key: string): string {
  return `bs_${key}`;
}

type Row = Record<string, unknown>;

/**
 * Where each input value sits, so that scenario formulas can point at it. Only cells that hold a
 * value are recorded: a formula refers to the cell that supplies the value today.
 */
export class InputCells {
  private readonly cells = new Map<string, string>();

  record(kind: string, keyParts: (string | number)[], column: string, ref: string): void {
    let key = kind;
    for (const p of keyParts) key += '\u0000' + p;
    this.cells.set(key + '\u0000' + column, ref);
  }

  // The look-ups build the same keys as record() with plain concatenation: they run for nearly
  // every formula cell, and an array joined each time cost a tenth of describing a large model.
  year(year: number, key: string) {
    return this.cells.get('bsYears\u0000' + year + '\u0000' + key);
  }
  history(year: number, key: 'revenue' | 'result') {
    return this.cells.get('bsHistory\u0000' + year + '\u0000' + key);
  }
  committee(id: string, key: string) {
    return this.cells.get('bsCommittees\u0000' + id + '\u0000' + key);
  }
  committeeYear(id: string, year: number, key: string) {
    return this.cells.get('bsCommitteeYears\u0000' + id + '\u0000' + year + '\u0000' + key);
  }
  scenario(name: string, key: string) {
    return this.cells.get('bsScenarios\u0000' + name + '\u0000' + key);
  }
  scenarioYear(name: string, year: number, key: string) {
    return this.cells.get('bsScenarioYears\u0000' + name + '\u0000' + year + '\u0000' + key);
  }
  scenarioCommitteeYear(name: string, id: string, year: number, key: string) {
    return this.cells.get('bsScenarioCommitteeYears\u0000' + name + '\u0000' + id + '\u0000' + year + '\u0000' + key);
  }
}

function capCell(v: number | null | undefined, language: Language): CellContent {
  if (v === undefined) return null;
  return v === null ? label('noCap', language) : v;
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

/** The table rows, with the identifying key of each row (for InputCells). */
function tableRows(table: InputTable, model: Model, language: Language): { keyParts: (string | number)[]; row: Row }[] {
  switch (table.name) {
    case 'bsSettings':
      return SETTINGS.map((s) => {
        let value: unknown;
        if (s.carryOver) value = carryOverCells(model.carryOver, language)[s.key];
        else if (s.key === 'language') value = model.language ?? 'sv';
        else value = (model as unknown as Row)[s.key];
        return { keyParts: [s.key], row: { label: s.label[language], value, key: s.key } };
      });
    case 'bsHistory':
      return model.history.map((h) => ({ keyParts: [h.year], row: { ...h } }));
    case 'bsYears':
      return model.years.map((y) => ({ keyParts: [y.year], row: { ...y } }));
    case 'bsCommittees':
      return model.committees.map((c) => ({
        keyParts: [c.id],
        row: { id: c.id, name: c.name, frame: c.frame, labourShare: c.labourShare, openingCarryIn: c.openingCarryIn, ...carryOverCells(c.carryOver, language) },
      }));
    case 'bsCommitteeYears':
      return model.committeeYears.map((r) => ({ keyParts: [r.committee, r.year], row: { ...r } }));
    case 'bsScenarios':
      return model.scenarios.map((s) => {
        const { years: _y, committeeYears: _cy, carryOver, ...scalars } = s.overrides;
        return { keyParts: [s.name], row: { name: s.name, ...scalars, ...carryOverCells(carryOver, language) } };
      });
    case 'bsScenarioYears':
      return model.scenarios.flatMap((s) =>
        (s.overrides.years ?? []).map((y) => ({ keyParts: [s.name, y.year], row: { scenario: s.name, ...y } })),
      );
    case 'bsScenarioCommitteeYears':
      return model.scenarios.flatMap((s) =>
        (s.overrides.committeeYears ?? []).map((r) => ({ keyParts: [s.name, r.committee, r.year], row: { scenario: s.name, ...r } })),
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

/** Writes one input table at (INPUT_HEADER_ROW, column) and records where its values sit. */
function writeTable(b: SheetBuilder, table: InputTable, column: number, model: Model, language: Language, cells: InputCells): number {
  const rows = tableRows(table, model, language);
  const headerRow = INPUT_HEADER_ROW;
  b.set(headerRow - 1, column, table.title[language]);
  b.style(range(headerRow - 1, column, 1, table.columns.length), 'section');
  b.setRow(headerRow, column, table.columns.map((c) => c.header[language]));

  rows.forEach(({ keyParts, row }, i) => {
    const r = headerRow + 1 + i;
    table.columns.forEach((c, j) => {
      const v = cellValue(row[c.key]);
      b.set(r, column + j, v);
      if (v !== null) cells.record(table.name, keyParts, c.key, sheetCell(b.name, r, column + j));
    });
    if (table.name === 'bsSettings') {
      const setting = SETTINGS[i];
      const f = formatFor(setting.kind, model.unit);
      if (f) b.format(range(r, column + 1), f);
      if (setting.values) b.validations.push({ range: range(r, column + 1), values: setting.values });
    }
  });
  // An Excel table always has a data row; an empty one is left blank for the user to fill.
  const dataRows = Math.max(rows.length, 1);
  if (rows.length === 0) b.setRow(headerRow + 1, column, table.columns.map(() => null));

  if (table.name !== 'bsSettings') {
    table.columns.forEach((c, j) => {
      const f = formatFor(c.kind, model.unit);
      if (f) b.format(range(headerRow + 1, column + j, dataRows, 1), f);
      if (c.values) b.validations.push({ range: range(headerRow + 1, column + j, dataRows, 1), values: c.values });
    });
  }
  table.columns.forEach((c, j) => {
    const width = c.kind === 'text' ? (c.key === 'name' || c.key === 'label' ? 34 : 14) : Math.min(Math.max(c.header[language].length * 0.9, 11), 22);
    b.columnWidth(column + j, width);
  });
  b.tables.push({ name: table.name, range: range(headerRow, column, dataRows + 1, table.columns.length), style: 'TableStyleLight9' });
  return column + table.columns.length + 1;
}

export const INPUT_SHEET_IDS: InputSheetId[] = ['inputs', 'committees', 'scenarios'];

/** The input sheets, named `sheetNames` (in INPUT_SHEET_IDS order), and where every input value sits. */
export function describeInputSheets(
  model: Model,
  language: Language,
  sheetNames: string[] = INPUT_SHEET_IDS.map((id) => INPUT_SHEET_NAMES[id][language]),
): { sheets: SheetDescription[]; cells: InputCells; settingsRows: Map<string, { sheet: string; row: number; column: number }> } {
  const cells = new InputCells();
  const settingsRows = new Map<string, { sheet: string; row: number; column: number }>();
  const sheets = INPUT_SHEET_IDS.map((id, index) => {
    const b = new SheetBuilder(sheetNames[index], 'inputs');
    const title = id === 'inputs' ? 'inputsTitle' : id === 'committees' ? 'committeesTitle' : 'scenariosTitle';
    b.set(0, 0, `${label(title, language)}: ${model.name}`);
    b.style(range(0, 0), 'title');
    b.set(1, 0, label('inputsNote', language));
    b.style(range(1, 0), 'note');
    let column = 0;
    for (const table of INPUT_TABLES.filter((t) => t.sheet === id)) {
      if (table.name === 'bsSettings') {
        SETTINGS.forEach((s, i) => settingsRows.set(s.key, { sheet: b.name, row: INPUT_HEADER_ROW + 1 + i, column: column + 1 }));
      }
      column = writeTable(b, table, column, model, language, cells);
    }
    b.frozen = { rows: INPUT_HEADER_ROW + 1, columns: 0 };
    b.tabColor = TAB_COLORS.inputs;
    return b.build();
  });
  return { sheets, cells, settingsRows };
}
