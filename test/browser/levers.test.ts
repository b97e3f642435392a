/**
 * Editing a scenario's levers: the preview follows each keystroke, refused values say why, and a
 * write puts the levers into the workbook's scenario tables. The solver's answer goes into the
 * scenario and into the workbook as a plain value.
 */
import { solveEfficiency } from '../../src/engine/solver';
import { exampleModel } from '../../src/examples';
import { Page } from 'playwright-core';
import { idle, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { screenshot } from './support/artifacts';
import { snapshot, tableRows } from './support/workbook';

const browser = useBrowser();

const WITH_EXAMPLE = 'await t.gateway.write(t.example());';

function cellText(page: Page, year: number, column: string): Promise<string | null> {
  return page.textContent(`[data-test="preview-table"] tr[data-year="${year}"] [data-test="${column}"]`);
}

async function select(page: Page, name: string): Promise<void> {
  await page.locator('[data-test="scenario"]', { hasText: name }).first().click();
  await page.waitForSelector(`#levers-title:has-text("${name}")`);
}

test('levers change the preview at once and reach the workbook on write', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await select(page, 'Enprocentaren');

  const before = await cellText(page, 2028, 'result-share');
  await page.fill('[data-key="year:2028:efficiency"]', '2,5');
  // Still in the field: the preview has already followed.
  await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).resolves.toBe('year:2028:efficiency');
  const after = await cellText(page, 2028, 'result-share');
  expect(after).not.toBe(before);
  await page.press('[data-key="year:2028:efficiency"]', 'Tab');
  await expect(page.inputValue('[data-key="year:2028:efficiency"]')).resolves.toBe('2,5');

  // A refused value says why and leaves the preview alone.
  const room = await cellText(page, 2027, 'room');
  await page.fill('[data-key="year:2027:compensation"]', '120');
  await expect(page.textContent('[data-error-for="year:2027:compensation"]')).resolves.toBe('Kompensationsgraden ska ligga mellan 0 % och 100 %.');
  await expect(page.getAttribute('[data-key="year:2027:compensation"]', 'aria-invalid')).resolves.toBe('true');
  expect(await cellText(page, 2027, 'room')).toBe(room);
  await page.fill('[data-key="year:2027:compensation"]', 'mycket');
  await expect(page.textContent('[data-error-for="year:2027:compensation"]')).resolves.toBe('Skriv ett tal, till exempel 1,5.');
  await page.fill('[data-key="year:2027:compensation"]', '75');
  await expect(page.isHidden('[data-error-for="year:2027:compensation"]')).resolves.toBe(true);
  expect(await cellText(page, 2027, 'room')).not.toBe(room);

  await page.fill('[data-key="year:2029:taxRate"]', '22.1');
  await page.press('[data-key="year:2029:taxRate"]', 'Enter');
  await expect(page.inputValue('[data-key="year:2029:taxRate"]')).resolves.toBe('22,1');
  await page.fill('#lever-target', '2');
  await page.press('#lever-target', 'Tab');

  await select(page, 'Full kompensation');
  await page.check('#frame-mode-revenue');
  await expect(page.isVisible('text=Intäktsstyrda ramar följer intäkterna')).resolves.toBe(true);

  await page.click('[data-key="write"]');
  await idle(page);

  const scenarios = await tableRows(page, 'bsScenarios');
  expect(scenarios.find((r) => r['Scenario'] === 'Enprocentaren')!['Resultatmål']).toBe(0.02);
  // A choice is written as its Swedish word (input-tables.ts CHOICE_WORDS).
  expect(scenarios.find((r) => r['Scenario'] === 'Full kompensation')!['Ramstyrning']).toBe('Intäktsstyrd');
  const years = (await tableRows(page, 'bsScenarioYears')).filter((r) => r['Scenario'] === 'Enprocentaren');
  expect(years).toEqual([
    expect.objectContaining({ År: 2027, Kompensationsgrad: 0.75 }),
    expect.objectContaining({ År: 2028, Effektiviseringskrav: 0.025 }),
    expect.objectContaining({ År: 2029, Skattesats: 22.1 }),
    // A tax rate holds until changed: 2030 had 2029's old rate, so it follows.
    expect.objectContaining({ År: 2030, Skattesats: 22.1 }),
  ]);
  await page.close();
});

test('the base scenario’s levers are the model’s own year rows', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await page.fill('[data-key="year:2030:efficiency"]', '1,5');
  await page.press('[data-key="year:2030:efficiency"]', 'Tab');
  await page.click('[data-key="write"]');
  await idle(page);
  const years = await tableRows(page, 'bsYears');
  expect(years.map((y) => y['Effektiviseringskrav'])).toEqual([0.01, 0.01, 0.01, 0.015]);
  await page.close();
});

test('the solver puts the requirement that meets the target into the scenario and the workbook', async () => {
  const model = exampleModel();
  const scenario = model.scenarios.find((s) => s.name === 'Full kompensation')!;
  const expected = solveEfficiency(model, scenario).efficiency!;
  expect(expected).not.toBeNull();

  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await select(page, 'Full kompensation');
  await expect(page.textContent('[data-test="preview-summary"]')).resolves.toMatch(/^Målet nås (\d av 4 år\.|\d av \d år med fullständig period \(2027–20\d\d\)\. .*räknas inte\.)$/);
  await page.click('[data-key="solve"]');
  const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(expected);
  await expect(page.textContent('[data-test="solve-result"]')).resolves.toContain(`Ett krav på ${percent} per år når målet`);
  const shown = await page.locator('[data-test="levers"] [data-key$=":efficiency"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const input = new Intl.NumberFormat('sv-SE', { useGrouping: false, maximumFractionDigits: 2 }).format(expected * 100);
  expect(shown).toEqual([input, input, input, input]);
  // Every year whose rolling window is complete (no *) now meets the target, as the solver promises.
  const rows = await page.locator('[data-test="preview-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ rolling: tr.querySelector('[data-test="rolling-share"]')!.textContent!, met: tr.querySelector('[data-test="target-met"]')!.textContent! })),
  );
  const complete = rows.filter((r) => !r.rolling.endsWith('*'));
  expect(complete.length).toBeGreaterThan(0);
  expect(complete.every((r) => r.met.includes('Ja'))).toBe(true);
  await expect(page.textContent('[data-test="preview-summary"]')).resolves.toMatch(/^Målet nås (alla 4 år\.|alla år med fullständig period \(2027–20\d\d\)\..*)$/);

  await screenshot(page, 'taskpane-solved-sv');
  await page.click('[data-key="write"]');
  await idle(page);
  const row = (await tableRows(page, 'bsScenarios')).find((r) => r['Scenario'] === 'Full kompensation')!;
  expect(row['Effektiviseringskrav alla år']).toBeCloseTo(expected, 12);
  // The answer stands on the scenario's sheet as a plain value, not a formula.
  const sheet = (await snapshot(page)).sheets.find((s) => s.name === 'Full kompensation')!;
  const plain = Object.values(sheet.cells).filter((c) => c.formula === undefined && typeof c.value === 'number' && Math.abs(c.value - expected) < 1e-12);
  expect(plain.length).toBeGreaterThan(0);
  await page.close();
});
