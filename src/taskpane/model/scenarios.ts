/** Adding, duplicating, renaming and deleting scenarios, and which names a new scenario may have. */
import { BASE_SCENARIO_NAME, Model, Scenario } from '../../engine/types';
import { scenarioAt } from './levers';

export type NameProblem = 'empty' | 'taken' | 'reserved' | 'tooLong';

/** Scenario names become sheet names; Excel allows 31 characters. */
export const MAX_SCENARIO_NAME = 31;

const key = (name: string) => name.trim().toLocaleLowerCase('sv');

/**
 * Why `name` cannot be used, or null. `reservedNames` are the base's names as the user sees them
 * ("Bas", "Base"); `except` is the index of the scenario being renamed.
 */
export function nameProblem(model: Model, name: string, reservedNames: string[], except?: number): NameProblem | null {
  const k = key(name);
  if (k === '') return 'empty';
  if (name.trim().length > MAX_SCENARIO_NAME) return 'tooLong';
  if ([BASE_SCENARIO_NAME, ...reservedNames].some((r) => key(r) === k)) return 'reserved';
  if (model.scenarios.some((s, i) => i + 1 !== except && key(s.name) === k)) return 'taken';
  return null;
}

/** "Scenario 2", or "<stem> (2)"... : the first of its kind that is free. */
export function freeName(model: Model, stem: string, reservedNames: string[]): string {
  const clipped = stem.trim().slice(0, MAX_SCENARIO_NAME);
  if (nameProblem(model, clipped, reservedNames) === null) return clipped;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clipped.slice(0, MAX_SCENARIO_NAME - suffix.length) + suffix;
    if (nameProblem(model, candidate, reservedNames) === null) return candidate;
  }
}

function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A new scenario equal to the base, last in the list; its index is scenarios.length afterwards. */
export function addScenario(model: Model, name: string): Model {
  return { ...model, scenarios: [...model.scenarios, { name: name.trim(), overrides: {} }] };
}

/** A copy of scenario `index` (the base copies as a scenario without overrides), placed right after it. */
export function duplicateScenario(model: Model, index: number, name: string): Model {
  const copy: Scenario = { name: name.trim(), overrides: deepCopy(scenarioAt(model, index).overrides) };
  const scenarios = [...model.scenarios];
  scenarios.splice(index, 0, copy);
  return { ...model, scenarios };
}

export function renameScenario(model: Model, index: number, name: string): Model {
  if (index === 0) throw new RangeError('the base scenario keeps its name');
  return { ...model, scenarios: model.scenarios.map((s, i) => (i === index - 1 ? { ...s, name: name.trim() } : s)) };
}

export function deleteScenario(model: Model, index: number): Model {
  if (index === 0) throw new RangeError('the base scenario cannot be deleted');
  return { ...model, scenarios: model.scenarios.filter((_, i) => i !== index - 1) };
}
