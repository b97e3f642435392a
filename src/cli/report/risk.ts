import { Language, Model, Scenario, ScenarioRisk, UncertaintyInput } from '../../engine';
import { formatTable, wrap } from '../format-table';
import { labels } from '../labels';
import { formatNumber, formatPercent } from '../numbers';
import { describePolicy, renderHeader, scenarioTitle } from '../report';
import { riskLabels } from '../risk-labels';

/** A scenario's risk analysis with what the report needs from its deterministic run. */
export interface ReportedRisk {
  scenario: Scenario;
  risk: ScenarioRisk;
  /** Per plan year: is the rolling window complete? (Windows do not depend on the draws.) */
  rollingComplete: boolean[];
  /** The scenario's surplus target, after its overrides. */
  target: number;
}

/**
 * A probability in whole percent, the way the other reports show shares, except that one which is
 * neither 0 nor 1 is never shown as "0 %" or "100 %": 1 failure in 2 000 outcomes is "> 99 %", not a
 * certainty.
 */
export function formatProbability(p: number, lang: Language): string {
  const space = lang === 'sv' ? ' ' : '';
  if (p > 0 && p < 0.005) return `<${space}${formatPercent(0.01, lang, 0)}`;
  if (p < 1 && p >= 0.995) return `>${space}${formatPercent(0.99, lang, 0)}`;
  return formatPercent(p, lang, 0);
}

/** The header's list of the uncertain inputs: each with its yearly sd and its persistence. */
function inputList(inputs: readonly UncertaintyInput[], lang: Language): string {
  const R = riskLabels(lang);
  return inputs.map((u) => R.inputSpread(u.input, formatPercent(u.sd, lang), formatNumber(u.persistence ?? 0, 1, lang))).join(', ');
}

/** Marks a figure of an incomplete window with "*"; the others get a space so that digits line up (as `run` does). */
function marker(incomplete: boolean, complete: readonly boolean[]): (text: string, t?: number) => string {
  return (text, t) => {
    if (!incomplete) return text;
    return t !== undefined && !complete[t] ? `${text}*` : `${text} `;
  };
}

/**
 * One scenario: its name and policy, the percentile band of the rolling share with the probabilities
 * per year, the probabilities over the whole plan in words, and the tornado.
 */
export function renderScenarioRisk(model: Model, reported: ReportedRisk, lang: Language): string[] {
  const L = labels(lang);
  const R = riskLabels(lang);
  const { risk: s, rollingComplete: complete } = reported;
  const incomplete = complete.some((c) => !c);
  const mark = marker(incomplete, complete);
  const pct = (v: number) => formatPercent(v, lang);
  const prob = (v: number) => formatProbability(v, lang);
  const rows: string[][] = [
    [R.rollingP('P5'), ...s.rollingShare.p5.map((v, t) => mark(pct(v), t))],
    [R.rollingP('P50'), ...s.rollingShare.p50.map((v, t) => mark(pct(v), t))],
    [R.rollingP('P95'), ...s.rollingShare.p95.map((v, t) => mark(pct(v), t))],
    [R.pTargetMet, ...s.pTargetMet.map((v, t) => mark(prob(v), t))],
    [R.pBalanceMet, ...s.pBalanceMet.map((v) => mark(prob(v)))],
  ];
  const header = ['', ...s.years.map(String)];
  const lines = [
    scenarioTitle(reported.scenario, lang),
    ...wrap(describePolicy(model, reported.scenario, lang)),
    '',
    ...wrap(R.bandCaption(pct(reported.target))),
    '',
    ...formatTable({ header, rows }),
  ];
  if (incomplete) lines.push(...wrap(L.incompleteNote));
  const anyComplete = complete.some((c) => c);
  lines.push(
    '',
    ...wrap(anyComplete ? R.targetAll(prob(s.pTargetMetAll)) : R.targetAllPlanYears(prob(s.pTargetMetAll))),
    ...wrap(R.balanceAll(prob(s.pBalanceMetAll))),
  );
  if (s.tornado.length > 0) {
    const judged = s.years.indexOf(s.tornadoYear);
    const tornado = s.tornado.map((b) => [R.inputName[b.input], pct(b.low), pct(b.high), formatNumber(Math.abs(b.high - b.low) * 100, 1, lang)]);
    lines.push(
      '',
      ...wrap(R.tornadoTitle(s.tornadoYear, !complete[judged])),
      '',
      ...formatTable({ header: [R.tornadoInput, R.tornadoLow, R.tornadoHigh, R.tornadoSwing], rows: tornado }),
      ...wrap(R.tornadoNote),
    );
  }
  return lines;
}

/** The scenarios side by side: the probabilities over the whole plan. */
export function renderRiskComparison(reported: ReportedRisk[], lang: Language): string[] {
  const R = riskLabels(lang);
  const rows = reported.map(({ scenario, risk }) => [
    scenarioTitle(scenario, lang),
    formatProbability(risk.pTargetMetAll, lang),
    formatProbability(risk.pBalanceMetAll, lang),
  ]);
  return [
    R.comparisonTitle,
    '',
    ...formatTable({ header: [R.scenario, R.comparisonTargetAll, R.comparisonBalanceAll], rows }),
    ...wrap(R.comparisonNote),
  ];
}

/**
 * The whole risk report: the model's header, what was simulated (runs, seed, the uncertain inputs, and
 * that it is a simulation), one part per scenario, and the comparison when there is more than one.
 */
export function renderRiskReport(model: Model, runs: number, seed: number, reported: ReportedRisk[], lang: Language): string[] {
  const R = riskLabels(lang);
  const lines = [
    ...renderHeader(model, lang),
    '',
    ...wrap(R.header(formatNumber(runs, 0, lang), String(seed))),
    ...wrap(R.simulationNote),
    ...wrap(R.inputsLine(inputList(model.uncertainty?.inputs ?? [], lang))),
  ];
  for (const r of reported) lines.push('', ...renderScenarioRisk(model, r, lang));
  if (reported.length > 1) lines.push('', ...renderRiskComparison(reported, lang));
  return lines;
}
