/**
 * The pane at Excel's default task pane width (320 px) and at a wide 600 px, in Swedish and in
 * English: no control, header or text is cut off. Every element's box lies inside the pane, no
 * field's or header's content is wider than its box, and the page cannot scroll sideways, also
 * with error messages showing, explanations open and a long committee name.
 */
import { Page } from 'playwright-core';
import { openPane } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { screenshot } from './support/artifacts';

const browser = useBrowser();

const WITH_EXAMPLE = 'await t.gateway.write(t.example());';

interface Clipped {
  what: string;
  left: number;
  right: number;
  scroll?: number;
  client?: number;
}

/** Everything drawn in the pane that sticks out of it, or whose content is wider than its own box. */
async function clipped(page: Page): Promise<{ width: number; scrollWidth: number; outside: Clipped[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => {
      const key = el.getAttribute('data-key') ?? el.getAttribute('data-test') ?? el.id;
      return `${el.tagName.toLowerCase()}${key ? `[${key}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const outside: Clipped[] = [];
    for (const el of Array.from(document.querySelectorAll('#app *'))) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      const rects = el.getClientRects();
      if (rects.length === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest('.visually-hidden')) continue;
      if (r.left < -0.5 || r.right > width + 0.5) outside.push({ what: name(el), left: r.left, right: r.right });
      const tag = el.tagName.toLowerCase();
      if (tag === 'input' || tag === 'th' || tag === 'td' || tag === 'select' || tag === 'label' || tag === 'h2' || tag === 'legend') {
        const h = el as HTMLElement;
        if (h.scrollWidth > h.clientWidth + 1) outside.push({ what: name(el), left: r.left, right: r.right, scroll: h.scrollWidth, client: h.clientWidth });
      }
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, outside };
  });
}

async function select(page: Page, name: string): Promise<void> {
  await page.locator('[data-test="scenario"]', { hasText: name }).first().click();
  await page.waitForSelector(`#levers-title:has-text("${name}")`);
}

const LONG_NAME = 'Kultur-, fritids- och föreningslivsnämnden';

for (const lang of ['sv', 'en'] as const) {
  for (const width of [320, 600]) {
    test(`nothing is cut off at ${width} px in ${lang === 'sv' ? 'Swedish' : 'English'}`, async () => {
      const prepare = `const m = t.example(); m.committees[1] = { ...m.committees[1], name: ${JSON.stringify(LONG_NAME)} }; await t.gateway.write(m);`;
      const { page, errors } = await openPane(browser(), { prepare, width, displayLanguage: lang === 'sv' ? 'sv-SE' : 'en-US' });
      const scenario = 'Enprocentaren';
      await select(page, scenario);
      let found = await clipped(page);
      expect(found.outside).toEqual([]);
      expect(found.scrollWidth).toBeLessThanOrEqual(width);

      // The fields that showed the fault: a tax rate of 150 and a requirement that is not a number.
      await page.fill('[data-key="year:2027:taxRate"]', '150');
      await page.fill('[data-key="year:2027:efficiency"]', 'abc');
      await expect(page.isVisible('[data-error-for="year:2027:taxRate"]')).resolves.toBe(true);
      await expect(page.isVisible('[data-error-for="year:2027:efficiency"]')).resolves.toBe(true);
      // The message sits under the year's fields, not beside them.
      const field = await page.locator('[data-key="year:2027:taxRate"]').boundingBox();
      const message = await page.locator('[data-error-for="year:2027:taxRate"]').boundingBox();
      expect(message!.y).toBeGreaterThan(field!.y + field!.height - 1);
      // The tax rate column keeps its width: its field shows the whole value typed.
      const taxBox = await page.locator('[data-key="year:2028:taxRate"]').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(taxBox.scroll).toBeLessThanOrEqual(taxBox.client);
      for (const key of ['rolling', 'target-met', 'room', 'implied', 'balance-met', 'reserve', 'debt', 'self-financing', 'payback']) await page.click(`[data-key="info-${key}"]`);
      found = await clipped(page);
      expect(found.outside).toEqual([]);
      expect(found.scrollWidth).toBeLessThanOrEqual(width);
      await screenshot(page, `layout-${width}-${lang}-errors`);

      // Clean again, and the whole pane as a finance officer sees it.
      await page.fill('[data-key="year:2027:taxRate"]', lang === 'sv' ? '21,45' : '21.45');
      await page.fill('[data-key="year:2027:efficiency"]', '1');
      await page.press('[data-key="year:2027:efficiency"]', 'Tab');
      found = await clipped(page);
      expect(found.outside).toEqual([]);
      await screenshot(page, `taskpane-${width}-${lang}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
}

test('at 320 px the frames show one chosen year and the first committees; at 600 px every plan year', async () => {
  const { page } = await openPane(browser(), { prepare: 'const m = t.large({ committees: 12, years: 4, scenarios: 1 }); await t.gateway.write(m);', width: 320 });
  const visibleYears = () => page.locator('[data-test="frames-table"] thead th.year-col').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => th.textContent));
  const visibleRows = () => page.locator('[data-test="frames-table"] tbody tr:not(.implied)').evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).length);
  const years = await page.locator('[data-test="frames-table"] thead th.year-col').allTextContents();
  expect(years.length).toBe(4);
  await expect(visibleYears()).resolves.toEqual([years[3]]);
  await expect(visibleRows()).resolves.toBe(8);
  const first = years[0].replace(/\D/g, '');
  await page.selectOption('[data-key="frames-year"]', first);
  await expect(visibleYears()).resolves.toEqual([years[0]]);
  await page.click('[data-key="all-committees"]');
  await expect(visibleRows()).resolves.toBe(12);

  await page.setViewportSize({ width: 600, height: 900 });
  await expect(visibleYears()).resolves.toEqual(years);
  await expect(page.isVisible('[data-key="frames-year"]')).resolves.toBe(false);
  await page.close();
});
