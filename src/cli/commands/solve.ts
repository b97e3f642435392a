import {
  BASE_SCENARIO_NAME,
  Language,
  Model,
  Scenario,
  solveEfficiency,
  SolveResult,
  SOLVER_LOWER,
  SOLVER_UPPER,
} from '../../engine';
import { EXIT_OK } from '../errors';
import { CliIo } from '../io';
import { labels } from '../labels';
import { loadModel } from '../load';
import { wrap } from '../format-table';
import { formatPercent } from '../numbers';
import { renderHeader, renderScenario, scenarioTitle } from '../report';
import { selectScenarios } from '../scenarios';
import { Command } from './command';
import { checkPositionals, HELP_OPTION, JSON_OPTION, LANG_OPTION, langOption, reportLanguage } from './shared';

/** The solver's answer in words, and the scenario it produces. */
export function renderSolve(model: Model, scenario: Scenario, solved: SolveResult, lang: Language): string[] {
  const L = labels(lang);
  const lines = [...renderHeader(model, lang), ''];
  const e = solved.efficiency;
  if (e === null) {
    lines.push(L.unsolved(formatPercent(SOLVER_LOWER, lang, 0), formatPercent(SOLVER_UPPER, lang, 0)));
    return lines;
  }
  const shown = formatPercent(e, lang, 2);
  lines.push(L.solved(shown));
  if (e < 0) lines.push(...wrap(L.solvedNegative));
  const title = scenarioTitle(scenario, lang);
  lines.push(...wrap(L.solvedHow(title)), '');
  const solvedScenario: Scenario = {
    name: scenario.name,
    overrides: { ...scenario.overrides, frameMode: 'uplift', efficiency: e },
  };
  lines.push(
    ...renderScenario(model, { scenario: solvedScenario, result: solved.scenario, title: L.solvedScenarioTitle(title, shown) }, lang),
  );
  return lines;
}

export function printSolve(io: CliIo, model: Model, scenario: Scenario, json: boolean, lang: Language): SolveResult {
  const solved = solveEfficiency(model, scenario);
  if (json) io.out(JSON.stringify({ efficiency: solved.efficiency }) + '\n');
  else io.out(renderSolve(model, scenario, solved, lang).join('\n') + '\n');
  return solved;
}

export const solveCommand: Command = {
  name: 'solve',
  summary: 'find the uniform efficiency requirement that meets the surplus target',
  usage: 'budgetsim solve MODEL [--json] [--scenario NAME] [--lang sv|en]',
  description: [
    'Finds the smallest efficiency requirement which, applied to every committee and plan year with frames by uplift, meets the rolling surplus target in every plan year whose window is complete, and shows the scenario it gives. The other assumptions are the base\'s, or those of the scenario named with --scenario.',
    'With --json it prints {"efficiency": e}, a fraction (0.0084 = 0.84 % per year), or {"efficiency": null} when no requirement between -50 % and 50 % meets the target. Both outcomes exit 0.',
  ],
  options: {
    json: JSON_OPTION,
    scenario: { type: 'string', value: 'NAME', description: 'solve for this scenario instead of the base' },
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  positionals: ['MODEL'],
  async execute({ values, positionals }, io) {
    checkPositionals('solve', ['MODEL'], positionals);
    const flagLang = langOption(values.lang, 'solve');
    const { model } = await loadModel(positionals[0], io.cwd, flagLang);
    const lang = reportLanguage(flagLang, model);
    const name = (values.scenario as string | undefined) ?? BASE_SCENARIO_NAME;
    const [scenario] = selectScenarios(model, [name], 'solve', lang);
    printSolve(io, model, scenario, values.json === true, lang);
    return EXIT_OK;
  },
};
