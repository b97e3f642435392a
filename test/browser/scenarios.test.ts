/** Adding, duplicating, renaming and deleting scenarios, then writing them into the workbook. */
import { Page } from 'playwright-core';
import { idle, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { sheetNames, tableRows } from './support/workbook';

const browser = useBrowser();

const WITH_EXAMPLE = 'await t.gateway.write(t.example());';

async function scenarioNames(page: Page): Promise<string[]> {
  return page.locator('[data-test="scenario"] .scenario-name').allTextContents();
}

async function selectedName(page: Page): Promise<string> {
  return (await page.locator('[data-test="scenario"]:has(input:checked) .scenario-name').textContent()) ?? '';
}

async function select(page: Page, name: string): Promise<void> {
  await page.locator('[data-test="scenario"]', { hasText: name }).first().click();
  await expect(selectedName(page)).resolves.toBe(name);
}

test('scenarios are added, duplicated, renamed and deleted, and the workbook gets exactly those', async () => {
  const { page, dialogs } = await openPane(browser(), { prepare: WITH_EXAMPLE });

  // Add: the form proposes a free name; the new scenario is selected.
  await page.click('[data-key="scenario-add"]');
  await expect(page.inputValue('#form-name')).resolves.toBe('Nytt scenario');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('form-name');
  await page.fill('#form-name', 'Sparpaket');
  await page.click('[data-key="form-save"]');
  await expect(selectedName(page)).resolves.toBe('Sparpaket');
  await expect(page.textContent('[data-test="notice"]')).resolves.toContain('Scenariot ”Sparpaket” är tillagt.');

  // A taken name is refused with a message, and nothing is added.
  await page.click('[data-key="scenario-add"]');
  await page.fill('#form-name', 'enprocentaren');
  await page.press('#form-name', 'Enter');
  await expect(page.textContent('#form-name-error')).resolves.toBe('Det finns redan ett scenario med det namnet.');
  await expect(page.getAttribute('#form-name', 'aria-invalid')).resolves.toBe('true');
  await page.click('[data-key="form-cancel"]');
  expect(await scenarioNames(page)).toEqual(['Bas', 'Enprocentaren', 'Halv uppräkning', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur', 'Sparpaket']);

  // Duplicate: the copy follows its original and is selected.
  await select(page, 'Enprocentaren');
  await page.click('[data-key="scenario-duplicate"]');
  await expect(selectedName(page)).resolves.toBe('Kopia av Enprocentaren');

  // Rename the copy.
  await page.click('[data-key="scenario-rename"]');
  await expect(page.inputValue('#form-name')).resolves.toBe('Kopia av Enprocentaren');
  await page.fill('#form-name', 'Enprocentaren 2027');
  await page.press('#form-name', 'Enter');
  await expect(selectedName(page)).resolves.toBe('Enprocentaren 2027');

  // Delete asks first; cancelling keeps it.
  await select(page, 'Halv uppräkning');
  await page.click('[data-key="scenario-remove"]');
  await expect(page.textContent('[data-test="remove-form"]')).resolves.toContain('Ta bort scenariot ”Halv uppräkning”?');
  await page.click('[data-key="form-cancel"]');
  expect(await scenarioNames(page)).toContain('Halv uppräkning');
  await page.click('[data-key="scenario-remove"]');
  await page.click('[data-key="form-confirm"]');
  expect(await scenarioNames(page)).toEqual(['Bas', 'Enprocentaren', 'Enprocentaren 2027', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur', 'Sparpaket']);

  // The base can be neither renamed nor deleted, and says why (the buttons stay focusable to be read).
  await select(page, 'Bas');
  await expect(page.getAttribute('[data-key="scenario-rename"]', 'aria-disabled')).resolves.toBe('true');
  await expect(page.getAttribute('[data-key="scenario-remove"]', 'aria-disabled')).resolves.toBe('true');
  await expect(page.getAttribute('[data-key="scenario-remove"]', 'aria-describedby')).resolves.toBe('base-locked');
  await page.click('[data-key="scenario-remove"]', { force: true });
  await expect(page.isVisible('[data-test="remove-form"]')).resolves.toBe(false);

  // Nothing reached the workbook yet.
  expect((await tableRows(page, 'bsScenarios')).map((r) => r['Scenario'])).toEqual(['Enprocentaren', 'Halv uppräkning', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur']);
  await expect(page.isVisible('[data-test="unsaved"]')).resolves.toBe(true);

  await page.click('[data-key="write"]');
  await idle(page);
  await expect(page.textContent('[data-test="notice"]')).resolves.toContain('Klart.');
  await expect(page.isVisible('[data-test="unsaved"]')).resolves.toBe(false);

  const rows = await tableRows(page, 'bsScenarios');
  expect(rows.map((r) => r['Scenario'])).toEqual(['Enprocentaren', 'Enprocentaren 2027', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur', 'Sparpaket']);
  const copy = rows.find((r) => r['Scenario'] === 'Enprocentaren 2027')!;
  expect(copy['Effektiviseringskrav alla år']).toBe(0.01);
  expect(copy['Kompensationsgrad alla år']).toBe(1);
  const added = rows.find((r) => r['Scenario'] === 'Sparpaket')!;
  expect(added['Effektiviseringskrav alla år']).toBeUndefined();

  const sheets = await sheetNames(page);
  expect(sheets).toEqual(expect.arrayContaining(['Enprocentaren 2027', 'Sparpaket']));
  expect(sheets).not.toContain('Halv uppräkning');
  expect(dialogs).toEqual([]);
  await page.close();
});

test('reading from the workbook asks first when the pane has changes not yet written', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await page.click('[data-key="scenario-add"]');
  await page.press('#form-name', 'Enter');
  expect(await scenarioNames(page)).toContain('Nytt scenario');

  await page.click('[data-key="read"]');
  await expect(page.textContent('[data-test="read-confirm"]')).resolves.toContain('ersätts de av det som står i bladen');
  await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).resolves.toBe('read-anyway');
  await page.click('[data-key="read-cancel"]');
  expect(await scenarioNames(page)).toContain('Nytt scenario');

  await page.click('[data-key="read"]');
  await page.click('[data-key="read-anyway"]');
  await idle(page);
  expect(await scenarioNames(page)).not.toContain('Nytt scenario');
  await expect(page.textContent('#workbook [data-test="notice"]')).resolves.toContain('Modellen är inläst från arbetsbokens tabeller.');

  // Without changes it reads at once.
  await page.click('[data-key="read"]');
  await idle(page);
  await expect(page.isVisible('[data-test="read-confirm"]')).resolves.toBe(false);
  await page.close();
});
