/**
 * The model from a workbook's input tables, refused with every problem at once, each naming its
 * sheet, table, row, column and cell. Host-independent: the .xlsx and Office.js readers both extract
 * a TableSet and call this.
 */
import { Model } from '../../engine/types';
import { parseModel, Problem } from '../../model-file';
import {
  AGE_GROUPS_TABLE,
  DEMOGRAPHY_WEIGHTS_TABLE,
  INVESTMENT_SPEND_TABLE,
  INVESTMENTS_TABLE,
  OPENING_RESTORATION_TABLE,
  UNCERTAINTY_TABLE,
  POPULATION_TABLE,
  PROJECT_EFFECTS_TABLE,
  PROJECTS_TABLE,
  SCENARIO_INVESTMENT_SPEND_TABLE,
  SCENARIO_INVESTMENTS_TABLE,
  SCENARIO_PROJECT_EFFECTS_TABLE,
  SCENARIO_PROJECTS_TABLE,
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
import { attachScenarioItems, attachWeights, readItemsWithList, readList } from './lists-v2';
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
  // A missing optional table is read as empty, not as unreadable.
  const unreadable = INPUT_TABLES.filter((s) => !s.optional).map((s) => s.name).filter((name) => !found.has(name));
  const table = (spec: InputTable) => found.get(spec.name);

  const input: Record<string, unknown> = {};
  const settings = found.get(SETTINGS_TABLE.name);
  if (settings) Object.assign(input, readSettings(settings, locations, cells));
  for (const [spec, key] of LIST_TABLES) {
    const t = found.get(spec.name);
    if (t) input[key] = listRows(t, key, locations);
  }
  // Version 2 lists: a key is only set when its table has rows, so a version 1 model stays version 1.
  const lists: [InputTable, string][] = [
    [OPENING_RESTORATION_TABLE, 'openingRestoration'],
    [AGE_GROUPS_TABLE, 'ageGroups'],
    [POPULATION_TABLE, 'population'],
  ];
  for (const [spec, key] of lists) {
    const rows = readList(table(spec), [key], locations);
    if (rows) input[key] = rows;
  }
  const uncertainty = table(UNCERTAINTY_TABLE);
  if (uncertainty) locations.set(['uncertainty'], tableLocation(uncertainty.data));
  const uncertain = readList(uncertainty, ['uncertainty', 'inputs'], locations);
  if (uncertain) input.uncertainty = { inputs: uncertain };
  const investments = readItemsWithList(table(INVESTMENTS_TABLE), table(INVESTMENT_SPEND_TABLE), 'investments', 'spend', 'investment', locations, cells);
  if (investments) input.investments = investments;
  const projects = readItemsWithList(table(PROJECTS_TABLE), table(PROJECT_EFFECTS_TABLE), 'projects', 'effects', 'project', locations, cells);
  if (projects) input.projects = projects;
  attachWeights(table(DEMOGRAPHY_WEIGHTS_TABLE), input.committees as Record<string, unknown>[] | undefined, locations, cells);

  const scenarios = found.get(SCENARIOS_TABLE.name);
  if (scenarios) {
    const read = readScenarios(
      scenarios,
      found.get(SCENARIO_YEARS_TABLE.name),
      found.get(SCENARIO_COMMITTEE_YEARS_TABLE.name),
      locations,
      cells,
    );
    attachScenarioItems(table(SCENARIO_INVESTMENTS_TABLE), table(SCENARIO_INVESTMENT_SPEND_TABLE), 'investments', 'spend', 'investment', read, locations, cells);
    attachScenarioItems(table(SCENARIO_PROJECTS_TABLE), table(SCENARIO_PROJECT_EFFECTS_TABLE), 'projects', 'effects', 'project', read, locations, cells);
    input.scenarios = read;
  }

  const parsed = parseModel(input, { locate: locations.locate });
  const values = parsed.ok ? [] : parsed.problems.filter((p) => !isConsequence(p, unreadable));
  const problems = [...structural, ...cells, ...values];
  if (parsed.ok && problems.length === 0) return { ok: true, model: parsed.model };
  return { ok: false, problems };
}
