/**
 * A workbook whose input tables were edited into something the model refuses: the pane lists every
 * problem with its place, clicking one selects the offending cell, and once fixed the model is read.
 */
import { idle, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { screenshot } from './support/artifacts';
import { snapshot } from './support/workbook';

const browser = useBrowser();

/**
 * The example written, its stored copy removed (as in a workbook from before the add-in kept one),
 * and two cells typed over: a labour share of 150 % and text where a frame belongs.
 */
const BROKEN = `
  await t.gateway.write(t.example());
  await t.Excel.run(async (ctx) => {
    const parts = ctx.workbook.customXmlParts;
    parts.load('items');
    await ctx.sync();
    parts.items.forEach((p) => p.delete());
    await ctx.sync();
  });
  const table = t.host.tables().find((x) => x.name === 'bsCommittees');
  const [first] = table.address.split('!')[1].split(':');
  const col = first.match(/[A-Z]+/)[0].charCodeAt(0) - 65;
  const row = Number(first.match(/\\d+/)[0]);
  const cell = (header, dataRow) => String.fromCharCode(65 + col + table.headers.indexOf(header)) + (row + dataRow);
  window.brokenCells = { labour: cell('Personalkostnadsandel', 2), frame: cell('Ram basåret', 4) };
  t.host.sheet('Nämnder').setValues(window.brokenCells.labour, [[1.5]]);
  t.host.sheet('Nämnder').setValues(window.brokenCells.frame, [['mycket']]);
`;

test('problems are listed with their places; a click selects the cell; fixed, the model is read', async () => {
  const { page, dialogs } = await openPane(browser(), { prepare: BROKEN });
  await page.waitForSelector('#app[data-phase="start"]');
  const cells = await page.evaluate(() => (window as unknown as { brokenCells: { labour: string; frame: string } }).brokenCells);

  await expect(page.textContent('#problems-title')).resolves.toBe('2 saker att rätta i arbetsboken');
  const items = page.locator('[data-test="problems"] li');
  await expect(items.count()).resolves.toBe(2);
  const texts = await items.allTextContents();
  const labour = texts.find((t) => t.includes(`Nämnder!${cells.labour}`))!;
  expect(labour).toContain('rad 2');
  expect(labour).toContain('kolumn Personalkostnadsandel');
  expect(labour).toContain('Personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,5');
  const frame = texts.find((t) => t.includes(`Nämnder!${cells.frame}`))!;
  expect(frame).toContain('Nämndens ram måste vara ett tal, men är "mycket"');
  for (const t of texts) expect(t).not.toMatch(/must be|got/);
  await expect(page.locator('[data-test="problems"] [lang="en"]').count()).resolves.toBe(0);
  await screenshot(page, 'taskpane-problems-sv');

  await page.locator('[data-test="problems"] button', { hasText: `Nämnder!${cells.labour}` }).click();
  await page.waitForFunction(
    (cell) => (window as unknown as { __budgetsim: { host: { snapshot(): { selection: string } } } }).__budgetsim.host.snapshot().selection === `Nämnder!${cell}`,
    cells.labour,
  );
  const snap = await snapshot(page);
  expect(snap.activeSheet).toBe('Nämnder');

  // Keyboard: Enter on the other problem selects its cell.
  await page.focus(`[data-test="problems"] button:has-text("Nämnder!${cells.frame}")`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (cell) => (window as unknown as { __budgetsim: { host: { snapshot(): { selection: string } } } }).__budgetsim.host.snapshot().selection === `Nämnder!${cell}`,
    cells.frame,
  );

  // The user fixes the cells in Excel and reads again.
  await page.evaluate((c) => {
    const host = (window as unknown as { __budgetsim: { host: { sheet(n: string): { setValues(a: string, v: unknown[][]): void } } } }).__budgetsim.host;
    host.sheet('Nämnder').setValues(c.labour, [[0.72]]);
    host.sheet('Nämnder').setValues(c.frame, [[615]]);
  }, cells);
  await page.click('[data-key="problems-read"]');
  await page.waitForSelector('#app[data-phase="editor"]');
  await idle(page);
  await expect(page.isVisible('#problems')).resolves.toBe(false);
  await expect(page.textContent('[data-test="model-summary"]')).resolves.toContain('Exempelkommun');
  expect(dialogs).toEqual([]);
  await page.close();
});

test('in English, each problem is the English sentence', async () => {
  const { page } = await openPane(browser(), { prepare: BROKEN, displayLanguage: 'en-US' });
  await page.waitForSelector('#app[data-phase="start"]');
  const texts = await page.locator('[data-test="problems"] li').allTextContents();
  expect(texts).toHaveLength(2);
  expect(texts.join('\n')).toContain('Labour share must be between 0 and 1 (0 %–100 %), got 1.5');
  expect(texts.join('\n')).toContain('Committee frame must be a number, got "mycket"');
  await screenshot(page, 'taskpane-problems-en');
  await page.close();
});

test('a problem whose sheet is gone says so instead of failing silently', async () => {
  const { page } = await openPane(browser(), { prepare: BROKEN });
  await page.waitForSelector('#app[data-phase="start"]');
  await page.evaluate(() => (window as unknown as { __budgetsim: { host: { sheet(n: string): { delete(): void } } } }).__budgetsim.host.sheet('Nämnder').delete());
  await page.locator('[data-test="problems"] button').first().click();
  await page.waitForSelector('[data-test="notice"][data-tone="error"]');
  const text = (await page.textContent('[data-test="notice"]')) ?? '';
  expect(text).toContain('Cellen kunde inte markeras. Bladet kan ha bytt namn eller tagits bort.');
  expect(text).not.toMatch(/Could not show|\bat \S+ \(/);
  await page.close();
});
