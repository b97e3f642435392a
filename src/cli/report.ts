import { BASE_SCENARIO_NAME, Language, meetsBalance, meetsTarget, Model, Scenario, ScenarioResult, scenarioYears } from '../engine';
import { formatTable, wrap } from './format-table';
import { Labels, labels } from './labels';
import { formatAmount, formatPercent, formatPercentCompact } from './numbers';
import { renderBalance } from './report/balance';
import { financingIsNeutral, planSelfFinancingRatio, renderFinancing } from './report/financing';
import { renderFte } from './report/fte';
import { renderProjects } from './report/projects';
import { alignedBlocks, Block, MISSING, renderBlocks, sharedWidths, writer } from './report/section';

/** How much the report shows. */
export interface ReportOptions {
  /** One FTE line per committee however many committees there are. */
  detail?: boolean;
}

/** A scenario and its result, as the report shows it. */
export interface ReportedScenario {
  scenario: Scenario;
  result: ScenarioResult;
  /** Heading; default: the scenario's name ("Bas"/"Base" for the base). */
  title?: string;
}

export function scenarioTitle(scenario: Scenario, lang: Language): string {
  return scenario.name === BASE_SCENARIO_NAME ? labels(lang).baseScenario : scenario.name;
}

/** "1,0 %" when every plan year has the same value, else "0,5–1,0 %". */
function percentRange(values: number[], lang: Language): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return formatPercentCompact(lo, lang);
  return `${formatPercentCompact(lo, lang).replace(/\s?%$/, '')}–${formatPercentCompact(hi, lang)}`;
}

/** The first and last plan year (the model file does not fix the order of its year rows). */
export function planRange(model: Model): { first: number; last: number; count: number } {
  const years = model.years.map((y) => y.year);
  return { first: Math.min(...years), last: Math.max(...years), count: years.length };
}

/** Name, unit, base year, plan years, target and window. */
export function renderHeader(model: Model, lang: Language): string[] {
  const L = labels(lang);
  const { first, last } = planRange(model);
  return [
    model.name,
    L.unitLine(model.unit, model.baseYear, first, last),
    ...wrap(L.targetLine(formatPercent(model.target, lang), model.windowBack, model.windowForward, model.measure)),
  ];
}

/** What a scenario does, in one phrase: the frame rule and any target or window it changes. */
export function describePolicy(model: Model, scenario: Scenario, lang: Language): string {
  const L = labels(lang);
  const ov = scenario.overrides;
  const parts: string[] = [];
  if ((ov.frameMode ?? model.frameMode) === 'revenue') {
    parts.push(L.revenuePolicy);
  } else {
    const rows = scenarioYears(model, ov);
    parts.push(
      L.upliftPolicy(
        percentRange(rows.map((r) => r.efficiency), lang),
        percentRange(rows.map((r) => r.compensation), lang),
      ),
    );
  }
  if (ov.target !== undefined && ov.target !== model.target) parts.push(L.targetOverride(formatPercent(ov.target, lang)));
  const back = ov.windowBack ?? model.windowBack;
  const forward = ov.windowForward ?? model.windowForward;
  const measure = ov.measure ?? model.measure;
  if (back !== model.windowBack || forward !== model.windowForward || measure !== model.measure) {
    parts.push(L.windowOverride(back, forward, measure));
  }
  const text = parts.join('; ');
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) + '.';
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Total efficiency demand of a plan year: kr summed over committees, and as a share of last year's frames. */
export function efficiencyDemand(model: Model, result: ScenarioResult, t: number): { amount: number; share: number } {
  const frame0 = new Map(model.committees.map((c) => [c.id, c.frame]));
  let amount = 0;
  let prev = 0;
  for (const c of result.committees) {
    amount += c.impliedEfficiencyKr[t];
    prev += t > 0 ? c.frame[t - 1] : frame0.get(c.id) ?? 0;
  }
  return { amount, share: prev === 0 ? 0 : amount / prev };
}

/** Marks a figure of an incomplete window with "*"; the others get a space so that digits line up. */
function mark(text: string, complete: boolean): string {
  return complete ? `${text} ` : `${text}*`;
}

function yesNo(L: Labels, v: boolean): string {
  return v ? L.yes : L.no;
}

/**
 * One scenario: its name, what it does, and a table over the plan years; with the footnote on
 * incomplete windows unless the caller prints it elsewhere.
 */
export function renderScenario(
  model: Model,
  reported: ReportedScenario,
  lang: Language,
  footnote = true,
  options: ReportOptions = {},
): string[] {
  const L = labels(lang);
  const { scenario, result: r } = reported;
  const title = reported.title ?? scenarioTitle(scenario, lang);
  const amount = (v: number) => formatAmount(v, model.unit, lang);
  const pct = (v: number) => formatPercent(v, lang);
  const demand = r.years.map((_, t) => sum(r.committees.map((c) => c.impliedEfficiencyKr[t])));
  const incomplete = r.rollingComplete.some((c) => !c);
  const plain = (text: string) => (incomplete ? `${text} ` : text);
  const marked = (text: string, t: number) => (incomplete ? mark(text, r.rollingComplete[t]) : text);
  const rows: string[][] = [
    [L.revenue, ...r.revenue.map((v) => plain(amount(v)))],
    [L.netCost, ...r.netCost.map((v) => plain(amount(v)))],
    [L.result, ...r.result.map((v) => plain(amount(v)))],
    [L.resultShare, ...r.resultShare.map((v) => plain(pct(v)))],
    [L.rollingShare, ...r.rollingShare.map((v, t) => marked(pct(v), t))],
    [L.targetMet, ...r.targetMet.map((v, t) => marked(yesNo(L, v), t))],
    [L.room, ...r.room.map((v) => plain(amount(v)))],
    [L.efficiencyDemand, ...demand.map((v) => plain(amount(v)))],
  ];
  const header = ['', ...r.years.map(String)];
  const blocks = alignedBlocks(version2Blocks(model, r, lang, options), r.years, incomplete);
  const widths = sharedWidths(blocks, r.years, [{ header, rows }]);
  const lines = [title, ...wrap(describePolicy(model, scenario, lang)), '', ...formatTable({ header, rows, minWidths: widths })];
  if (footnote && incomplete) lines.push(...wrap(L.incompleteNote));
  lines.push(...renderBlocks(blocks, r.years, widths));
  return lines;
}

/**
 * The long-term plan under a scenario's table: financing, projects, FTEs and the balance requirement,
 * each only when it has something to say (a version 1 model shows none of them unless a result is
 * negative, which the balance requirement must then report).
 */
export function version2Blocks(model: Model, r: ScenarioResult, lang: Language, options: ReportOptions = {}): Block[] {
  const w = writer(model, lang);
  return [
    renderFinancing(model, r, w),
    renderProjects(r, w),
    renderFte(r, w, options.detail === true),
    renderBalance(model, r, w),
  ].filter((b): b is Block => b !== null);
}

/**
 * The scenarios side by side: rolling % and target met per plan year, the overall verdicts on the target
 * and the balance requirement, last year's efficiency demand, and (when any scenario has a financing
 * table) the debt at the end of the plan and the plan's self-financing ratio.
 */
export function renderComparison(model: Model, reported: ReportedScenario[], lang: Language): string[] {
  const L = labels(lang);
  if (reported.length === 0) return [];
  const years = reported[0].result.years;
  const last = years.length - 1;
  const answerWidth = Math.max(L.yes.length, L.no.length);
  const financing = reported.some(({ result }) => !financingIsNeutral(model, result));
  const rows = reported.map(({ scenario, result: r, title }) => {
    const d = efficiencyDemand(model, r, last);
    const ratio = planSelfFinancingRatio(r);
    return [
      title ?? scenarioTitle(scenario, lang),
      ...r.rollingShare.map(
        (v, t) => `${mark(formatPercent(v, lang), r.rollingComplete[t])} ${yesNo(L, r.targetMet[t]).padEnd(answerWidth)}`,
      ),
      yesNo(L, meetsTarget(r)),
      yesNo(L, meetsBalance(r)),
      `${formatAmount(d.amount, model.unit, lang)} (${formatPercent(d.share, lang)})`,
      ...(financing
        ? [formatAmount(r.debt[last], model.unit, lang), ratio === null ? MISSING : formatPercent(ratio, lang)]
        : []),
    ];
  });
  const header = [L.scenario, ...years.map(String), L.metAllYears, L.balanceMetAllYears, L.efficiencyDemandIn(years[last])];
  if (financing) header.push(L.debtAtEnd(years[last]), L.selfFinancingPlan(years[0], years[last]));
  const lines = [L.comparisonTitle(formatPercent(model.target, lang)), '', ...formatTable({ header, rows })];
  if (reported.some(({ result }) => result.rollingComplete.some((c) => !c))) lines.push(...wrap(L.incompleteNote));
  lines.push(...wrap(L.comparisonNote), ...wrap(L.comparisonBalanceNote));
  if (financing) lines.push(...wrap(L.comparisonFinancingNote));
  return lines;
}

/** The whole report: header, one table per scenario, and the comparison when there is more than one. */
export function renderReport(model: Model, reported: ReportedScenario[], lang: Language, options: ReportOptions = {}): string[] {
  const lines = [...renderHeader(model, lang)];
  const compare = reported.length > 1;
  for (const s of reported) lines.push('', ...renderScenario(model, s, lang, !compare, options));
  if (compare) lines.push('', ...renderComparison(model, reported, lang));
  return lines;
}
