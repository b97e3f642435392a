import { analyseRisk, Language, Model, RISK_DEFAULT_RUNS, RISK_DEFAULT_SEED, RISK_MAX_RUNS, RiskResult } from '../../engine';
import { Problem } from '../../model-file';
import { EXIT_OK, InputError, RefusedModelError, UsageError } from '../errors';
import { loadModel } from '../load';
import { progressBar } from '../progress';
import { renderRiskReport, ReportedRisk } from '../report/risk';
import { EMPTY_UNCERTAINTY, NO_UNCERTAINTY, riskLabels } from '../risk-labels';
import { findScenarios } from '../scenarios';
import { Command } from './command';
import { checkPositionals, HELP_OPTION, JSON_OPTION, LANG_OPTION, langOption, reportLanguage } from './shared';

/** The largest seed: mulberry32 keeps a 32-bit state, so every seed from 0 to 2^32 - 1 is a different stream. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * A whole-number option (digits only: "2000", not "2e3", "2 000" or "20.5"), checked against its range;
 * a mistake is added to `problems` and the default returned, so that every option is checked in one go.
 */
export function wholeNumberOption(
  value: unknown,
  option: string,
  range: { min: number; max: number; shown: string },
  fallback: number,
  problems: string[],
): number {
  if (value === undefined) return fallback;
  const text = String(value);
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(n) && n >= range.min && n <= range.max) return n;
  problems.push(`--${option} must be a whole number from ${range.shown}, not "${text}"`);
  return fallback;
}

/** A model the risk analysis cannot use: one without uncertain inputs, refused with what to add. */
export function uncertaintyRefusal(model: Model, file: string, lang: Language): RefusedModelError | null {
  const inputs = model.uncertainty?.inputs;
  if (inputs && inputs.length > 0) return null;
  const messages = inputs ? EMPTY_UNCERTAINTY : NO_UNCERTAINTY;
  const problem: Problem = { path: '$.uncertainty.inputs', code: 'required', message: messages.en, messages: { sv: messages.sv } };
  return new RefusedModelError(file, [problem], lang);
}

/** Exactly the keys of the model definition's `risk --json`: the engine's tornadoYear stays out. */
export function riskJson(result: RiskResult): Record<string, unknown> {
  return {
    runs: result.runs,
    seed: result.seed,
    scenarios: result.scenarios.map((s) => ({
      name: s.name,
      years: s.years,
      result: s.result,
      resultShare: s.resultShare,
      rollingShare: s.rollingShare,
      pTargetMet: s.pTargetMet,
      pBalanceMet: s.pBalanceMet,
      pTargetMetAll: s.pTargetMetAll,
      pBalanceMetAll: s.pBalanceMetAll,
      tornado: s.tornado.map((b) => ({ input: b.input, low: b.low, high: b.high })),
    })),
  };
}

export const riskCommand: Command = {
  name: 'risk',
  summary: 'simulate the uncertain assumptions many times: how likely are the target and the balance requirement?',
  usage: 'budgetsim risk MODEL [--runs N] [--seed S] [--scenario NAME]... [--json] [--lang sv|en]',
  description: [
    'Draws N versions of the uncertain inputs the model\'s uncertainty block lists (tax base growth, wage and price increases, grants, the interest rate, the committees\' deviation; each with a standard deviation per year and a persistence from one year to the next) and runs the base and each scenario on every draw. Every scenario meets the same draws, so the differences between them come from the policy.',
    'Per scenario it prints the 5th, 50th and 95th percentile of the rolling result % per plan year against the target, the probability per year that the target is met and that the balance requirement is met, the same over the whole plan in words, and a tornado: each uncertain input alone at value - sd and value + sd in every year, and what that does to the rolling result % of the last plan year with a complete window, widest swing first.',
    'The figures are a simulation: the same seed gives the same figures; another seed gives others within the sampling error. A model without an uncertainty block is refused with what to add.',
    'With --json it prints {"runs", "seed", "scenarios": [{"name", "years", "result", "resultShare", "rollingShare" (each {"p5", "p50", "p95"} over the plan years), "pTargetMet", "pBalanceMet", "pTargetMetAll", "pBalanceMetAll", "tornado": [{"input", "low", "high"}]}]}, the base first (named "Base").',
    'A run that lasts more than a second shows a progress bar on standard error when that is a terminal; nothing is written there otherwise.',
  ],
  options: {
    runs: { type: 'string', value: 'N', description: `number of draws, a whole number from 1 to ${RISK_MAX_RUNS}; default ${RISK_DEFAULT_RUNS}` },
    seed: { type: 'string', value: 'S', description: `seed of the random numbers, a whole number from 0 to ${MAX_SEED} (2^32 - 1); default ${RISK_DEFAULT_SEED}` },
    scenario: {
      type: 'string',
      multiple: true,
      value: 'NAME',
      description: 'analyse only this scenario ("Base" or "Bas" for the base)',
    },
    json: JSON_OPTION,
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  positionals: ['MODEL'],
  async execute({ values, positionals }, io) {
    checkPositionals('risk', ['MODEL'], positionals);
    // Every mistake on the command line is collected, with the model's refusal if it has one, and
    // reported together: one try shows everything to fix.
    const usage: string[] = [];
    const runs = wholeNumberOption(values.runs, 'runs', { min: 1, max: RISK_MAX_RUNS, shown: `1 to ${RISK_MAX_RUNS}` }, RISK_DEFAULT_RUNS, usage);
    const seed = wholeNumberOption(values.seed, 'seed', { min: 0, max: MAX_SEED, shown: `0 to ${MAX_SEED} (2^32 - 1)` }, RISK_DEFAULT_SEED, usage);
    let flagLang: Language | undefined;
    try {
      flagLang = langOption(values.lang, 'risk');
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      usage.push(...err.messages);
    }
    let loaded: Awaited<ReturnType<typeof loadModel>>;
    try {
      loaded = await loadModel(positionals[0], io.cwd, flagLang);
    } catch (err) {
      if (usage.length && (err instanceof InputError || err instanceof RefusedModelError)) throw new UsageError(usage, 'risk', err);
      throw err;
    }
    const { model, run } = loaded;
    const lang = reportLanguage(flagLang, model);
    const { scenarios, problems } = findScenarios(model, values.scenario as string[] | undefined, lang);
    usage.push(...problems);
    const refusal = uncertaintyRefusal(model, positionals[0], flagLang ?? model.language ?? 'sv');
    if (usage.length) throw new UsageError(usage, 'risk', refusal ?? undefined);
    if (refusal) throw refusal;

    const bar = progressBar(riskLabels(lang).progress, io.progress);
    const result = analyseRisk(model, { runs, seed, scenarios: scenarios.map((s) => s.name), onProgress: bar.update });
    bar.finish();

    if (values.json === true) {
      io.out(JSON.stringify(riskJson(result)) + '\n');
      return EXIT_OK;
    }
    const deterministic = new Map(run.scenarios.map((r) => [r.name, r]));
    const risks = new Map(result.scenarios.map((s) => [s.name, s]));
    const reported: ReportedRisk[] = scenarios.map((scenario) => {
      const r = deterministic.get(scenario.name)!;
      return { scenario, risk: risks.get(scenario.name)!, rollingComplete: r.rollingComplete, target: r.target };
    });
    io.out(renderRiskReport(model, runs, seed, reported, lang).join('\n') + '\n');
    return EXIT_OK;
  },
};
