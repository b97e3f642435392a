/**
 * User text is text: committee, scenario and municipality names that look like HTML are shown as
 * typed and written as typed, and nothing in them runs. The pane asks nothing of the network but
 * Office.js itself.
 */
import { idle, OFFICE_JS, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { tableRows } from './support/workbook';

const browser = useBrowser();

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

const HOSTILE = `
  const m = t.example();
  m.name = '<b onmouseover=alert(3)>Exempelkommun</b>';
  m.committees[0].name = ${JSON.stringify(IMG)};
  m.scenarios[0].name = ${JSON.stringify(SCRIPT)};
  await t.gateway.write(m);
`;

test('names that look like HTML show as text, are written as text, and open no dialog', async () => {
  const { page, dialogs, errors } = await openPane(browser(), { prepare: HOSTILE });
  await page.waitForSelector('#app[data-phase="editor"]');

  const committees = await page.locator('[data-test="committee-name"]').allTextContents();
  expect(committees[0]).toBe(IMG);
  await expect(page.textContent('.municipality')).resolves.toBe('<b onmouseover=alert(3)>Exempelkommun</b>');
  await expect(page.locator('[data-test="scenario"] .scenario-name').nth(1).textContent()).resolves.toBe(SCRIPT);

  // A scenario named like markup, typed into the pane.
  await page.click('[data-key="scenario-add"]');
  await page.fill('#form-name', IMG);
  await page.press('#form-name', 'Enter');
  await expect(page.textContent('#levers-title')).resolves.toBe(`Styrmedel – ${IMG}`);
  await page.locator('[data-test="scenario"]', { hasText: SCRIPT }).click();
  await page.click('[data-key="scenario-rename"]');
  await expect(page.inputValue('#form-name')).resolves.toBe(SCRIPT);
  await page.click('[data-key="form-cancel"]');

  await page.hover('.municipality');
  await page.click('[data-key="write"]');
  await idle(page);

  // No element came from the names: no images, scripts or bold text inside the pane.
  await expect(page.locator('#app img, #app script, #app b').count()).resolves.toBe(0);
  const names = (await tableRows(page, 'bsScenarios')).map((r) => r['Scenario']);
  expect(names).toContain(IMG);
  expect(names).toContain(SCRIPT);
  expect((await tableRows(page, 'bsCommittees'))[0]['Namn']).toBe(IMG);

  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('the pane makes no requests but its own files and Office.js', async () => {
  const start = browser().requests.length;
  const { page } = await openPane(browser(), { prepare: 'await t.gateway.write(t.example());' });
  await page.click('[data-key="solve"]');
  await page.click('[data-key="write"]');
  await idle(page);
  await page.click('[data-key="lang-en"]');
  await page.waitForTimeout(300);
  const urls = browser().requests.slice(start);
  const foreign = urls.filter((u) => u !== OFFICE_JS && !u.startsWith(browser().server.url + '/'));
  expect(foreign).toEqual([]);
  expect(urls).toContain(OFFICE_JS);
  const own = urls.filter((u) => u.startsWith(browser().server.url + '/')).map((u) => new URL(u).pathname);
  expect(own.every((p) => /^\/(taskpane\.html|taskpane\.[0-9a-f]{8}\.js|risk-worker\.[0-9a-f]{8}\.js|assets\/icon-32\.png)$/.test(p))).toBe(true);
  await page.close();
});
