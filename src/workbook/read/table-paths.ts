/** Which part of the model file each input table fills. */
import { formatPath, Problem, ProblemCode } from '../../model-file';
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
  bsOpeningRestoration: ['openingRestoration'],
  bsUncertainty: ['uncertainty'],
  bsInvestments: ['investments'],
  bsInvestmentSpend: ['investments'],
  bsProjects: ['projects'],
  bsProjectEffects: ['projects'],
  bsAgeGroups: ['ageGroups'],
  bsPopulation: ['population'],
  bsDemographyWeights: ['committees'],
  bsScenarioInvestments: ['scenarios'],
  bsScenarioInvestmentSpend: ['scenarios'],
  bsScenarioProjects: ['scenarios'],
  bsScenarioProjectEffects: ['scenarios'],
};

/** The JSON paths whose values come from a table, for telling its problems from others. */
function ownedPaths(tableName: string): string[] {
  if (tableName === 'bsSettings') {
    return [...SETTINGS.filter((s) => !s.carryOver && !s.path).map((s) => formatPath([s.key])), formatPath(['carryOver']), formatPath(['reserve'])];
  }
  return [formatPath(TABLE_PATH[tableName] ?? [])];
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '.') || path.startsWith(prefix + '[');
}

/** Problems that only follow from a table that could not be read, and so say nothing new. */
const CONSEQUENCES: Record<string, ProblemCode[]> = {
  bsSettings: ['year-outside-plan', 'year-missing', 'history-after-base'],
  bsCommittees: ['unknown-committee'],
};

/** Whether `p` is about a value of an unreadable table, or follows only from that table's absence. */
export function isConsequence(p: Problem, unreadable: readonly string[]): boolean {
  return unreadable.some(
    (name) => ownedPaths(name).some((prefix) => isUnder(p.path, prefix)) || (CONSEQUENCES[name] ?? []).includes(p.code),
  );
}
