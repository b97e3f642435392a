/**
 * Accessibility: axe-core finds no serious or critical violations in any of the pane's states, in
 * Swedish and English; every control is reached by Tab, has a name, and shows where the focus is.
 */
import { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { idle, openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';

const browser = useBrowser();

const WITH_EXAMPLE = 'await t.gateway.write(t.example());';

test.each(['sv-SE', 'en-US'])('axe finds nothing serious on the start screen and in the editor (%s)', async (displayLanguage) => {
  const { page } = await openPane(browser(), { displayLanguage });
  expect(await seriousViolations(page)).toEqual([]);

  await page.click('[data-key="create-example"]');
  await page.waitForSelector('#app[data-phase="editor"]');
  await idle(page);
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('[data-test="scenario"]').nth(1).click();
  await page.click('[data-key="scenario-rename"]');
  await page.fill('#form-name', '');
  await page.press('#form-name', 'Enter');
  await page.fill('[data-key="year:2027:compensation"]', '300');
  await page.click('[data-key="solve"]');
  expect(await seriousViolations(page)).toEqual([]);

  await page.click('[data-key="form-cancel"]');
  await page.click('[data-key="scenario-remove"]');
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test('axe finds nothing serious with problems listed and an error shown', async () => {
  const { page } = await openPane(browser(), {
    prepare: `
      await t.gateway.write(t.example());
      await t.Excel.run(async (ctx) => { const p = ctx.workbook.customXmlParts; p.load('items'); await ctx.sync(); p.items.forEach((x) => x.delete()); await ctx.sync(); });
      const table = t.host.tables().find((x) => x.name === 'bsCommittees');
      const first = table.address.split('!')[1].split(':')[0];
      const column = String.fromCharCode(first.charCodeAt(0) + table.headers.indexOf('Personalkostnadsandel'));
      t.host.sheet('Nämnder').setValues(column + (Number(first.slice(1)) + 1), [[2]]);
    `,
  });
  await page.waitForSelector('[data-test="problems"]');
  expect(await seriousViolations(page)).toEqual([]);
  await page.evaluate(() => (window as unknown as { __budgetsim: { host: { sheet(n: string): { delete(): void } } } }).__budgetsim.host.sheet('Nämnder').delete());
  await page.locator('[data-test="problems"] button').first().click();
  await page.waitForSelector('[data-test="notice"][data-tone="error"]');
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

interface Focused {
  key: string;
  name: string;
  outline: string;
}

/** Tabs through the pane from its first control, recording each focused control until the focus leaves the pane or comes round. */
async function tabThrough(page: Page, first: string): Promise<Focused[]> {
  await page.focus(first);
  const seen: Focused[] = [];
  for (let i = 0; i < 200; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || !document.getElementById('app')!.contains(el)) return null;
      const labelled = el.getAttribute('aria-labelledby');
      const byLabel = el instanceof HTMLInputElement ? Array.from(el.labels ?? []).map((l) => l.textContent).join(' ') : '';
      const name = (
        el.getAttribute('aria-label') ??
        (labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '') ??
        ''
      ).trim() || byLabel.trim() || (el.textContent ?? '').trim();
      const style = getComputedStyle(el);
      return { key: el.dataset.key ?? el.id, name, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    if (!f) break;
    if (seen.some((s) => s.key === f.key)) break;
    seen.push(f);
  }
  return seen;
}

test('every control is reached by Tab, in reading order, with a name and a visible focus', async () => {
  const { page } = await openPane(browser(), { prepare: WITH_EXAMPLE });
  await page.locator('[data-test="scenario"]').nth(1).click();
  const focused = await tabThrough(page, '[data-key="lang-sv"]');
  const keys = focused.map((f) => f.key);

  const expected = await page.evaluate(() => {
    const app = document.getElementById('app')!;
    const all = Array.from(
      app.querySelectorAll<HTMLElement>('input, select, button, fluent-button:not([disabled]), fluent-toggle-button:not([disabled]), [tabindex="0"]'),
    );
    // A radio group is one tab stop: its checked radio.
    return all.filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked)).map((el) => el.dataset.key ?? el.id);
  });
  expect(keys).toEqual(expected);
  expect(keys.slice(0, 3)).toEqual(['lang-sv', 'lang-en', 'scenario-1']);
  expect(keys).toEqual(expect.arrayContaining(['scenario-add', 'target', 'frame-mode-uplift', 'year:2027:efficiency', 'year:2030:taxRate', 'solve', 'write', 'read']));

  for (const f of focused) {
    expect({ key: f.key, named: f.name.length > 0 }).toEqual({ key: f.key, named: true });
  }
  // Native controls draw the focus ring from the pane's own style; Fluent's buttons draw their own.
  for (const f of focused.filter((x) => !/^(lang-|scenario-add|scenario-duplicate|scenario-rename|scenario-remove|solve|write|read|notice)/.test(x.key))) {
    expect({ key: f.key, outline: f.outline }).toEqual({ key: f.key, outline: expect.stringMatching(/^solid [1-9]/) });
  }

  // The scenario list answers the arrow keys; Space and Enter run the buttons.
  await page.focus('#scenario-1');
  await page.keyboard.press('ArrowDown');
  await expect(page.textContent('#levers-title')).resolves.toBe('Styrmedel – Halv uppräkning');
  await page.focus('[data-key="scenario-add"]');
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('form-name');
  await page.keyboard.press('Escape');
  await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).resolves.toBe('scenario-add');
  await page.close();
});
