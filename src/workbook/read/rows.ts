/** Reading a table's body rows into model-file objects, recording where every value came from. */
import { cellValue, isBlank } from './cells';
import { FoundTable } from './columns';
import { cellLocation, Locations, rowLocation, Segment } from './locations';
import { flat, Placement } from './placements';

/** The 0-based indices of the rows with something in a known column; blank rows are skipped. */
export function filledRows(t: FoundTable): number[] {
  const known = [...t.columns.values()];
  const out: number[] = [];
  t.data.rows.forEach((row, i) => {
    if (known.some((c) => !isBlank(row[c]))) out.push(i);
  });
  return out;
}

function put(into: Record<string, unknown>, path: Segment[], value: unknown): void {
  let node = into;
  for (const segment of path.slice(0, -1)) {
    const key = String(segment);
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[String(path[path.length - 1])] = value;
}

/**
 * The object for body row `index` (0-based), with the values of its non-blank cells in the schema's
 * column order. `at` is the object's JSON path: the row and each of its cells, blank or not, are
 * recorded there, so a missing required value names its cell.
 */
export function rowObject(
  t: FoundTable,
  index: number,
  at: Segment[],
  locations: Locations,
  placement: Placement = flat,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  locations.set(at, rowLocation(t.data, index));
  for (const column of t.spec.columns) {
    const c = t.columns.get(column.key);
    const path = placement(column.key, column);
    if (c === undefined || path === undefined) continue;
    locations.set([...at, ...path], cellLocation(t.data, index, c));
    const value = cellValue(t.data.rows[index][c], column.kind, column.key, column.values);
    if (value !== undefined) put(out, path, value);
  }
  return out;
}
