/**
 * The version 2 lists: the opening restoration, investments with their spend, projects with their
 * effects, age groups, the population forecast, the committees' demography weights, and the
 * scenarios' investment and project rows. A list whose items own a list of their own (an investment's
 * spend) is two tables: the items, and the owned rows naming their item in the first column.
 */
import { formatPath, Problem } from '../../model-file';
import { scenarioKey } from '../../model-file/schema';
import { cellText, cellValue } from './cells';
import { FoundTable } from './columns';
import { cellLocation, Locations, Segment, tableLocation } from './locations';
import { childPlacement, flat } from './placements';
import { filledRows, rowObject } from './rows';

type Obj = Record<string, unknown>;

/** The rows of a flat list table, or undefined when it has none (the key stays absent). */
export function readList(t: FoundTable | undefined, at: Segment[], locations: Locations): Obj[] | undefined {
  if (!t) return undefined;
  locations.set(at, tableLocation(t.data));
  const rows = filledRows(t);
  if (rows.length === 0) return undefined;
  return rows.map((i, n) => rowObject(t, i, [...at, n], locations, flat));
}

function unknownParent(t: FoundTable, i: number, column: number, what: { en: string; sv: string }, name: string | undefined, path: Segment[]): Problem {
  return {
    path: formatPath(path),
    code: name === undefined ? 'required' : 'invalid',
    message:
      name === undefined
        ? `${what.en} is required: each row names the ${what.en} it belongs to`
        : `${what.en} ${JSON.stringify(name)} is not in its table`,
    messages: {
      sv: name === undefined ? `${what.sv} måste anges: varje rad namnger vad den hör till` : `${what.sv} ${JSON.stringify(name)} finns inte i sin tabell`,
    },
    location: cellLocation(t.data, i, column),
  };
}

/**
 * Appends each row of `child` to the list `listKey` of the parent whose id its `parentColumn` names.
 * `parents` are the parent objects with their JSON paths; rows naming no parent are refused.
 */
export function attachChildren(
  child: FoundTable | undefined,
  parentColumn: string,
  listKey: string,
  parents: { id: string; object: Obj; path: Segment[] }[],
  what: { en: string; sv: string },
  locations: Locations,
  problems: Problem[],
  rootPath: Segment[],
): void {
  if (!child) return;
  const column = child.columns.get(parentColumn)!;
  const byId = new Map(parents.map((p) => [p.id, p]));
  for (const i of filledRows(child)) {
    const id = cellText(child.data.rows[i][column]);
    const parent = id === undefined ? undefined : byId.get(id);
    if (!parent) {
      problems.push(unknownParent(child, i, column, what, id, rootPath));
      continue;
    }
    const list = (parent.object[listKey] ?? (parent.object[listKey] = [])) as unknown[];
    const at: Segment[] = [...parent.path, listKey, list.length];
    list.push(rowObject(child, i, at, locations, childPlacement(parentColumn)));
  }
}

/** Items with an owned list (investments and their spend, projects and their effects). */
export function readItemsWithList(
  items: FoundTable | undefined,
  rows: FoundTable | undefined,
  key: 'investments' | 'projects',
  listKey: 'spend' | 'effects',
  parentColumn: string,
  locations: Locations,
  problems: Problem[],
): Obj[] | undefined {
  if (!items) return undefined;
  locations.set([key], tableLocation(items.data));
  const objects = filledRows(items).map((i, n) => {
    const object = rowObject(items, i, [key, n], locations, flat);
    object[listKey] = [];
    locations.set([key, n, listKey], tableLocation(rows?.data ?? items.data));
    return object;
  });
  const parents = objects.map((object, n) => ({ id: String(object.id ?? ''), object, path: [key, n] as Segment[] }));
  const what = key === 'investments' ? { en: 'investment', sv: 'investeringen' } : { en: 'project', sv: 'projektet' };
  attachChildren(rows, parentColumn, listKey, parents, what, locations, problems, [key]);
  return objects.length > 0 || (rows && filledRows(rows).length > 0) ? objects : undefined;
}

/** The committees' demography weights, each committee's in table order. */
export function attachWeights(t: FoundTable | undefined, committees: Obj[] | undefined, locations: Locations, problems: Problem[]): void {
  if (!t || !committees) return;
  const parents = committees.map((object, n) => ({ id: String(object.id ?? ''), object, path: ['committees', n] as Segment[] }));
  attachChildren(t, 'committee', 'demographyWeights', parents, { en: 'committee', sv: 'nämnden' }, locations, problems, ['committees']);
}

interface ScenarioObj {
  name?: unknown;
  overrides: Obj;
}

/**
 * A scenario's investment or project rows: one row per overridden item (blank cells = as the base, "removed"
 * = the item is left out of the scenario), and the owned rows that replace the item's whole list.
 */
export function attachScenarioItems(
  items: FoundTable | undefined,
  rows: FoundTable | undefined,
  key: 'investments' | 'projects',
  listKey: 'spend' | 'effects',
  parentColumn: string,
  scenarios: ScenarioObj[],
  locations: Locations,
  problems: Problem[],
): void {
  const index = new Map<string, number>();
  scenarios.forEach((s, n) => {
    if (typeof s.name === 'string' && !index.has(scenarioKey(s.name))) index.set(scenarioKey(s.name), n);
  });
  const scenarioOf = (t: FoundTable, i: number): number | undefined => {
    const column = t.columns.get('scenario')!;
    const name = cellText(t.data.rows[i][column]);
    const s = name === undefined ? undefined : index.get(scenarioKey(name));
    if (s === undefined) problems.push(unknownParent(t, i, column, { en: 'scenario', sv: 'scenariot' }, name, ['scenarios']));
    return s;
  };
  const itemAt = new Map<string, { object: Obj; path: Segment[] }>();
  const place = (s: number, id: string): { object: Obj; path: Segment[] } => {
    const k = `${s}\u0000${id}`;
    const found = itemAt.get(k);
    if (found) return found;
    const list = (scenarios[s].overrides[key] ?? (scenarios[s].overrides[key] = [])) as Obj[];
    const entry = { object: { id } as Obj, path: ['scenarios', s, 'overrides', key, list.length] as Segment[] };
    list.push(entry.object);
    itemAt.set(k, entry);
    return entry;
  };
  if (items) {
    scenarios.forEach((_, s) => locations.set(['scenarios', s, 'overrides', key], tableLocation(items.data)));
    const idColumn = items.columns.get('id')!;
    const removedColumn = items.columns.get('removed');
    for (const i of filledRows(items)) {
      const s = scenarioOf(items, i);
      if (s === undefined) continue;
      const list = (scenarios[s].overrides[key] ?? (scenarios[s].overrides[key] = [])) as Obj[];
      const path: Segment[] = ['scenarios', s, 'overrides', key, list.length];
      const object = rowObject(items, i, path, locations, childPlacement('scenario'));
      list.push(object);
      const id = cellText(items.data.rows[i][idColumn]);
      if (id !== undefined) itemAt.set(`${s}\u0000${id}`, { object, path });
      if (removedColumn !== undefined && cellValue(items.data.rows[i][removedColumn], 'yesNo') === true) object[listKey] = [];
    }
  }
  if (rows) {
    const column = rows.columns.get(parentColumn)!;
    for (const i of filledRows(rows)) {
      const s = scenarioOf(rows, i);
      if (s === undefined) continue;
      const id = cellText(rows.data.rows[i][column]);
      if (id === undefined) {
        problems.push(unknownParent(rows, i, column, { en: key === 'investments' ? 'investment' : 'project', sv: key === 'investments' ? 'investeringen' : 'projektet' }, id, ['scenarios', s, 'overrides', key]));
        continue;
      }
      const parent = place(s, id);
      const list = (parent.object[listKey] ?? (parent.object[listKey] = [])) as unknown[];
      const at: Segment[] = [...parent.path, listKey, list.length];
      list.push(rowObject(rows, i, at, locations, childPlacement('scenario', parentColumn)));
    }
  }
}
