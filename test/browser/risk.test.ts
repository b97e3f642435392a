/**
 * The Risk card in the built pane: its figures are exactly what Node's analyseRisk gives for the
 * same model, runs and seed (computed in the risk worker, or on the pane's thread where workers
 * cannot start); its tax base lever moves the fan and reaches the workbook's uncertainty table on
 * write; a refused value says why; axe finds nothing serious in it.
 */
import { CHOICE_WORDS } from '../../src/workbook/input-tables';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { analyseRisk, RISK_DEFAULT_RUNS, RISK_DEFAULT_SEED, RiskResult } from '../../src/engine/risk';
import { exampleModel } from '../../src/examples';
import { withRiskSd } from '../../src/taskpane/risk/settings';
import { seriousViolations } from './support/axe';
import { idle, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { ARTIFACTS, screenshot } from './support/artifacts';
import { tableRows } from './support/workbook';

const browser = useBrowser();

const WITH_EXAMPLE = 'await t.gateway.write(t.example());';
const RESULTS = '#risk [data-risk-results]';

/** Waits for the card's answer after `answers` earlier ones and returns it as the pane holds it. */
async function answer(page: Page, answers = 0): Promise<RiskResult> {
  await page.waitForSelector(`${RESULTS}[data-state="ready"]:not([data-answers="${answers}"])`);
  const text = await page.getAttribute(RESULTS, 'data-result');
  return JSON.parse(text!);
}

async function answers(page: Page): Promise<number> {
  return Number(await page.getAttribute(RESULTS, 'data-answers'));
}

/** Node's analysis as the page receives it: through JSON, which keeps every double (only a zero's sign is lost). */
function node(model: ReturnType<typeof exampleModel>, scenario: string): RiskResult {
  return JSON.parse(JSON.stringify(analyseRisk(model, { runs: RISK_DEFAULT_RUNS, seed: RISK_DEFAULT_SEED, scenarios: [scenario] })));
}

/** The same analysis as Node's, every double: the engine draws with IEEE arithmetic only (src/engine/random.ts). */
function expectSameAnalysis(shown: RiskResult, expected: RiskResult): void {
  expect(shown).toEqual(expected);
}

const percent = (p: number) => new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(p);

/** A probability as the card words it: a whole percent, but never 100 % or 0 % unless every run or none. */
function words(p: number): string {
  if (p > 0.99 && p < 1) return `över ${percent(0.99)}`;
  if (p > 0 && p < 0.01) return `under ${percent(0.01)}`;
  return percent(p);
}

test('the card shows what Node’s analyseRisk gives for the same model, runs and seed, computed in the worker', async () => {
  const start = browser().requests.length;
  const { page, errors } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  const shown = await answer(page);
  const expected = node(exampleModel(), 'Base');
  expectSameAnalysis(shown, expected);
  expect(shown.runs).toBe(2000);
  expect(shown.seed).toBe(RISK_DEFAULT_SEED);
  // It came from the worker: its own file was loaded from the pane's origin.
  const own = browser().requests.slice(start).map((u) => new URL(u).pathname);
  expect(own.some((p) => /^\/risk-worker\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);

  // The probabilities the card shows, in words, are the analysis's.
  const base = expected.scenarios[0];
  await expect(page.textContent('[data-test="risk-target"]')).resolves.toBe(`Målet håller i ${words(base.pTargetMetAll)} av utfallen`);
  await expect(page.textContent('[data-test="risk-balance"]')).resolves.toBe(`Balanskravet håller i ${words(base.pBalanceMetAll)}`);
  const perYear = await page.locator('[data-test="risk-per-year"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ year: Number(tr.getAttribute('data-year')), target: tr.querySelector('[data-test="risk-p-target"]')!.textContent!, balance: tr.querySelector('[data-test="risk-p-balance"]')!.textContent! })),
  );
  expect(perYear.map((r) => r.year)).toEqual(base.years);
  // A year whose rolling window is incomplete shows in brackets and is not counted, as in the preview.
  expect(perYear.map((r) => r.target.replace(/^\((.*)\) räknas inte$/, '$1'))).toEqual(base.pTargetMet.map(words));
  expect(perYear.map((r) => r.balance)).toEqual(base.pBalanceMet.map(words));
  await expect(page.textContent('[data-test="risk-runs"]')).resolves.toMatch(/^2\s000 simulerade utfall, slumpfrö 1\./);
  // The tornado names the inputs in words, in the engine's order.
  const names = await page.locator('[data-test="risk-tornado"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-input')));
  expect(names).toEqual(base.tornado.map((b) => b.input));
  await expect(page.textContent('[data-test="risk-tornado"] li:first-child .tornado-name')).resolves.toMatch(/^[A-ZÅÄÖ][a-zåäö -]+$/);

  // Another scenario: its own analysis, on the same draws.
  const before = await answers(page);
  await page.locator('[data-test="scenario"]', { hasText: 'Lågkonjunktur' }).first().click();
  await page.waitForSelector('#risk-title:has-text("Lågkonjunktur")');
  expectSameAnalysis(await answer(page, before), node(exampleModel(), 'Lågkonjunktur'));
  await screenshot(page, 'taskpane-risk-sv');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.locator('#risk').screenshot({ path: join(ARTIFACTS, 'taskpane-risk-card-sv.png') });
  // Printed, the card keeps its chart, tornado and assumptions (a PDF is saved to look at).
  await page.emulateMedia({ media: 'print' });
  for (const part of ['[data-test="risk-fan-band"]', '[data-test="risk-fan-median"]', '[data-test="risk-tornado"]', '[data-key="risk-sd-taxBaseGrowth"]']) {
    await expect(page.isVisible(`#risk ${part}`)).resolves.toBe(true);
  }
  await page.pdf({ path: join(ARTIFACTS, 'taskpane-risk-sv.pdf'), width: '380px', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
  await page.close();
});

test('the tax base lever moves the fan, goes into the model and the workbook, and refuses a negative value', async () => {
  const { page, errors } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  const first = await answer(page);
  const band = await page.getAttribute('[data-test="risk-fan-band"]', 'points');
  const lever = '[data-key="risk-sd-taxBaseGrowth"]';
  await expect(page.inputValue(lever)).resolves.toBe('1');

  const seen = await answers(page);
  await page.fill(lever, '2');
  const wider = await answer(page, seen);
  expectSameAnalysis(wider, node(withRiskSd(exampleModel(), 'taxBaseGrowth', 0.02), 'Base'));
  const last = first.scenarios[0].years.length - 1;
  const spread = (r: RiskResult) => r.scenarios[0].rollingShare.p95[last] - r.scenarios[0].rollingShare.p5[last];
  expect(spread(wider)).toBeGreaterThan(spread(first));
  expect(await page.getAttribute('[data-test="risk-fan-band"]', 'points')).not.toBe(band);
  // Still in the field while the figures followed.
  await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).resolves.toBe('risk-sd-taxBaseGrowth');
  await page.press(lever, 'Tab');
  await expect(page.inputValue(lever)).resolves.toBe('2');
  await expect(page.textContent('[data-test="undo"]')).resolves.toBe('Ångra: osäkerhet för skatteunderlagets ökning');

  // A negative sd is refused in place; the figures stay those of the last accepted value.
  await page.fill(lever, '-1');
  await expect(page.textContent('#risk-sd-taxBaseGrowth-error')).resolves.toBe('Skriv 0 eller ett positivt tal, till exempel 0,5.');
  await expect(page.getAttribute(lever, 'aria-invalid')).resolves.toBe('true');
  await page.waitForSelector('[data-test="risk-stale"]');
  expect(JSON.parse((await page.getAttribute(RESULTS, 'data-result'))!)).toEqual(wider);
  await page.fill(lever, '2');
  await expect(page.isHidden('#risk-sd-taxBaseGrowth-error')).resolves.toBe(true);
  await page.press(lever, 'Tab');

  await page.click('[data-key="write"]');
  await idle(page);
  const rows = await tableRows(page, 'bsUncertainty');
  const sds = Object.fromEntries(rows.map((r) => [String(r['Indata']), r['Standardavvikelse']]));
  // The table names each input in the sheet's words (input-tables.ts CHOICE_WORDS).
  const sv = (key: string) => CHOICE_WORDS[key].sv;
  expect(sds).toEqual({
    [sv('taxBaseGrowth')]: 0.02,
    [sv('wageIndex')]: 0.005,
    [sv('priceIndex')]: 0.007,
    [sv('grants')]: 0.01,
    [sv('interestRate')]: 0.005,
    [sv('deviation')]: 0.005,
  });

  // Undo brings the model's value back into the field and the figures.
  const written = await answers(page);
  await page.click('[data-key="undo"]');
  await expect(page.inputValue(lever)).resolves.toBe('1');
  expect(await answer(page, written)).toEqual(first);
  expect(errors).toEqual([]);
  await page.close();
});

test('where no worker can start, the pane computes the same figures itself, to the last bit', async () => {
  const { page: withWorker } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  const fromWorker = await answer(withWorker);
  await withWorker.close();
  const start = browser().requests.length;
  const { page, errors } = await openPane(browser(), { prepare: `delete globalThis.Worker; ${WITH_EXAMPLE}` });
  const fromPane = await answer(page);
  const own = browser().requests.slice(start).map((u) => new URL(u).pathname);
  expect(own.some((p) => p.startsWith('/risk-worker.'))).toBe(false);
  // The same browser's Math on both threads: identical, every double.
  expect(fromPane).toEqual(fromWorker);
  expectSameAnalysis(fromPane, node(exampleModel(), 'Base'));
  expect(errors).toEqual([]);
  await page.close();
});

/**
 * Same seed, same doubles in Node and in the browser: the engine's normal draws use only +, −, ×, ÷,
 * sqrt and its own logarithm, never Math.log, Math.sin or Math.cos, whose last bit Chromium and Node
 * round differently for a few per cent of arguments.
 */
test('the card’s answer equals Node’s bit for bit', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  const shown = await answer(page);
  await page.close();
  expect(shown).toEqual(node(exampleModel(), 'Base'));
});

test('an English pane on a Swedish model names the sheet and table as the workbook does', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE, displayLanguage: 'en-US' });
  await answer(page);
  // The example is Swedish, so its workbook has the table Osäkerhet (riskanalys) on the sheet Indata.
  await expect(page.textContent('#risk-sd-hint')).resolves.toContain('in the table Osäkerhet (riskanalys) on the Indata sheet');
  await page.close();
});

test('a model without an uncertainty block has no Risk card', async () => {
  const { page } = await openPane(browser(), { prepare: 'const m = t.example(); delete m.uncertainty; await t.gateway.write(m);' });
  await page.waitForSelector('[data-test="preview-table"]');
  await expect(page.locator('#risk').count()).resolves.toBe(0);
  await page.close();
});

test.each(['sv-SE', 'en-US'])('axe finds nothing serious in the Risk card (%s)', async (displayLanguage) => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE, displayLanguage });
  await answer(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.fill('[data-key="risk-sd-wageIndex"]', 'x');
  await page.waitForSelector('[data-test="risk-stale"]');
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});
