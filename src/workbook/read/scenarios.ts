/**
 * Scenarios: one row each in the scenario table (name, scalar overrides, carry-over overrides), and
 * their year and committee-year rows in two more tables, grouped by scenario name.
 */
import { formatPath, Problem } from '../../model-file';
import { scenarioKey } from '../../model-file/schema';
import { cellText } from './cells';
import { FoundTable } from './columns';
import { cellLocation, Locations, Segment, tableLocation } from './locations';
import { scenarioPlacement, scenarioRowPlacement } from './placements';
import { filledRows, rowObject } from './rows';

interface Scenario {
  name?: unknown;
  overrides: Record<string, unknown>;
}

/** The rows of `t` appended to their scenario's `overrides[listKey]`; rows naming no known scenario are refused. */
function attachRows(
  t: FoundTable,
  listKey: 'years' | 'committeeYears',
  scenarios: Scenario[],
  index: Map<string, number>,
  locations: Locations,
  problems: Problem[],
): void {
  scenarios.forEach((_, s) => locations.set(['scenarios', s, 'overrides', listKey], tableLocation(t.data)));
  const scenarioColumn = t.columns.get('scenario')!;
  for (const i of filledRows(t)) {
    const name = cellText(t.data.rows[i][scenarioColumn]);
    const s = name === undefined ? undefined : index.get(scenarioKey(name));
    if (s === undefined) {
      problems.push({
        path: formatPath(['scenarios']),
        code: name === undefined ? 'required' : 'invalid',
        message:
          name === undefined
            ? 'scenario is required: each row names the scenario it belongs to'
            : `scenario ${JSON.stringify(name)} is not in the scenario table (bsScenarios)`,
        messages: {
          sv:
            name === undefined
              ? 'scenariot måste anges: varje rad namnger det scenario den hör till'
              : `scenariot ${JSON.stringify(name)} finns inte i scenariotabellen (bsScenarios)`,
        },
        location: cellLocation(t.data, i, scenarioColumn),
      });
      continue;
    }
    const list = (scenarios[s].overrides[listKey] ?? (scenarios[s].overrides[listKey] = [])) as unknown[];
    const at: Segment[] = ['scenarios', s, 'overrides', listKey, list.length];
    list.push(rowObject(t, i, at, locations, scenarioRowPlacement));
  }
}

/**
 * The model file's scenarios. The year tables are optional here: when one could not be read, the
 * scenarios are built without its rows.
 */
export function readScenarios(
  scenarioTable: FoundTable,
  yearTable: FoundTable | undefined,
  committeeYearTable: FoundTable | undefined,
  locations: Locations,
  problems: Problem[],
): Scenario[] {
  locations.set(['scenarios'], tableLocation(scenarioTable.data));
  const index = new Map<string, number>();
  const scenarios = filledRows(scenarioTable).map((i, s): Scenario => {
    const row = rowObject(scenarioTable, i, ['scenarios', s], locations, scenarioPlacement);
    if (typeof row.name === 'string' && !index.has(scenarioKey(row.name))) index.set(scenarioKey(row.name), s);
    return { ...row, overrides: (row.overrides as Record<string, unknown> | undefined) ?? {} };
  });
  if (yearTable) attachRows(yearTable, 'years', scenarios, index, locations, problems);
  if (committeeYearTable) attachRows(committeeYearTable, 'committeeYears', scenarios, index, locations, problems);
  return scenarios;
}
