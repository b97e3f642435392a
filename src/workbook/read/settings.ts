/** The key/value settings table: one row per top-level value and carry-over default. */
import { Language } from '../../engine/types';
import { CellLocation, formatPath, namedLanguage, Problem } from '../../model-file';
import { suggestKey } from '../../model-file/objects';
import { columnForHeader, SETTINGS, SETTINGS_TABLE, settingPath as modelPath, SettingRow } from '../input-tables';
import { cellText, cellValue, isBlank } from './cells';
import { findTable, FoundTable } from './columns';
import { cellLocation, Locations, Segment, tableLocation } from './locations';
import { filledRows } from './rows';
import { TableSet } from './table-data';

const settingPath = (s: SettingRow): Segment[] => modelPath(s);

function unknownSetting(path: string, key: string, location: CellLocation): Problem {
  const known = SETTINGS.map((s) => s.key);
  const guess = suggestKey(key, known);
  const [message, sv] = guess
    ? [
        `unknown setting ${JSON.stringify(key)}; did you mean ${JSON.stringify(guess)}?`,
        `okänd inställning ${JSON.stringify(key)}; menade du ${JSON.stringify(guess)}?`,
      ]
    : [
        `unknown setting ${JSON.stringify(key)}; the settings are ${known.join(', ')}`,
        `okänd inställning ${JSON.stringify(key)}; inställningarna är ${known.join(', ')}`,
      ];
  return { path, code: 'unknown-key', message, messages: { sv }, location };
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
  locations.set(['reserve'], tableLocation(t.data));
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
        messages: { sv: 'raden har ett värde men ingen nyckel, så det går inte att veta vilken inställning den gäller' },
        location: cellLocation(t.data, i, keyColumn),
      });
      continue;
    }
    const setting = SETTINGS.find((s) => s.key === key);
    if (!setting) {
      problems.push(unknownSetting(formatPath([key]), key, cellLocation(t.data, i, keyColumn)));
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        path: formatPath(settingPath(setting)),
        code: 'duplicate',
        message: `setting ${JSON.stringify(key)} appears more than once (first in row ${first + 1})`,
        messages: { sv: `inställningen ${JSON.stringify(key)} förekommer mer än en gång (första gången på rad ${first + 1})` },
        location: cellLocation(t.data, i, keyColumn),
      });
      continue;
    }
    seen.set(key, i);
    locations.set(settingPath(setting), cellLocation(t.data, i, valueColumn));
    const value = cellValue(row[valueColumn], setting.kind, setting.key, setting.values);
    if (value === undefined) continue;
    const path = modelPath(setting);
    let node = out;
    for (const segment of path.slice(0, -1)) node = (node[segment] ?? (node[segment] = {})) as Record<string, unknown>;
    node[path[path.length - 1]] = value;
  }
  return out;
}

/**
 * The language the settings table names ("sv" or "en" in the language row), read from the cells
 * themselves, so that it is known when the model is refused too; undefined when it names neither.
 */
export function settingsLanguage(tables: TableSet): Language | undefined {
  const t = findTable(tables, SETTINGS_TABLE.name);
  if (!t) return undefined;
  const column = (key: string) => t.headers.findIndex((h) => columnForHeader(SETTINGS_TABLE, h)?.key === key);
  const keyColumn = column('key');
  const valueColumn = column('value');
  if (keyColumn < 0 || valueColumn < 0) return undefined;
  const row = t.rows.find((r) => cellText(r[keyColumn]) === 'language');
  return row ? namedLanguage({ language: cellValue(row[valueColumn], 'enum') }) : undefined;
}
