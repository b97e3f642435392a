import {
  BASE_SCENARIO_NAME,
  Language,
  LEVER_RANGE,
  Model,
  Scenario,
  solve,
  SolveAnswer,
  SOLVER_GOALS,
  SOLVER_LEVERS,
  SolverGoal,
  SolverLever,
} from '../../engine';
import { EXIT_OK, UsageError } from '../errors';
import { CliIo } from '../io';
import { labels } from '../labels';
import { loadModel } from '../load';
import { wrap } from '../format-table';
import { formatNumber, formatPercent, formatPercentCompact } from '../numbers';
import { renderHeader, renderScenario, scenarioTitle } from '../report';
import { selectScenarios } from '../scenarios';
import { Command } from './command';
import { checkPositionals, HELP_OPTION, JSON_OPTION, LANG_OPTION, langOption, reportLanguage } from './shared';

/** The --lever or --goal value, checked against the solver's own list. */
function choice<T extends string>(value: unknown, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be ${allowed.join(' or ').replace(/ or (?=.* or )/g, ', ')}, not "${String(value)}"`, 'solve');
}

export function leverOption(value: unknown): SolverLever {
  return choice(value, SOLVER_LEVERS, 'lever', 'efficiency');
}

export function goalOption(value: unknown): SolverGoal {
  return choice(value, SOLVER_GOALS, 'goal', 'target');
}

/**
 * The answer as the sentence shows it, rounded up to the shown precision (hundredths of a krona, hundredths
 * of a percent) so that the figure a council adopts is enough: meeting the goal is monotone in the lever.
 * Only floating-point noise below a millionth of the last shown digit is ignored (0.05 * 10000 is
 * 500.00000000000006), so a value exactly on a hundredth is shown as it is.
 */
export function shownValue(lever: SolverLever, value: number): number {
  const scale = lever === 'taxRate' ? 100 : 10000;
  return Math.ceil(Math.round(value * scale * 1e6) / 1e6) / scale;
}

/** "0,23 kr" for the tax rate (kr per 100 kr), "0,84 %" for the requirement. */
export function formatLever(lever: SolverLever, value: number, lang: Language): string {
  if (lever === 'taxRate') return `${formatNumber(value, 2, lang)} kr`;
  return formatPercentCompact(value, lang);
}

/** The solver's answer in words, and the scenario it produces. */
export function renderSolve(model: Model, scenario: Scenario, solved: SolveAnswer, lang: Language): string[] {
  const L = labels(lang);
  const { lever, goal, value } = solved;
  const lines = [...renderHeader(model, lang), ''];
  if (value === null) {
    const [lo, hi] = LEVER_RANGE[lever];
    const bound = (v: number) => (lever === 'taxRate' ? formatLever(lever, v, lang) : formatPercent(v, lang, 0));
    lines.push(...wrap(L.unsolvedLever(lever, goal, bound(lo), bound(hi))));
    return lines;
  }
  const shown = formatLever(lever, shownValue(lever, value), lang);
  lines.push(...wrap(L.solvedLever(lever, goal, shown)));
  if (value < 0) lines.push(...wrap(L.solvedLeverNegative(lever, goal, formatLever(lever, -shownValue(lever, value), lang))));
  const title = scenarioTitle(scenario, lang);
  lines.push(...wrap(L.solvedLeverHow(lever, title)), ...wrap(L.solvedRounding), '');
  const solvedScenario: Scenario =
    lever === 'efficiency'
      ? { name: scenario.name, overrides: { ...scenario.overrides, frameMode: 'uplift', efficiency: value } }
      : scenario;
  // The tax change in the title carries its sign: "+0,23 kr", "-0,15 kr".
  const titled = lever === 'taxRate' && shownValue(lever, value) > 0 ? `+${shown}` : shown;
  lines.push(
    ...renderScenario(model, { scenario: solvedScenario, result: solved.scenario, title: L.solvedLeverTitle(lever, title, titled) }, lang),
  );
  return lines;
}

/** {"lever", "goal", "value"}, plus version 1's "efficiency" key when the lever is the efficiency requirement. */
export function solveJson(solved: SolveAnswer): Record<string, unknown> {
  const out: Record<string, unknown> = { lever: solved.lever, goal: solved.goal, value: solved.value };
  if (solved.lever === 'efficiency') out.efficiency = solved.value;
  return out;
}

export function printSolve(
  io: CliIo,
  model: Model,
  scenario: Scenario,
  json: boolean,
  lang: Language,
  lever: SolverLever = 'efficiency',
  goal: SolverGoal = 'target',
): SolveAnswer {
  const solved = solve(model, scenario, { lever, goal });
  if (json) io.out(JSON.stringify(solveJson(solved)) + '\n');
  else io.out(renderSolve(model, scenario, solved, lang).join('\n') + '\n');
  return solved;
}

export const solveCommand: Command = {
  name: 'solve',
  summary: 'find the efficiency requirement or tax rate that meets the surplus target or the balance requirement',
  usage: 'budgetsim solve MODEL [--lever efficiency|taxRate] [--goal target|balance|both] [--json] [--scenario NAME] [--lang sv|en]',
  description: [
    'Finds the smallest value of a lever that meets a goal and shows the scenario it gives. The other assumptions are the base\'s, or those of the scenario named with --scenario.',
    'Levers: efficiency (default): one efficiency requirement for every committee and plan year, with frames by uplift, searched in -50 % .. 50 % per year; taxRate: one change of the tax rate (kr per 100 kr) added to every plan year\'s rate, searched in -5 .. 5 kr, the scenario\'s frames kept as they are.',
    'Goals: target (default): the rolling surplus target in every plan year whose window is complete (every plan year when none is); balance: the balance requirement (balanskravet) in every plan year; both: both.',
    'The answer is found to within 1e-6; the sentence rounds it up to what is shown (0,01 kr; 0,01 %) so that the figure is enough.',
    'With --json it prints {"lever", "goal", "value"}, plus "efficiency" (the same value, version 1\'s key) when the lever is efficiency. The value is a fraction for the requirement (0.0084 = 0.84 % per year) and kr per 100 kr for the tax rate; null when nothing in the range meets the goal. Both outcomes exit 0.',
  ],
  options: {
    lever: { type: 'string', value: 'efficiency|taxRate', description: 'what the solver may change; default efficiency' },
    goal: { type: 'string', value: 'target|balance|both', description: 'what must hold; default target' },
    json: JSON_OPTION,
    scenario: { type: 'string', value: 'NAME', description: 'solve for this scenario instead of the base' },
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  positionals: ['MODEL'],
  async execute({ values, positionals }, io) {
    checkPositionals('solve', ['MODEL'], positionals);
    const lever = leverOption(values.lever);
    const goal = goalOption(values.goal);
    const flagLang = langOption(values.lang, 'solve');
    const { model } = await loadModel(positionals[0], io.cwd, flagLang);
    const lang = reportLanguage(flagLang, model);
    const name = (values.scenario as string | undefined) ?? BASE_SCENARIO_NAME;
    const [scenario] = selectScenarios(model, [name], 'solve', lang);
    printSolve(io, model, scenario, values.json === true, lang, lever, goal);
    return EXIT_OK;
  },
};
