/**
 * Which scenarios differ from what the workbook holds: the base when any of the model's own values
 * changed, a scenario when its overrides changed or it is new. Compared by value, not identity.
 */
import { Model } from '../../engine/types';

function baseKey(m: Model): string {
  const { scenarios: _scenarios, ...rest } = m;
  return JSON.stringify(rest);
}

/** The scenario names (and "" for the base) changed since `saved` was written or read. */
export function changedScenarios(model: Model, saved: Model | null): Set<string> {
  const out = new Set<string>();
  if (!saved) {
    out.add('');
    for (const s of model.scenarios) out.add(s.name);
    return out;
  }
  if (baseKey(model) !== baseKey(saved)) out.add('');
  const before = new Map(saved.scenarios.map((s) => [s.name, JSON.stringify(s.overrides)]));
  for (const s of model.scenarios) if (before.get(s.name) !== JSON.stringify(s.overrides)) out.add(s.name);
  return out;
}

/** The scenarios in the workbook that are gone from the pane's model. */
export function removedScenarios(model: Model, saved: Model | null): string[] {
  if (!saved) return [];
  const now = new Set(model.scenarios.map((s) => s.name));
  return saved.scenarios.map((s) => s.name).filter((n) => !now.has(n));
}
