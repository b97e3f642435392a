/** Where each column of a table goes inside its row's object in the model file. */
import { InputColumn, SETTINGS } from '../input-tables';
import { Segment } from './locations';

/** A column's path inside the row's object; undefined = the column is not part of the object. */
export type Placement = (key: string, column?: InputColumn) => Segment[] | undefined;

const CARRY_OVER_KEYS = new Set(SETTINGS.filter((s) => s.carryOver).map((s) => s.key));

export const flat: Placement = (key, column) => column?.path ?? [key];

/** A committee's carry-over columns hold the keys of its own carry-over rule. */
export const committeePlacement: Placement = (key) => (CARRY_OVER_KEYS.has(key) ? ['carryOver', key] : [key]);

/** A scenario row: its name, and everything else as overrides. */
export const scenarioPlacement: Placement = (key, column) =>
  key === 'name'
    ? ['name']
    : CARRY_OVER_KEYS.has(key)
      ? ['overrides', 'carryOver', key]
      : ['overrides', ...(column?.path ?? [key])];

/** A scenario's year or committee-year row: the scenario column only says where the row belongs. */
export const scenarioRowPlacement: Placement = (key) => (key === 'scenario' ? undefined : [key]);

/** A row of a list that belongs to a parent row (a spend of an investment): the parent's columns only say where it belongs. */
export function childPlacement(...parentKeys: string[]): Placement {
  return (key) => (parentKeys.includes(key) || key === 'removed' ? undefined : [key]);
}
