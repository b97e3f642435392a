/**
 * Opening the pane: an empty workbook offers the example and the template, each of which writes a
 * workbook; a workbook with a model opens on it; Office's display language picks the language.
 */
import { idle, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { screenshot } from './support/artifacts';
import { sheetNames, snapshot, tableRows } from './support/workbook';

const browser = useBrowser();

const EXAMPLE_SHEETS_SV = ['Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur', 'Risk', 'Indata', 'Nämnder', 'Investeringar', 'Projekt', 'Befolkning', 'Scenarier'];

test('an empty workbook offers the example; creating it writes every sheet and opens the editor', async () => {
  const { page, dialogs, errors } = await openPane(browser());
  await page.waitForSelector('#app[data-phase="start"]');
  await expect(page.textContent('#start')).resolves.toContain('Kom igång');
  await screenshot(page, 'taskpane-start-sv');

  await page.click('[data-key="create-example"]');
  await page.waitForSelector('#app[data-phase="editor"]');
  await idle(page);

  expect(await sheetNames(page)).toEqual(['Sheet1', ...EXAMPLE_SHEETS_SV]);
  const settings = await tableRows(page, 'bsSettings');
  expect(settings.find((r) => r['Nyckel'] === 'name')?.['Värde']).toBe('Exempelkommun');
  expect((await tableRows(page, 'bsScenarios')).map((r) => r['Scenario'])).toEqual(['Enprocentaren', 'Halv uppräkning', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur']);
  const snap = await snapshot(page);
  expect(snap.customXmlParts.length).toBe(1);

  await expect(page.textContent('[data-test="notice"]')).resolves.toContain('Arbetsboken för Exempelkommun är skapad.');
  await expect(page.textContent('[data-test="model-summary"]')).resolves.toContain('Exempelkommun');
  await expect(page.locator('[data-test="scenario"]').allTextContents()).resolves.toEqual([
    'BasModellens egna värden',
    'Enprocentaren',
    'Halv uppräkning',
    'Full kompensation',
    'Intäktsstyrd ram',
    'Lågkonjunktur',
  ]);
  await screenshot(page, 'taskpane-sv');
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('the empty template writes a workbook with the name given', async () => {
  const { page } = await openPane(browser());
  await page.fill('#template-name', 'Norrby kommun');
  await page.click('[data-key="create-template"]');
  await page.waitForSelector('#app[data-phase="editor"]');
  await idle(page);
  const settings = await tableRows(page, 'bsSettings');
  expect(settings.find((r) => r['Nyckel'] === 'name')?.['Värde']).toBe('Norrby kommun');
  expect((await tableRows(page, 'bsCommittees')).map((r) => r['Namn'])).toEqual(['Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Socialnämnden']);
  expect(await sheetNames(page)).toEqual(['Sheet1', 'Jämförelse', 'Bas', 'Indata', 'Nämnder', 'Scenarier']);
  await page.close();
});

test('a workbook with a model opens on it, in English when Office is in English', async () => {
  const { page } = await openPane(browser(), {
    displayLanguage: 'en-US',
    prepare: 'const m = t.example(); m.language = "en"; await t.gateway.write(m);',
  });
  await page.waitForSelector('#app[data-phase="editor"]');
  await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
  await expect(page.textContent('#scenarios')).resolves.toContain('Base');
  await expect(page.textContent('[data-test="preview-table"]')).resolves.toMatch(/\d\.\d%/);
  await expect(page.textContent('[data-test="preview-room"]')).resolves.toBe('Room in 2030: 151.1\u00a0mnkr.');
  await screenshot(page, 'taskpane-en');

  await page.click('[data-key="lang-sv"]');
  await expect(page.getAttribute('html', 'lang')).resolves.toBe('sv');
  await expect(page.textContent('#scenarios')).resolves.toContain('Bas');
  await expect(page.textContent('[data-test="preview-table"]')).resolves.toMatch(/\d,\d\u00a0%/);
  await expect(page.textContent('[data-test="preview-room"]')).resolves.toBe('Utrymme 2030: 151,1\u00a0mnkr.');
  await page.close();

  // The choice is the user's and outlasts the pane: reopened under an English Office, it stays Swedish.
  const again = await openPane(browser(), {
    displayLanguage: 'en-US',
    prepare: 'const m = t.example(); m.language = "en"; await t.gateway.write(m);',
  });
  await again.page.waitForSelector('#app[data-phase="editor"]');
  await expect(again.page.getAttribute('html', 'lang')).resolves.toBe('sv');
  await again.page.evaluate(() => localStorage.removeItem('budgetsim.language'));
  await again.page.close();
});
