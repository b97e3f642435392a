import { Language, Model, runModel, runScenario, RunResult, Scenario } from '../../engine';
import { EXIT_OK } from '../errors';
import { CliIo } from '../io';
import { loadModel } from '../load';
import { renderReport, ReportedScenario, ReportOptions } from '../report';
import { selectScenarios } from '../scenarios';
import { Command } from './command';
import { checkForce, checkPositionals, FORCE_OPTION, HELP_OPTION, JSON_OPTION, LANG_OPTION, langOption, OUT_OPTION, reportLanguage } from './shared';
import { writeWorkbookFile } from '../workbook';
import { FTE_DETAIL_LIMIT } from '../report/fte';

/**
 * The base and the listed scenarios, or only those chosen, in the model's order; taken from `all`
 * (the whole model already run) when given.
 */
export function runSelected(model: Model, scenarios: Scenario[], all?: RunResult): RunResult {
  if (all) {
    const byName = new Map(all.scenarios.map((r) => [r.name, r]));
    return { unit: all.unit, scenarios: scenarios.map((s) => byName.get(s.name) ?? runScenario(model, s)) };
  }
  if (scenarios.length === model.scenarios.length + 1) return runModel(model);
  return { unit: model.unit, scenarios: scenarios.map((s) => runScenario(model, s)) };
}

/** Prints either the JSON contract or the terminal report for the chosen scenarios. */
export function printRun(
  io: CliIo,
  model: Model,
  scenarios: Scenario[],
  json: boolean,
  lang: Language,
  options: ReportOptions = {},
  all?: RunResult,
): RunResult {
  const run = runSelected(model, scenarios, all);
  if (json) {
    io.out(JSON.stringify({ unit: run.unit, scenarios: run.scenarios }) + '\n');
  } else {
    const reported: ReportedScenario[] = scenarios.map((scenario, i) => ({ scenario, result: run.scenarios[i] }));
    io.out(renderReport(model, reported, lang, options).join('\n') + '\n');
  }
  return run;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'simulate the base and every scenario of a model file, side by side',
  usage: 'budgetsim run MODEL [--json] [--scenario NAME]... [--detail] [--lang sv|en] [--out FILE.xlsx [--force]]',
  description: [
    'Simulates the plan years of MODEL (a JSON model file, or an .xlsx workbook Budgetsim wrote, read from its input tables) for the base and each scenario and prints, per scenario, revenue, net cost, result, result %, rolling result %, whether the target is met, room and efficiency demand, then the scenarios compared.',
    'Under each scenario it also prints, when the model has them: the financing (investment, new depreciation, interest, result, self-financing ratio, net debt, and per inhabitant where there is a population forecast); the projects with their effect per year and payback year; the efficiency requirement in FTEs per committee with a cost per FTE; and the balance requirement (balanskravsutredning) per year. A table with nothing to show is left out: a version 1 model shows only the balance requirement, and only when a balance result is negative. The comparison adds whether the balance requirement is met in every year and, with investments, the net debt at the end of the plan and the plan\'s self-financing ratio.',
    `The FTE table shows one line per committee for up to ${FTE_DETAIL_LIMIT} committees, else only the total; --detail shows every committee.`,
    'With --json it prints one object, {"unit", "scenarios": [...]}, the base first (named "Base"): the engine\'s result with every key, as the model definition describes; null stands where a value does not exist.',
    'With --out it also writes the workbook: every figure a live Excel formula on the input tables, so it keeps working for colleagues without Budgetsim. The whole model is written, whatever --scenario shows.',
  ],
  options: {
    json: JSON_OPTION,
    scenario: {
      type: 'string',
      multiple: true,
      value: 'NAME',
      description: 'show only this scenario ("Base" or "Bas" for the base)',
    },
    detail: { type: 'boolean', description: 'the FTE table with one line per committee, however many there are' },
    lang: LANG_OPTION,
    out: OUT_OPTION,
    force: FORCE_OPTION,
    help: HELP_OPTION,
  },
  positionals: ['MODEL'],
  async execute({ values, positionals }, io) {
    checkPositionals('run', ['MODEL'], positionals);
    checkForce(values, 'run');
    const flagLang = langOption(values.lang, 'run');
    const { model, run } = await loadModel(positionals[0], io.cwd, flagLang);
    const lang = reportLanguage(flagLang, model);
    const scenarios = selectScenarios(model, values.scenario as string[] | undefined, 'run', lang);
    // The workbook is written before anything is printed, so a refusal to write leaves stdout empty.
    if (typeof values.out === 'string') {
      await writeWorkbookFile(model, run, values.out, io.cwd, { force: values.force === true, ...(flagLang ? { language: flagLang } : {}) });
    }
    printRun(io, model, scenarios, values.json === true, lang, { detail: values.detail === true }, run);
    if (typeof values.out === 'string' && values.json !== true) io.err(`${values.out}: ${lang === 'sv' ? 'arbetsboken är skriven' : 'workbook written'}\n`);
    return EXIT_OK;
  },
};
