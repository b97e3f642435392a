/**
 * The Risk sheet: the risk analysis (src/engine/risk) of the model as it was written, per scenario
 * the percentiles of the rolling share and of the result, the probabilities, a fan chart and a
 * tornado. Every figure is a value, never a formula: a simulation cannot be recalculated by Excel,
 * so the sheet says when it was made, with how many runs and which seed. The live input table
 * (bsUncertainty) stays on the input sheet; the reader never reads this sheet.
 */
import { analyseRisk, RISK_DEFAULT_RUNS, RISK_DEFAULT_SEED, RiskResult, ScenarioRisk } from '../../engine/risk';
import { Language, Model, RunResult, UncertainInput } from '../../engine/types';
import { SheetDescription } from '../description';
import { range } from '../a1';
import { choiceWord } from '../input-tables';
import { amountFormat, PERCENT, RATE, YEAR } from './formats';
import { labels } from './labels';
import { SheetBuilder } from './sheet-builder';
import { TAB_COLORS } from './styles';

/** What the Risk sheet shows: the analysis and the day it was made (injectable, for tests). */
export interface RiskSheetInput {
  result: RiskResult;
  date: Date;
}

export interface RiskSheetOptions {
  runs?: number;
  seed?: number;
  date?: Date;
}

/**
 * The risk analysis for a workbook, or undefined when the model has no uncertainty block (then no
 * Risk sheet is written). The runs are the caller's: 2 000 by default, as `budgetsim risk`.
 */
export function riskForWorkbook(model: Model, options: RiskSheetOptions = {}): RiskSheetInput | undefined {
  if (!model.uncertainty) return undefined;
  const result = analyseRisk(model, { runs: options.runs ?? RISK_DEFAULT_RUNS, seed: options.seed ?? RISK_DEFAULT_SEED });
  return { result, date: options.date ?? new Date() };
}

/** The date as YYYY-MM-DD (UTC): the same text in every language and on every machine. */
export function riskDateText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A whole number with the language's thousands separator: "2 000" (no-break space) or "2,000". */
function count(n: number, language: Language): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'sv' ? '\u00a0' : ',');
}

/** A label with its {placeholders} filled in. */
export function filled(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** An uncertain input in words: the same words as the uncertainty table on the input sheet. */
export function inputLabel(input: UncertainInput, language: Language): string {
  return choiceWord(input, language);
}

/** Colours of the fan chart: Office's blue for the band, a darker blue for the median, orange for the target. */
const BAND_COLOR = '#9DC3E6';
const MEDIAN_COLOR = '#1F4E79';
const TARGET_COLOR = '#ED7D31';
const LOW_COLOR = '#C00000';
const HIGH_COLOR = '#70AD47';

/** The rows a scenario's block takes at least, so its two charts (16 rows high) never reach the next block. */
const CHART_ROWS = 16;

/** Where one scenario's figures sit on the sheet, for the tests and the charts. */
export interface RiskScenarioRows {
  name: string;
  rolling: { p5: number; p50: number; p95: number; target: number; band: number };
  result: { p5: number; p50: number; p95: number };
  pTargetMet: number;
  pBalanceMet: number;
  pTargetMetAll: number;
  pBalanceMetAll: number;
  tornado?: { names: number; low: number; high: number; deterministic: number; lowDiff: number; highDiff: number };
}

export interface RiskSheet {
  sheet: SheetDescription;
  rows: RiskScenarioRows[];
}

export function describeRiskSheet(input: {
  model: Model;
  run: RunResult;
  risk: RiskSheetInput;
  displayNames: string[];
  sheetName: string;
  inputSheetName: string;
  language: Language;
}): RiskSheet {
  const { model, run, risk, displayNames, language } = input;
  const L = labels(language);
  const years = run.scenarios[0].years;
  const H = years.length;
  const inputs = model.uncertainty?.inputs ?? [];
  const amount = amountFormat(model.unit);
  const b = new SheetBuilder(input.sheetName, 'risk');
  const width = 1 + Math.max(H, inputs.length, 2);
  const chartColumn = width + 1;

  b.set(0, 0, `${L('riskTitle')}: ${model.name}`);
  b.style(range(0, 0), 'title');
  b.set(1, 0, `${L('amountsIn')} ${model.unit}`);
  b.style(range(1, 0), 'subtitle');
  const date = riskDateText(risk.date);
  b.set(2, 0, filled(L('riskNote'), { runs: count(risk.result.runs, language), seed: risk.result.seed, date }));
  b.style(range(2, 0), 'note');
  b.set(3, 0, filled(L('riskInputsNote'), { sheet: input.inputSheetName }));
  b.style(range(3, 0), 'note');

  let r = 5;
  b.setRow(r, 0, [L('riskDate'), date]);
  b.setRow(r + 1, 0, [L('riskRuns'), risk.result.runs]);
  b.setRow(r + 2, 0, [L('riskSeed'), risk.result.seed]);
  b.format(range(r + 1, 1, 2, 1), '0');
  r += 4;

  b.set(r, 0, L('riskInputs'));
  b.style(range(r, 0, 1, width), 'section');
  r += 1;
  b.setRow(r, 0, [L('riskInput'), L('riskSd'), L('riskPersistence')]);
  b.style(range(r, 0, 1, 3), 'header');
  r += 1;
  inputs.forEach((u, k) => b.setRow(r + k, 0, [inputLabel(u.input, language), u.sd, u.persistence ?? 0]));
  if (inputs.length > 0) {
    b.format(range(r, 1, inputs.length, 1), RATE);
    b.format(range(r, 2, inputs.length, 1), '0.00');
  }
  r += inputs.length + 1;

  const out: RiskScenarioRows[] = [];
  const byName = new Map(risk.result.scenarios.map((s) => [s.name, s]));
  run.scenarios.forEach((det, si) => {
    const s = byName.get(det.name);
    if (!s) return;
    const top = r;
    const rows = scenarioBlock(b, s, det, top, { display: displayNames[si], width, amount, language, inputs: inputs.map((u) => u.input) });
    out.push(rows);
    const categories = { sheet: b.name, range: range(rows.rolling.p5 - 1, 1, 1, H) };
    b.charts.push({
      kind: 'areaStacked',
      title: `${L('chartFan')}: ${displayNames[si]}`,
      categories,
      series: [
        { name: L('p5'), sheet: b.name, values: range(rows.rolling.p5, 1, 1, H), noFill: true },
        { name: L('chartBand'), sheet: b.name, values: range(rows.rolling.band, 1, 1, H), color: BAND_COLOR },
        { name: L('p50'), sheet: b.name, values: range(rows.rolling.p50, 1, 1, H), line: true, color: MEDIAN_COLOR },
        { name: L('targetLine'), sheet: b.name, values: range(rows.rolling.target, 1, 1, H), line: true, color: TARGET_COLOR },
      ],
      anchor: range(top, chartColumn, CHART_ROWS, 8),
      valueAxisFormat: PERCENT,
    });
    if (rows.tornado) {
      const t = rows.tornado;
      b.charts.push({
        kind: 'barClustered',
        title: `${filled(L('chartTornado'), { year: s.tornadoYear })}: ${displayNames[si]}`,
        categories: { sheet: b.name, range: range(t.names, 1, 1, inputs.length) },
        series: [
          { name: L('tornadoLowDiff'), sheet: b.name, values: range(t.lowDiff, 1, 1, inputs.length), color: LOW_COLOR },
          { name: L('tornadoHighDiff'), sheet: b.name, values: range(t.highDiff, 1, 1, inputs.length), color: HIGH_COLOR },
        ],
        anchor: range(top, chartColumn + 9, CHART_ROWS, 8),
        valueAxisFormat: PERCENT,
        reverseCategories: true,
        // The swing down and the swing up of one input share its row, one bar each way.
        overlap: 100,
      });
    }
    r = Math.max(b.rowCount, top + CHART_ROWS) + 1;
  });

  b.columnWidth(0, 44);
  for (let c = 1; c < width; c++) b.columnWidth(c, 13);
  b.frozen = { rows: 1, columns: 1 };
  b.tabColor = TAB_COLORS.risk;
  return { sheet: b.build(), rows: out };
}

/** One scenario: its percentile tables, probabilities and tornado, from row `top` down. */
function scenarioBlock(
  b: SheetBuilder,
  s: ScenarioRisk,
  det: RunResult['scenarios'][number],
  top: number,
  o: { display: string; width: number; amount: string; language: Language; inputs: UncertainInput[] },
): RiskScenarioRows {
  const L = labels(o.language);
  const H = s.years.length;
  const yearHeader = (row: number, text: string) => {
    b.setRow(row, 0, [text, ...s.years]);
    b.style(range(row, 0, 1, 1 + H), 'header');
    b.format(range(row, 1, 1, H), YEAR);
  };
  const values = (row: number, text: string, xs: readonly number[], format: string) => {
    b.setRow(row, 0, [text, ...xs]);
    b.format(range(row, 1, 1, xs.length), format);
  };

  let r = top;
  b.set(r, 0, `${L('scenarioTitle')}: ${o.display}`);
  b.style(range(r, 0, 1, o.width), 'section');
  r += 1;
  yearHeader(r, L('rollingShare'));
  const rolling = { p5: r + 1, p50: r + 2, p95: r + 3, target: r + 4, band: r + 5 };
  values(rolling.p5, L('p5'), s.rollingShare.p5, PERCENT);
  values(rolling.p50, L('p50'), s.rollingShare.p50, PERCENT);
  values(rolling.p95, L('p95'), s.rollingShare.p95, PERCENT);
  values(rolling.target, L('targetLine'), s.years.map(() => det.target), PERCENT);
  // The fan chart stacks the band's width on P5 (drawn without fill), so the band spans P5 to P95.
  values(rolling.band, L('bandWidth'), s.rollingShare.p95.map((p95, t) => p95 - s.rollingShare.p5[t]), PERCENT);
  b.style(range(rolling.band, 0, 1, 1 + H), 'muted');
  r = rolling.band + 2;

  yearHeader(r, L('result'));
  const result = { p5: r + 1, p50: r + 2, p95: r + 3 };
  values(result.p5, L('p5'), s.result.p5, o.amount);
  values(result.p50, L('p50'), s.result.p50, o.amount);
  values(result.p95, L('p95'), s.result.p95, o.amount);
  r = result.p95 + 2;

  yearHeader(r, L('probability'));
  const pTargetMet = r + 1;
  const pBalanceMet = r + 2;
  values(pTargetMet, L('pTargetMet'), s.pTargetMet, PERCENT);
  values(pBalanceMet, L('pBalanceMet'), s.pBalanceMet, PERCENT);
  const pTargetMetAll = r + 3;
  const pBalanceMetAll = r + 4;
  values(pTargetMetAll, L('pTargetMetAll'), [s.pTargetMetAll], PERCENT);
  values(pBalanceMetAll, L('pBalanceMetAll'), [s.pBalanceMetAll], PERCENT);
  b.style(range(pTargetMetAll, 0, 2, 2), 'result');
  r = pBalanceMetAll + 2;

  let tornado: RiskScenarioRows['tornado'];
  if (s.tornado.length > 0) {
    const n = s.tornado.length;
    const t = s.years.indexOf(s.tornadoYear);
    const computed = det.rollingShare[t];
    tornado = { names: r, low: r + 1, high: r + 2, deterministic: r + 3, lowDiff: r + 4, highDiff: r + 5 };
    b.setRow(tornado.names, 0, [filled(L('tornadoTitle'), { year: s.tornadoYear }), ...s.tornado.map((bar) => inputLabel(bar.input, o.language))]);
    b.style(range(tornado.names, 0, 1, 1 + n), 'header');
    values(tornado.low, L('tornadoLow'), s.tornado.map((bar) => bar.low), PERCENT);
    values(tornado.high, L('tornadoHigh'), s.tornado.map((bar) => bar.high), PERCENT);
    values(tornado.deterministic, L('tornadoDeterministic'), s.tornado.map(() => computed), PERCENT);
    values(tornado.lowDiff, L('tornadoLowDiff'), s.tornado.map((bar) => bar.low - computed), PERCENT);
    values(tornado.highDiff, L('tornadoHighDiff'), s.tornado.map((bar) => bar.high - computed), PERCENT);
  }
  return { name: s.name, rolling, result, pTargetMet, pBalanceMet, pTargetMetAll, pBalanceMetAll, ...(tornado ? { tornado } : {}) };
}
