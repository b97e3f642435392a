import { allScenarios, solveEfficiency, SOLVER_LOWER, SOLVER_UPPER } from '../../engine';
import { EXAMPLE_MODEL_PATH, exampleModel } from '../../examples';
import { EXIT_OK } from '../errors';
import { labels } from '../labels';
import { wrap } from '../format-table';
import { formatPercent } from '../numbers';
import { renderReport } from '../report';
import { Command } from './command';
import { runSelected } from './run';
import { checkForce, checkPositionals, FORCE_OPTION, HELP_OPTION, JSON_OPTION, LANG_OPTION, langOption, OUT_OPTION, reportLanguage } from './shared';
import { writeWorkbookFile } from '../workbook';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run the built-in example municipality, Exempelkommun, and compare its scenarios',
  usage: 'budgetsim demo [--json] [--lang sv|en] [--out FILE.xlsx [--force]]',
  description: [
    `Runs Exempelkommun, a municipality of about 60 000 inhabitants (the model file ${EXAMPLE_MODEL_PATH}), through the base and its scenarios "Enprocentaren", "Halv uppräkning", "Full kompensation" and "Intäktsstyrd ram", compares them and tells which efficiency requirement meets the target.`,
    'With --json it prints the same JSON as "budgetsim run --json" on the example.',
    'With --out it also writes the example as a live workbook, ready to open in Excel or LibreOffice.',
  ],
  options: { json: JSON_OPTION, lang: LANG_OPTION, out: OUT_OPTION, force: FORCE_OPTION, help: HELP_OPTION },
  positionals: [],
  async execute({ values, positionals }, io) {
    checkPositionals('demo', [], positionals);
    checkForce(values, 'demo');
    const flagLang = langOption(values.lang, 'demo');
    const model = exampleModel();
    const lang = reportLanguage(flagLang, model);
    const scenarios = allScenarios(model);
    const run = runSelected(model, scenarios);
    if (typeof values.out === 'string') {
      await writeWorkbookFile(model, run, values.out, io.cwd, { force: values.force === true, ...(flagLang ? { language: flagLang } : {}) });
      io.err(`${values.out}: ${lang === 'sv' ? 'arbetsboken är skriven' : 'workbook written'}\n`);
    }
    if (values.json === true) {
      io.out(JSON.stringify({ unit: run.unit, scenarios: run.scenarios }) + '\n');
      return EXIT_OK;
    }
    const L = labels(lang);
    const lines = renderReport(
      model,
      scenarios.map((scenario, i) => ({ scenario, result: run.scenarios[i] })),
      lang,
    );
    const solved = solveEfficiency(model);
    lines.push('');
    if (solved.efficiency === null) lines.push(L.unsolved(formatPercent(SOLVER_LOWER, lang, 0), formatPercent(SOLVER_UPPER, lang, 0)));
    else lines.push(L.solved(formatPercent(solved.efficiency, lang, 2)), ...wrap(L.solvedHow(L.baseScenario)));
    lines.push('', ...L.demoFooter(EXAMPLE_MODEL_PATH));
    io.out(lines.join('\n') + '\n');
    return EXIT_OK;
  },
};
