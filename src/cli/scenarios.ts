import { allScenarios, BASE_SCENARIO_NAME, Language, Model, Scenario } from '../engine';
import { UsageError } from './errors';
import { labels } from './labels';

function findScenario(all: Scenario[], name: string): Scenario | undefined {
  const exact = all.find((s) => s.name === name);
  if (exact) return exact;
  const folded = all.filter((s) => s.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'));
  if (folded.length === 1) return folded[0];
  // The base is shown as "Bas" in Swedish reports; accept that name for it too.
  if (name.toLocaleLowerCase('sv') === labels('sv').baseScenario.toLocaleLowerCase('sv')) {
    return all.find((s) => s.name === BASE_SCENARIO_NAME);
  }
  return undefined;
}

/**
 * The scenarios the --scenario options name, in the model's order (the base first), or all of
 * them when none is named. An unknown name is a usage error that lists the known ones.
 */
export function selectScenarios(model: Model, names: string[] | undefined, command: string, lang: Language): Scenario[] {
  const all = allScenarios(model);
  if (!names || names.length === 0) return all;
  const chosen = new Set<Scenario>();
  for (const name of names) {
    const s = findScenario(all, name);
    if (!s) {
      const known = all.map((x) => (x.name === BASE_SCENARIO_NAME ? `"${x.name}" (${labels(lang).baseScenario})` : `"${x.name}"`));
      throw new UsageError(`unknown scenario "${name}"; the model has: ${known.join(', ')}`, command);
    }
    chosen.add(s);
  }
  return all.filter((s) => chosen.has(s));
}
