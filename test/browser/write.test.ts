/**
 * Writing: a progress bar while the write runs, one write however often "write" is clicked, and
 * Excel's errors as readable messages with what to do.
 */
import { Page } from 'playwright-core';
import { idle, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { screenshot } from './support/artifacts';
import { resetStats, snapshot, stats } from './support/workbook';

const browser = useBrowser();

const WITH_EXAMPLE = 'await t.gateway.write(t.example());';

/** Records every text the progress line shows and whether the bar was there. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-test="progress-text"]')?.textContent ?? '';
      const bar = document.querySelector('[data-test="progress"]');
      const entry = `${text}|${bar ? `${bar.getAttribute('value') ?? ''}/${bar.getAttribute('max') ?? ''}` : ''}`;
      if (seen[seen.length - 1] !== entry) seen.push(entry);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

test('a large model is written in parts with a progress bar', async () => {
  const { page } = await openPane(browser(), {
    prepare: 'await t.gateway.write(t.large({ committees: 300, years: 15, scenarios: 10 }));',
  });
  await watchProgress(page);
  await page.click('[data-key="write"]');
  await idle(page);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const parts = seen.map((s) => /^Skriver del (\d+) av (\d+)\|(\d+)\/(\d+)$/.exec(s)).filter((m): m is RegExpExecArray => m !== null);
  expect(parts.length).toBeGreaterThan(1);
  const total = Number(parts[0][2]);
  expect(total).toBeGreaterThan(1);
  expect(parts.map((m) => Number(m[3]))).toEqual([...parts.map((m) => Number(m[3]))].sort((a, b) => a - b));
  expect(parts.every((m) => Number(m[4]) === total)).toBe(true);
  await expect(page.textContent('[data-test="notice"]')).resolves.toMatch(/Klart\. \d+ blad är skrivna\./);
  await expect(page.isVisible('[data-test="progress"]')).resolves.toBe(false);
  await page.close();
});

test('a double click on "write" is one write', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await resetStats(page);
  await page.click('[data-key="write"]');
  await idle(page);
  const single = await stats(page);
  expect(single.runs).toBeGreaterThan(0);

  await resetStats(page);
  await page.dblclick('[data-key="write"]');
  await idle(page);
  await page.waitForTimeout(300);
  const double = await stats(page);
  expect(double.runs).toBe(single.runs);
  expect(double.syncs).toBe(single.syncs);

  // Clicks and Enter presses while a write runs start nothing either: hold the write in Excel.run.
  await page.evaluate(() => {
    const w = window as unknown as { Excel: { run: (...a: unknown[]) => Promise<unknown> }; releaseWrite: () => void };
    const run = w.Excel.run;
    const gate = new Promise<void>((resolve) => (w.releaseWrite = resolve));
    w.Excel.run = async (...args: unknown[]) => {
      await gate;
      return run.apply(w.Excel, args);
    };
  });
  await resetStats(page);
  await page.click('[data-key="write"]');
  await page.waitForSelector('#app[data-busy="writing"]');
  await expect(page.getAttribute('[data-key="write"]', 'aria-disabled')).resolves.toBe('true');
  await page.click('[data-key="write"]', { force: true });
  await page.dblclick('[data-key="write"]', { force: true });
  await page.focus('[data-key="write"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.evaluate(() => (window as unknown as { releaseWrite: () => void }).releaseWrite());
  await idle(page);
  await page.waitForTimeout(300);
  expect((await stats(page)).runs).toBe(single.runs);
  await page.close();
});

test('an Excel error mid-write is a readable message with what to do, and the workbook is as it was', async () => {
  const { page, errors } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  const before = await snapshot(page);
  await page.evaluate(() => (window as unknown as { __budgetsim: { host: { failOnSync(k: number): void } } }).__budgetsim.host.failOnSync(2));
  await page.click('[data-key="write"]');
  await idle(page);
  // The outcome shows beside the button that was pressed.
  const notice = page.locator('#workbook [data-test="notice"]');
  await expect(notice.getAttribute('data-tone')).resolves.toBe('error');
  await expect(notice.getAttribute('role')).resolves.toBe('alert');
  const text = (await notice.textContent()) ?? '';
  expect(text).toContain('Excel kunde inte slutföra åtgärden.');
  expect(text).toContain('Inget ändrades: arbetsboken är som före skrivningen.');
  expect(text).toContain('Vänta en stund och försök igen.');
  expect(text).toContain('Felkod från Excel: GeneralException');
  await screenshot(page, 'taskpane-error-sv');
  expect(text).not.toMatch(/\bat \S+ \(|Error:|injected|\.ts:\d/);
  const after = await snapshot(page);
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(errors).toEqual([]);

  // The next write goes through.
  await page.click('[data-key="write"]');
  await idle(page);
  await expect(notice.getAttribute('data-tone')).resolves.toBe('success');
  await page.close();
});

test('a request larger than Excel accepts says so in words', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await page.evaluate(() => (window as unknown as { __budgetsim: { host: { setRequestLimit(n: number): void } } }).__budgetsim.host.setRequestLimit(2000));
  await page.click('[data-key="write"]');
  await idle(page);
  const text = (await page.textContent('[data-test="notice"]')) ?? '';
  expect(text).toContain('Modellen är för stor för att skickas till Excel i ett stycke.');
  expect(text).toContain('RequestPayloadSizeLimitExceeded');
  await page.close();
});

test('when the undo fails too, the message says what was left and what to do', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  // From the fourth sync on (after the two that inspect the workbook and the prepare), every sync
  // fails: the write and then its undo.
  await page.evaluate(() => {
    const host = (window as unknown as { __budgetsim: { host: object } }).__budgetsim.host;
    let syncs = 0;
    const failing = { kind: 'sync', applied: 1, get syncsLeft() { return syncs >= 4 ? 0 : 1; }, set syncsLeft(_: number) { syncs++; } };
    Object.defineProperty(host, 'failure', { get: () => failing, set: () => undefined, configurable: true });
  });
  await page.click('[data-key="write"]');
  await idle(page);
  const notice = page.locator('[data-test="notice"]');
  const text = (await notice.textContent()) ?? '';
  expect(text).toContain('Skrivningen avbröts och arbetsboken kunde inte återställas helt.');
  expect(text).toMatch(/Blad som Budgetsim lade till och som finns kvar|Budgetsims blad som är delvis omskrivna|Det här kan finnas kvar/);
  expect(text).not.toMatch(/\bat \S+ \(|Error:/);
  await page.close();
});

test('a cell being edited in Excel is named as the cause', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await page.evaluate(() => {
    const w = window as unknown as { Excel: { run: (...a: unknown[]) => Promise<unknown> } };
    w.Excel.run = () => Promise.reject(Object.assign(new Error('The operation cannot be performed while a cell is being edited.'), { code: 'InvalidOperationInCellEditMode' }));
  });
  await page.click('[data-key="write"]');
  await idle(page);
  const text = (await page.textContent('[data-test="notice"]')) ?? '';
  expect(text).toContain('En cell redigeras i Excel.');
  expect(text).toContain('Tryck Enter eller Esc i cellen och försök igen.');
  await page.close();
});
