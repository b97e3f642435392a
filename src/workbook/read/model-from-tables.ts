/**
 * The model from a workbook's input tables, refused with every problem at once, each naming its
 * sheet, table, row, column and cell. Host-independent: the .xlsx and Office.js readers both extract
 * a TableSet and call this.
 */
import { Model } from '../../engine/types';
import { parseModel, Problem } from '../../model-file';
import {
  COMMITTEE_YEARS_TABLE,
  COMMITTEES_TABLE,
  HISTORY_TABLE,
  INPUT_TABLES,
  InputTable,
  SCENARIO_COMMITTEE_YEARS_TABLE,
  SCENARIO_YEARS_TABLE,
  SCENARIOS_TABLE,
  SETTINGS_TABLE,
  YEARS_TABLE,
} from '../input-tables';
import { FoundTable, headerLanguage, resolveTable } from './columns';
import { Locations, tableLocation } from './locations';
import { committeePlacement, flat } from './placements';
import { filledRows, rowObject } from './rows';
import { readScenarios } from './scenarios';
import { readSettings } from './settings';
import { TableSet } from './table-data';
import { isConsequence } from './table-paths';

export type TablesResult = { ok: true; model: Model } | { ok: false; problems: Problem[] };

const LIST_TABLES: [InputTable, string][] = [
  [HISTORY_TABLE, 'history'],
  [YEARS_TABLE, 'years'],
  [COMMITTEES_TABLE, 'committees'],
  [COMMITTEE_YEARS_TABLE, 'committeeYears'],
];

function listRows(t: FoundTable, key: string, locations: Locations): Record<string, unknown>[] {
  locations.set([key], tableLocation(t.data));
  const placement = key === 'committees' ? committeePlacement : flat;
  return filledRows(t).map((i, n) => rowObject(t, i, [key, n], locations, placement));
}

/**
 * Builds the model file from the tables and parses it. Problems come table and column problems first,
 * then cell problems found while grouping rows, then the parser's, in document order. A table that
 * could not be read is reported once: what follows only from its absence is left out.
 */
export function modelFromTables(tables: TableSet): TablesResult {
  const structural: Problem[] = [];
  const cells: Problem[] = [];
  const locations = new Locations();
  const language = headerLanguage(tables.values());
  const found = new Map<string, FoundTable>();
  for (const spec of INPUT_TABLES) {
    const t = resolveTable(tables, spec, language, structural);
    if (t) found.set(spec.name, t);
  }
  const unreadable = INPUT_TABLES.map((s) => s.name).filter((name) => !found.has(name));

  const input: Record<string, unknown> = {};
  const settings = found.get(SETTINGS_TABLE.name);
  if (settings) Object.assign(input, readSettings(settings, locations, cells));
  for (const [spec, key] of LIST_TABLES) {
    const t = found.get(spec.name);
    if (t) input[key] = listRows(t, key, locations);
  }
  const scenarios = found.get(SCENARIOS_TABLE.name);
  if (scenarios) {
    input.scenarios = readScenarios(
      scenarios,
      found.get(SCENARIO_YEARS_TABLE.name),
      found.get(SCENARIO_COMMITTEE_YEARS_TABLE.name),
      locations,
      cells,
    );
  }

  const parsed = parseModel(input, { locate: locations.locate });
  const values = parsed.ok ? [] : parsed.problems.filter((p) => !isConsequence(p, unreadable));
  const problems = [...structural, ...cells, ...values];
  if (parsed.ok && problems.length === 0) return { ok: true, model: parsed.model };
  return { ok: false, problems };
}
