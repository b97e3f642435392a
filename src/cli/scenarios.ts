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

/** The model's scenario names as the usage error lists them: the base with its Swedish or English name beside. */
function knownNames(all: Scenario[], lang: Language): string {
  return all.map((x) => (x.name === BASE_SCENARIO_NAME ? `"${x.name}" (${labels(lang).baseScenario})` : `"${x.name}"`)).join(', ');
}

/**
 * The scenarios the --scenario options name, in the model's order (the base first), or all of them
 * when none is named; and a message for each name the model does not have, listing the known ones.
 */
export function findScenarios(
  model: Model,
  names: string[] | undefined,
  lang: Language,
): { scenarios: Scenario[]; problems: string[] } {
  const all = allScenarios(model);
  if (!names || names.length === 0) return { scenarios: all, problems: [] };
  const chosen = new Set<Scenario>();
  const problems: string[] = [];
  for (const name of names) {
    const s = findScenario(all, name);
    if (s) chosen.add(s);
    else problems.push(`unknown scenario "${name}"; the model has: ${knownNames(all, lang)}`);
  }
  return { scenarios: all.filter((s) => chosen.has(s)), problems };
}

/**
 * The scenarios the --scenario options name, in the model's order (the base first), or all of
 * them when none is named. An unknown name is a usage error that lists the known ones.
 */
export function selectScenarios(model: Model, names: string[] | undefined, command: string, lang: Language): Scenario[] {
  const { scenarios, problems } = findScenarios(model, names, lang);
  if (problems.length) throw new UsageError(problems, command);
  return scenarios;
}
