/** Which part of the model file each input table fills. */
import { formatPath } from '../../model-file';
import { SETTINGS } from '../input-tables';

/** The JSON path a table's rows go to (the settings table fills the top level). */
export const TABLE_PATH: Record<string, (string | number)[]> = {
  bsSettings: [],
  bsHistory: ['history'],
  bsYears: ['years'],
  bsCommittees: ['committees'],
  bsCommitteeYears: ['committeeYears'],
  bsScenarios: ['scenarios'],
  bsScenarioYears: ['scenarios'],
  bsScenarioCommitteeYears: ['scenarios'],
};

/** The JSON paths whose values come from a table, for telling its problems from others. */
export function ownedPaths(tableName: string): string[] {
  if (tableName === 'bsSettings') {
    return [...SETTINGS.filter((s) => !s.carryOver).map((s) => formatPath([s.key])), formatPath(['carryOver'])];
  }
  return [formatPath(TABLE_PATH[tableName] ?? [])];
}

export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '.') || path.startsWith(prefix + '[');
}
