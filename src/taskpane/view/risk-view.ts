/**
 * The Risk card for the scenario being edited: the sd levers of the model's uncertainty, the
 * whole-plan probabilities in words, P per year, a fan chart of the rolling share and the tornado.
 * The figures come from the risk worker; while it computes, the last ones stay, dimmed. The figures
 * part is redrawn in place when an answer arrives, so the lever being typed in is never replaced.
 */
import { INPUT_SHEET_NAMES, UNCERTAINTY_TABLE } from '../../workbook/input-tables';
import { RISK_DEFAULT_RUNS, ScenarioRisk } from '../../engine/risk';
import { runScenario } from '../../engine/run';
import { ScenarioResult } from '../../engine/types';
import { fanGeometry, pointsText } from '../risk/fan';
import { riskLevers, RiskLeverInput, sdText } from '../risk/settings';
import { riskCurrent } from '../risk/state';
import { tornadoGeometry } from '../risk/tornado';
import { shareText } from '../risk/words';
import { scenarioAt, scenarioDisplayName } from '../model/levers';
import { ViewContext } from './context';
import { h, svg } from './dom';
import { field, section } from './controls';

const RESULTS = 'data-risk-results';

export function sdKey(input: RiskLeverInput): string {
  return `risk-sd-${input}`;
}

function probability(ctx: ViewContext, p: number): string {
  return ctx.s.riskShare(shareText(p, ctx.n));
}

function range(years: number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

function headline(ctx: ViewContext, r: ScenarioRisk, det: ScenarioResult): HTMLElement {
  const complete = det.years.filter((_, t) => det.rollingComplete[t]);
  const judged = complete.length === 0 || complete.length === det.years.length ? null : range(complete);
  const targetTone = r.pTargetMetAll >= 0.5 ? 'good' : 'bad';
  const balanceTone = r.pBalanceMetAll >= 0.5 ? 'good' : 'bad';
  return h(
    'div',
    { class: 'risk-headline' },
    h('p', { class: `risk-number ${targetTone}`, 'data-test': 'risk-target' }, ctx.s.riskTargetHolds(probability(ctx, r.pTargetMetAll))),
    h('p', { class: `risk-number ${balanceTone}`, 'data-test': 'risk-balance' }, ctx.s.riskBalanceHolds(probability(ctx, r.pBalanceMetAll))),
    h('p', { class: 'hint' }, ctx.s.riskTargetRule(judged), ' ', ctx.s.riskBalanceRule),
  );
}

function fan(ctx: ViewContext, r: ScenarioRisk, target: number): HTMLElement {
  const { n, s } = ctx;
  const g = fanGeometry(r.years, r.rollingShare, target);
  const decimals = g.ticks.some((t) => Math.abs(t.value * 100 - Math.round(t.value * 100)) > 1e-9) ? 1 : 0;
  const perYear = r.years.map((year, t) => s.riskFanYear(year, n.percent(r.rollingShare.p5[t]), n.percent(r.rollingShare.p50[t]), n.percent(r.rollingShare.p95[t]))).join(' ');
  const label = s.riskFanLabel(n.percent(target), perYear);
  const root = svg('svg', { viewBox: `0 0 ${g.width} ${g.height}`, role: 'img', 'aria-label': label, class: 'chart fan', 'data-test': 'risk-fan' });
  root.appendChild(svg('title', {}, label));
  for (const tick of g.ticks) {
    root.appendChild(svg('line', { x1: g.left, x2: g.right, y1: tick.y, y2: tick.y, class: tick.value === 0 ? 'axis zero' : 'axis' }));
    root.appendChild(svg('text', { x: g.left - 6, y: tick.y + 3.5, 'text-anchor': 'end', class: 'tick' }, n.percent(tick.value, decimals)));
  }
  for (const y of g.years) root.appendChild(svg('text', { x: y.x, y: g.height - 6, 'text-anchor': 'middle', class: 'tick' }, String(y.year)));
  root.appendChild(svg('polygon', { points: pointsText(g.band), class: 'fan-band', 'data-test': 'risk-fan-band' }));
  root.appendChild(svg('line', { x1: g.left, x2: g.right, y1: g.target, y2: g.target, class: 'target' }));
  root.appendChild(svg('polyline', { points: pointsText(g.median), class: 'fan-median', 'data-test': 'risk-fan-median' }));
  return h(
    'figure',
    { class: 'risk-figure' },
    h('h3', {}, s.riskFanTitle),
    root,
    h(
      'ul',
      { class: 'legend', 'aria-hidden': 'true' },
      h('li', {}, h('span', { class: 'swatch fan-band' }), s.riskFanBand),
      h('li', {}, h('span', { class: 'swatch fan-median' }), s.riskFanMedian),
      h('li', {}, h('span', { class: 'swatch target' }), `${s.chartLegendTarget} ${n.percent(target)}`),
    ),
  );
}

function perYearTable(ctx: ViewContext, r: ScenarioRisk, det: ScenarioResult): HTMLElement {
  const { s } = ctx;
  const anyComplete = det.rollingComplete.some((c) => c);
  const rows = r.years.map((year, t) => {
    const counted = !anyComplete || det.rollingComplete[t];
    const p = probability(ctx, r.pTargetMet[t]);
    return h(
      'tr',
      { 'data-year': year },
      h('th', { scope: 'row' }, String(year)),
      counted
        ? h('td', { class: 'num', 'data-test': 'risk-p-target' }, p)
        : h('td', { class: 'num muted', 'data-test': 'risk-p-target', title: s.notCounted }, `(${p})`, h('span', { class: 'visually-hidden' }, ` ${s.notCounted}`)),
      h('td', { class: 'num', 'data-test': 'risk-p-balance' }, probability(ctx, r.pBalanceMet[t])),
    );
  });
  return h(
    'table',
    { class: 'grid risk-years', 'data-test': 'risk-per-year' },
    h('caption', {}, s.riskPerYear),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.year), h('th', { scope: 'col', class: 'num' }, s.riskTargetMet), h('th', { scope: 'col', class: 'num' }, s.riskBalanceMet))),
    h('tbody', {}, ...rows),
  );
}

function tornado(ctx: ViewContext, r: ScenarioRisk, det: ScenarioResult): HTMLElement {
  const { s, n } = ctx;
  const t = r.years.indexOf(r.tornadoYear);
  const base = det.rollingShare[t];
  const g = tornadoGeometry(r.tornado, base, det.target);
  const items = g.rows.map((row) => {
    const bar = svg(
      'svg',
      { viewBox: '0 0 100 12', preserveAspectRatio: 'none', class: 'tornado-bar', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { x: row.lowPart.x, y: 1, width: Math.max(row.lowPart.width, 0.3), height: 10, class: 'low' }),
      svg('rect', { x: row.highPart.x, y: 1, width: Math.max(row.highPart.width, 0.3), height: 10, class: 'high' }),
      svg('line', { x1: g.target, x2: g.target, y1: 0, y2: 12, class: 'target', 'vector-effect': 'non-scaling-stroke' }),
      svg('line', { x1: g.base, x2: g.base, y1: 0, y2: 12, class: 'base', 'vector-effect': 'non-scaling-stroke' }),
    );
    return h(
      'li',
      { 'data-input': row.input },
      h('span', { class: 'tornado-name' }, s.riskInputs[row.input]),
      bar,
      h('span', { class: 'tornado-values', 'data-test': 'risk-tornado-values' }, s.riskTornadoValues(n.percent(row.low, 2), n.percent(row.high, 2))),
    );
  });
  return h(
    'div',
    { class: 'risk-tornado' },
    h('h3', {}, s.riskTornadoTitle(r.tornadoYear)),
    h('p', { class: 'hint' }, s.riskTornadoIntro(n.percent(base, 2))),
    h('ol', { class: 'tornado', 'data-test': 'risk-tornado' }, ...items),
    h(
      'ul',
      { class: 'legend', 'aria-hidden': 'true' },
      h('li', {}, h('span', { class: 'swatch tornado-low' }), s.riskTornadoLow),
      h('li', {}, h('span', { class: 'swatch tornado-high' }), s.riskTornadoHigh),
      h('li', {}, h('span', { class: 'swatch target' }), s.chartLegendTarget),
    ),
  );
}

/** The figures part of the card: redrawn in place (see the risk controller) when an answer arrives. */
export function riskResults(ctx: ViewContext): HTMLElement {
  const { state, s, n } = ctx;
  const risk = state.risk;
  const model = state.model!;
  const scenario = scenarioAt(model, state.selected);
  const current = riskCurrent(risk);
  const r = risk.result?.scenarios.find((x) => x.name === scenario.name) ?? null;
  const status = risk.failed !== null ? 'failed' : current ? 'ready' : 'computing';
  const refused = [...risk.drafts.values()].some((d) => d.error !== null);
  const det = r ? runScenario(model, scenario) : null;
  return h(
    'div',
    {
      [RESULTS]: '',
      class: `risk-results${status === 'ready' ? '' : ' is-computing'}`,
      'data-state': status,
      'data-answers': risk.answers,
      // The whole answer, for the browser test to compare with Node's: JSON keeps every double exactly.
      'data-result': status === 'ready' && risk.result ? JSON.stringify(risk.result) : undefined,
    },
    h(
      'p',
      { class: 'risk-status', role: 'status', 'data-test': 'risk-status' },
      status === 'computing' ? s.riskComputing(n.decimal(risk.result?.runs ?? RISK_DEFAULT_RUNS, 0)) : status === 'failed' ? s.riskFailed(risk.failed ?? '') : '',
    ),
    refused ? h('p', { class: 'stale', 'data-test': 'risk-stale' }, s.riskStaleFields) : null,
    r && det ? headline(ctx, r, det) : null,
    r ? fan(ctx, r, det!.target) : null,
    r && risk.result ? h('p', { class: 'hint risk-runs', 'data-test': 'risk-runs' }, s.riskRunsSeed(n.decimal(risk.result.runs, 0), String(risk.result.seed))) : null,
    r && det ? perYearTable(ctx, r, det) : null,
    r && det && r.tornado.length > 0 ? tornado(ctx, r, det) : null,
  );
}

/** A lever's message under it: why the text is refused. */
export function sdErrorText(ctx: ViewContext, input: RiskLeverInput): string {
  const error = ctx.state.risk.drafts.get(input)?.error;
  return error ? error(ctx.s, ctx.n) : '';
}

function levers(ctx: ViewContext): HTMLElement {
  const { s, n, state } = ctx;
  const rows = riskLevers(state.model!).map((lever) => {
    const key = sdKey(lever.input);
    const draft = state.risk.drafts.get(lever.input);
    const error = sdErrorText(ctx, lever.input);
    const name = s.riskInputs[lever.input];
    const input = field({
      id: key,
      class: 'number',
      inputmode: 'decimal',
      'data-key': key,
      'aria-label': s.riskSdField(name),
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': `${key}-error risk-sd-hint`,
      value: draft ? draft.text : sdText(lever.sd, n),
    });
    input.addEventListener('input', () => ctx.act.editRiskSd(lever.input, input.value, false));
    input.addEventListener('change', () => ctx.act.editRiskSd(lever.input, input.value, true));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') ctx.act.editRiskSd(lever.input, input.value, true);
    });
    return h(
      'div',
      { class: 'risk-lever' },
      h(
        'div',
        { class: 'form-row' },
        h('label', { for: key }, name),
        h('span', { class: 'with-suffix' }, input, h('span', { class: 'suffix', 'aria-hidden': 'true' }, s.riskSdSuffix)),
      ),
      h('p', { class: 'field-message', 'data-risk-message-for': lever.input, hidden: error === '' }, h('span', { class: 'field-error', id: `${key}-error`, role: 'alert' }, error)),
    );
  });
  // The sheet and the table as the workbook names them: in the model's language, whatever the pane's.
  const language = state.model!.language ?? 'sv';
  const hint = s.riskSdHint(UNCERTAINTY_TABLE.title[language], INPUT_SHEET_NAMES[UNCERTAINTY_TABLE.sheet][language]);
  return h('fieldset', { class: 'risk-levers' }, h('legend', {}, s.riskSettings), ...rows, h('p', { class: 'hint', id: 'risk-sd-hint' }, hint));
}

/** The card, when the model has an uncertainty block (a version 1 model has none). */
export function riskView(ctx: ViewContext): HTMLElement | null {
  const model = ctx.state.model;
  if (!model || model.uncertainty === undefined) return null;
  const name = scenarioDisplayName(model, ctx.state.selected);
  return section('risk', ctx.s.riskTitle(name), h('p', { class: 'hint' }, ctx.s.riskIntro), riskResults(ctx), levers(ctx));
}

/** Puts fresh figures into a drawn card, keeping the keyboard focus where it was. */
export function showRiskResults(root: HTMLElement, ctx: ViewContext): void {
  const old = root.querySelector<HTMLElement>(`[${RESULTS}]`);
  if (!old) return;
  const active = document.activeElement instanceof HTMLElement && old.contains(document.activeElement) ? document.activeElement.dataset.key : undefined;
  const next = riskResults(ctx);
  old.replaceWith(next);
  if (active) next.querySelector<HTMLElement>(`[data-key="${CSS.escape(active)}"]`)?.focus();
}

/** Shows or clears a lever's message in place, and on request its value the language's way. */
export function showRiskField(root: HTMLElement, ctx: ViewContext, input: RiskLeverInput, value?: string): void {
  const key = sdKey(input);
  const el = root.querySelector<HTMLInputElement>(`[data-key="${key}"]`);
  const line = root.querySelector<HTMLElement>(`[data-risk-message-for="${input}"]`);
  if (!el || !line) return;
  const text = sdErrorText(ctx, input);
  const message = line.querySelector<HTMLElement>('.field-error');
  if (message) message.textContent = text;
  line.hidden = text === '';
  if (text) el.setAttribute('aria-invalid', 'true');
  else el.removeAttribute('aria-invalid');
  if (value !== undefined && el.value !== value) el.value = value;
}
