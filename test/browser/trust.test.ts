/**
 * What a finance officer needs to trust the pane: an invalid field stops the write and marks the
 * preview stale; the solver, the summary and the table judge the target by one rule; undo;
 * comparing any two scenarios; a "changed since the last write" mark; explanations reachable by
 * keyboard; the same values for later years; revenue-driven frames that say what does not apply.
 */
import { Page } from 'playwright-core';
import { runScenario } from '../../src/engine/run';
import { exampleModel } from '../../src/examples';
import { scenarioAt } from '../../src/taskpane/model/levers';
import { idle, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { screenshot } from './support/artifacts';
import { stats, tableRows } from './support/workbook';

const browser = useBrowser();

const WITH_EXAMPLE = 'await t.gateway.write(t.example());';

async function select(page: Page, name: string): Promise<void> {
  await page.locator('[data-test="scenario"]', { hasText: name }).first().click();
  await page.waitForSelector(`#levers-title:has-text("${name}")`);
}

const percentNumber = (text: string) => Number(text.replace(/[^\d,.\u2212-]/g, '').replace(',', '.').replace('\u2212', '-'));

test('a field with an error stops the write and the preview says it shows the last accepted values', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await select(page, 'Enprocentaren');
  await page.fill('[data-key="year:2027:efficiency"]', '2,5');
  await page.fill('[data-key="year:2027:efficiency"]', '2,5x');
  await expect(page.isVisible('[data-test="stale"]')).resolves.toBe(true);
  await expect(page.getAttribute('[data-key="write"]', 'aria-disabled')).resolves.toBe('true');
  await expect(page.textContent('[data-test="write-blocked"]')).resolves.toBe('Rätta fälten med fel innan du skriver till arbetsboken.');
  const syncs = (await stats(page)).syncs;
  await page.click('[data-key="write"]', { force: true });
  await page.keyboard.press('Enter');
  await idle(page);
  // Nothing reached the workbook: no sync, and the scenario's 2027 row is as the example has it.
  expect((await stats(page)).syncs).toBe(syncs);
  const rows = (await tableRows(page, 'bsScenarioYears')).filter((r) => r['Scenario'] === 'Enprocentaren');
  expect(rows.some((r) => r['År'] === 2027 && r['Effektiviseringskrav'] === 0.025)).toBe(false);
  await screenshot(page, 'trust-invalid-field-sv');

  await page.fill('[data-key="year:2027:efficiency"]', '2,5');
  await page.press('[data-key="year:2027:efficiency"]', 'Tab');
  await expect(page.isVisible('[data-test="stale"]')).resolves.toBe(false);
  await page.click('[data-key="write"]');
  await idle(page);
  const written = (await tableRows(page, 'bsScenarioYears')).filter((r) => r['Scenario'] === 'Enprocentaren');
  expect(written).toContainEqual(expect.objectContaining({ År: 2027, Effektiviseringskrav: 0.025 }));
  await page.close();
});

test('the solver, the summary and the table agree: only years with a complete window count', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await select(page, 'Enprocentaren');
  await page.click('[data-key="solve"]');
  const message = (await page.textContent('[data-test="solve-result"]'))!;
  const summary = (await page.textContent('[data-test="preview-summary"]'))!;
  const rows = await page.locator('[data-test="preview-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      year: Number(tr.getAttribute('data-year')),
      counted: tr.getAttribute('data-counted') === 'true',
      rolling: tr.querySelector('[data-test="rolling-share"]')!.textContent!,
      met: tr.querySelector('[data-test="target-met"]')!.textContent!,
    })),
  );
  const counted = rows.filter((r) => r.counted);
  const uncounted = rows.filter((r) => !r.counted);
  expect(counted.length).toBeGreaterThan(0);
  // The solver promises the target in the counted years; each of them reads Ja.
  expect(counted.every((r) => r.met.includes('Ja'))).toBe(true);
  const range = counted.length === 1 ? String(counted[0].year) : `${counted[0].year}–${counted[counted.length - 1].year}`;
  if (uncounted.length) {
    expect(message).toContain(`når målet alla år med fullständig period (${range})`);
    expect(summary).toContain(`Målet nås alla år med fullständig period (${range}).`);
    expect(summary).toContain('räknas inte');
    // An uncounted year shows its outcome in brackets, marked as not counted, never a bare "✗ Nej".
    for (const r of uncounted) {
      expect(r.rolling.endsWith('*')).toBe(true);
      expect(r.met).toMatch(/^\((Ja|Nej)\) räknas inte$/);
    }
  } else {
    expect(message).toContain('når målet alla 4 år');
    expect(summary).toBe('Målet nås alla 4 år.');
  }
  // A counted "Nej" never shows a rolling share that reads as the target or above it.
  const target = percentNumber((await page.inputValue('#lever-target')) + '%');
  for (const r of rows.filter((x) => x.counted && x.met.includes('Nej'))) expect(percentNumber(r.rolling)).toBeLessThan(target);
  await screenshot(page, 'trust-solver-sv');
  await page.close();
});

test('undo takes back the solver’s answer and then a typed lever, naming each', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await select(page, 'Halv uppräkning');
  const original = await page.inputValue('[data-key="year:2028:efficiency"]');
  await page.fill('[data-key="year:2028:efficiency"]', '3');
  await page.press('[data-key="year:2028:efficiency"]', 'Tab');
  await page.click('[data-key="solve"]');
  const solved = await page.inputValue('[data-key="year:2028:efficiency"]');
  expect(solved).not.toBe('3');
  await expect(page.textContent('[data-key="undo"]')).resolves.toBe('Ångra: lösarens krav i Halv uppräkning');
  await page.click('[data-key="undo"]');
  await expect(page.inputValue('[data-key="year:2028:efficiency"]')).resolves.toBe('3');
  await expect(page.textContent('[data-test="notice"]')).resolves.toContain('Ångrat: lösarens krav i Halv uppräkning.');
  await expect(page.textContent('[data-key="undo"]')).resolves.toBe('Ångra: Effektiviseringskrav 2028 i Halv uppräkning');
  await page.click('[data-key="undo"]');
  await expect(page.inputValue('[data-key="year:2028:efficiency"]')).resolves.toBe(original);
  await expect(page.isVisible('[data-key="undo"]')).resolves.toBe(false);
  await page.close();
});

test('any two scenarios compare year by year, A minus B, as the engine computes them', async () => {
  const model = exampleModel();
  const a = model.scenarios.findIndex((s) => s.name === 'Full kompensation') + 1;
  const b = model.scenarios.findIndex((s) => s.name === 'Enprocentaren') + 1;
  const ra = runScenario(model, scenarioAt(model, a));
  const rb = runScenario(model, scenarioAt(model, b));
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await page.selectOption('[data-key="compare-a"]', String(a));
  await page.selectOption('[data-key="compare-b"]', String(b));
  await expect(page.textContent('#compare .hint')).resolves.toBe('Skillnad Full kompensation minus Enprocentaren, per år.');
  const shown = await page.locator('[data-test="compare-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('[data-test="diff-result"]')!.textContent!, tr.querySelector('[data-test="diff-rolling"]')!.textContent!]),
  );
  const fmt = (v: number, d: number) => {
    const text = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(Math.abs(v) < 0.5 * 10 ** -d ? 0 : v);
    return v > 0 && !text.startsWith('+') ? `+${text}` : text;
  };
  expect(shown).toEqual(ra.years.map((_, t) => [fmt(ra.result[t] - rb.result[t], 1), fmt((ra.rollingShare[t] - rb.rollingShare[t]) * 100, 2)]));
  await page.selectOption('[data-key="compare-b"]', String(a));
  await expect(page.textContent('[data-test="compare-same"]')).resolves.toBe('Välj två olika scenarier.');
  await page.close();
});

test('a changed scenario is marked until it is written', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await expect(page.locator('[data-test="changed-mark"]').count()).resolves.toBe(0);
  await select(page, 'Enprocentaren');
  await page.fill('#lever-target', '2');
  await page.press('#lever-target', 'Tab');
  const marked = await page.locator('[data-test="scenario"]:has([data-test="changed-mark"])').allTextContents();
  expect(marked).toEqual([expect.stringContaining('Enprocentaren')]);
  await expect(page.textContent('[data-test="changed-since"]')).resolves.toBe('Ändrat sedan senaste skrivning: Enprocentaren.');
  await page.click('[data-key="write"]');
  await idle(page);
  await expect(page.locator('[data-test="changed-mark"]').count()).resolves.toBe(0);
  await page.close();
});

test('each figure’s explanation opens from the keyboard', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  for (const [key, starts] of [
    ['room', 'Utrymme:'],
    ['rolling', 'Rullande:'],
    ['incomplete', '*:'],
    ['implied', 'Krav i belopp:'],
  ] as const) {
    await page.focus(`[data-key="info-${key}"]`);
    await page.keyboard.press('Enter');
    await expect(page.getAttribute(`[data-key="info-${key}"]`, 'aria-expanded')).resolves.toBe('true');
    await expect(page.textContent(`[data-test="info-${key}"]`)).resolves.toMatch(new RegExp(`^${starts.replace('*', '\\*')}`));
    // The focus stays on the button, so Enter closes it again.
    await page.keyboard.press('Enter');
    await expect(page.isVisible(`[data-test="info-${key}"]`)).resolves.toBe(false);
  }
  await page.close();
});

test('"same values for later years" and a tax rate that carries on', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await select(page, 'Enprocentaren');
  await page.fill('[data-key="year:2028:taxRate"]', '22');
  await page.press('[data-key="year:2028:taxRate"]', 'Tab');
  const rates = () => page.locator('[data-test="levers"] [data-key$=":taxRate"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await expect(rates()).resolves.toEqual(['21,45', '22', '22', '22']);
  await page.fill('[data-key="year:2029:taxRate"]', '');
  await page.press('[data-key="year:2029:taxRate"]', 'Tab');
  await expect(rates()).resolves.toEqual(['21,45', '22', '22', '22']);

  await page.fill('[data-key="year:2028:efficiency"]', '1,5');
  await page.press('[data-key="year:2028:efficiency"]', 'Tab');
  await page.click('[data-key="same-later-2028"]');
  const efficiency = await page.locator('[data-test="levers"] [data-key$=":efficiency"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(efficiency).toEqual(['1', '1,5', '1,5', '1,5']);
  await expect(page.textContent('[data-test="notice"]')).resolves.toContain('Värdena för 2028 gäller nu även 2029–2030.');
  await page.close();
});

test('a fraction typed into a % field is taken as percent, and the pane says what it means', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await page.fill('[data-key="year:2027:efficiency"]', '0,015');
  await page.press('[data-key="year:2027:efficiency"]', 'Tab');
  await expect(page.textContent('[data-note-for="year:2027:efficiency"]')).resolves.toBe('0,015 betyder 0,015 %. Menade du 1,5 %? Skriv procent, till exempel 1,5 för 1,5 %.');
  await page.close();
});

test('revenue-driven frames: the fields that do not apply are read-only, and the solver asks before switching', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await select(page, 'Intäktsstyrd ram');
  await expect(page.getAttribute('[data-key="year:2027:efficiency"]', 'readonly')).resolves.toBe('');
  await expect(page.getAttribute('[data-key="year:2027:compensation"]', 'readonly')).resolves.toBe('');
  await expect(page.getAttribute('[data-key="year:2027:taxRate"]', 'readonly')).resolves.toBeNull();
  await page.click('[data-key="solve"]');
  await expect(page.isVisible('[data-test="solve-confirm"]')).resolves.toBe(true);
  await page.click('[data-key="solve-cancel"]');
  await expect(page.isChecked('#frame-mode-revenue')).resolves.toBe(true);
  await page.click('[data-key="solve"]');
  await page.click('[data-key="solve-confirm"]');
  await expect(page.isChecked('#frame-mode-uplift')).resolves.toBe(true);
  await expect(page.textContent('[data-test="solve-result"]')).resolves.toContain('Ramarna räknas nu med uppräkning och krav');
  await page.close();
});

test('messages stay current, the base says why it cannot be renamed, a changed sheet name is said, and the pane can start over', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await expect(page.textContent('[data-test="base-locked"]')).resolves.toContain('kan inte byta namn eller tas bort');
  await expect(page.getAttribute('[data-key="scenario-rename"]', 'aria-describedby')).resolves.toBe('base-locked');
  await page.click('[data-key="scenario-duplicate"]');
  await expect(page.textContent('[data-test="notice"]')).resolves.toContain('Scenariot ”Kopia av Bas” är tillagt.');
  await page.click('[data-key="scenario-rename"]');
  await page.fill('#form-name', 'Alt [1]: 2027/28?*');
  await page.press('#form-name', 'Enter');
  const notice = (await page.textContent('[data-test="notice"]'))!;
  expect(notice).not.toContain('tillagt');
  expect(notice).toContain('”Kopia av Bas” heter nu ”Alt [1]: 2027/28?*”.');
  expect(notice).toContain('heter ”Alt -1-- 2027-28--”');

  await page.click('[data-key="restart"]');
  await page.click('[data-key="restart-go"]');
  await page.waitForSelector('#app[data-phase="start"]');
  await page.click('[data-key="create-example"]');
  await page.waitForSelector('#app[data-phase="editor"]');
  await idle(page);
  await expect(page.locator('[data-test="scenario"]').allTextContents()).resolves.not.toContainEqual(expect.stringContaining('Alt'));
  await page.close();
});
