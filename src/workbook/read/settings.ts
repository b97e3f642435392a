/** The key/value settings table: one row per top-level value and carry-over default. */
import { formatPath, Problem } from '../../model-file';
import { suggestKey } from '../../model-file/objects';
import { SETTINGS, SettingRow } from '../input-tables';
import { cellText, cellValue, isBlank } from './cells';
import { FoundTable } from './columns';
import { cellLocation, Locations, Segment, tableLocation } from './locations';
import { filledRows } from './rows';

const settingPath = (s: SettingRow): Segment[] => (s.carryOver ? ['carryOver', s.key] : [s.key]);

function unknownMessage(key: string): string {
  const known = SETTINGS.map((s) => s.key);
  const guess = suggestKey(key, known);
  return guess
    ? `unknown setting ${JSON.stringify(key)}; did you mean ${JSON.stringify(guess)}?`
    : `unknown setting ${JSON.stringify(key)}; the settings are ${known.join(', ')}`;
}

/**
 * The model file's top-level values from the settings table, with `carryOver` holding the carry-over
 * defaults that are filled in. A setting without a row is absent, located at the table.
 */
export function readSettings(t: FoundTable, locations: Locations, problems: Problem[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keyColumn = t.columns.get('key')!;
  const valueColumn = t.columns.get('value')!;
  for (const s of SETTINGS) locations.set(settingPath(s), tableLocation(t.data));
  locations.set(['carryOver'], tableLocation(t.data));
  const seen = new Map<string, number>();

  for (const i of filledRows(t)) {
    const row = t.data.rows[i];
    const key = cellText(row[keyColumn]);
    if (key === undefined) {
      if (isBlank(row[valueColumn])) continue;
      problems.push({
        path: formatPath([]),
        code: 'required',
        message: 'this row has a value but no setting key, so it is not known which setting it is',
        location: cellLocation(t.data, i, keyColumn),
      });
      continue;
    }
    const setting = SETTINGS.find((s) => s.key === key);
    if (!setting) {
      problems.push({ path: formatPath([key]), code: 'unknown-key', message: unknownMessage(key), location: cellLocation(t.data, i, keyColumn) });
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        path: formatPath(settingPath(setting)),
        code: 'duplicate',
        message: `setting ${JSON.stringify(key)} appears more than once (first in row ${first + 1})`,
        location: cellLocation(t.data, i, keyColumn),
      });
      continue;
    }
    seen.set(key, i);
    locations.set(settingPath(setting), cellLocation(t.data, i, valueColumn));
    const value = cellValue(row[valueColumn], setting.kind);
    if (value === undefined) continue;
    if (setting.carryOver) {
      const rule = (out.carryOver ?? (out.carryOver = {})) as Record<string, unknown>;
      rule[setting.key] = value;
    } else {
      out[setting.key] = value;
    }
  }
  return out;
}
