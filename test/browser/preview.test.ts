/**
 * `npm run preview`: the pane beside the in-memory workbook. Creating the example shows its sheets
 * as tables with the formulas' values computed, and the workbook downloads as the very .xlsx the CLI
 * writes for the same model, part by part, charts and stored model included.
 */
import { readFileSync } from 'node:fs';
import { modelFromStoredXml } from '../../src/office/stored-payload';
import { readModelFromXlsx, readWorkbook, writeXlsxBytes } from '../../src/renderers/xlsx';
import { modelWorkbook } from '../../src/renderers/xlsx/model-workbook';
import { partsOf } from '../files/parts';
import { idle } from './support/pane-page';
import { useBrowser } from './support/use-browser';
import { screenshot } from './support/artifacts';

const browser = useBrowser();

test('the preview shows the workbook beside the pane and downloads it as .xlsx', async () => {
  const page = await browser().context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${browser().server.url}/preview.html`);
  await page.waitForSelector('#app[data-phase="start"]');
  await expect(page.getAttribute('[data-key="download"]', 'aria-disabled')).resolves.toBe('true');
  // The language chosen with the switch is kept over a reload.
  await page.click('[data-key="lang-en"]');
  await page.reload();
  await page.waitForSelector('#app[data-phase="start"]');
  await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
  await page.click('[data-key="lang-sv"]');

  await page.click('[data-key="create-example"]');
  await page.waitForSelector('#app[data-phase="editor"]');
  await idle(page);

  const tabs = await page.locator('#sheets [role="tab"]').allTextContents();
  // The new workbook's empty Sheet1 is left out, and said so.
  expect(tabs).toEqual(['Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur', 'Risk', 'Indata', 'Nämnder', 'Investeringar', 'Projekt', 'Befolkning', 'Scenarier']);
  await expect(page.textContent('[data-test="empty-sheets"]')).resolves.toBe('Tomma blad visas inte: Sheet1.');
  // One element per id: the pane's workbook section and the preview's sheets do not share one.
  const duplicates = await page.evaluate(() => {
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);
  // Ja and Nej are coloured as the sheet's conditional formats say, as in Excel.
  const yesNo = await page.locator('table.cells[data-sheet="Jämförelse"] td[data-highlight]').evaluateAll((tds) =>
    tds.map((td) => ({ text: td.textContent, colour: getComputedStyle(td).color })),
  );
  expect(yesNo.some((c) => c.text === 'Ja')).toBe(true);
  expect(yesNo.some((c) => c.text === 'Nej')).toBe(true);
  expect(new Set(yesNo.filter((c) => c.text === 'Ja').map((c) => c.colour)).size).toBe(1);
  expect(yesNo.find((c) => c.text === 'Ja')!.colour).not.toBe(yesNo.find((c) => c.text === 'Nej')!.colour);
  // No figure reads "−0,0".
  const all = await page.locator('table.cells td').allTextContents();
  expect(all.filter((t) => /^[-\u2212]0(,0+)?(\s?%)?$/.test(t.replace(/\u00a0/g, ' ')))).toEqual([]);
  await page.click('#sheets [role="tab"]:text-is("Bas")');
  // Columns are as wide as the sheet sets them, not as wide as their text.
  const widths = await page.locator('table.cells[data-sheet="Bas"] thead th[scope="col"]').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
  expect(new Set(widths.slice(1)).size).toBeLessThanOrEqual(3);
  await expect(page.getAttribute('#sheets [role="tab"][aria-selected="true"]', 'id')).resolves.toBeTruthy();
  // Formula cells show computed values, the language's way.
  const formulaCells = page.locator('table.cells[data-sheet="Bas"] td.formula');
  expect(await formulaCells.count()).toBeGreaterThan(50);
  const texts = await formulaCells.allTextContents();
  expect(texts.some((t) => /^\d{1,3}( \d{3})*,\d$/.test(t.replace(/\u00a0/g, ' ')))).toBe(true);
  expect(texts.some((t) => t.startsWith('='))).toBe(false);

  // A lever edited in the pane and written shows in the workbook view: one more 2,00 % in Indata.
  const twoPercent = async () => {
    await page.click('#sheets [role="tab"]:text-is("Indata")');
    return page.locator('table.cells[data-sheet="Indata"] td', { hasText: /^2,00\s%$/ }).count();
  };
  const before = await twoPercent();
  await page.fill('[data-key="year:2027:efficiency"]', '2');
  await page.press('[data-key="year:2027:efficiency"]', 'Tab');
  await page.click('[data-key="write"]');
  await idle(page);
  await expect(twoPercent()).resolves.toBe(before + 1);
  await screenshot(page, 'preview-sv');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-key="download"]')]);
  expect(download.suggestedFilename()).toBe('Exempelkommun.xlsx');
  const bytes = readFileSync(await download.path());
  // The same workbook as the CLI's --out, from the same writer: every part equal, the creation time
  // in docProps/core.xml aside. The model is taken from the download's stored copy.
  const contents = readWorkbook(bytes);
  expect(contents.storedModel).toBeDefined();
  const model = modelFromStoredXml(contents.storedModel!);
  expect(model.years.find((y) => y.year === 2027)?.efficiency).toBe(0.02);
  const preview = partsOf(bytes);
  // Written the same day as the download: the Risk sheet states the date.
  const created = new Date(/<dcterms:created[^>]*>([^<]*)</.exec(preview.get('docProps/core.xml')!)![1]);
  const { description, options } = modelWorkbook(model, { created });
  const cli = partsOf(await writeXlsxBytes(description, options));
  const undated = (xml: string) => xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><');
  expect([...preview.keys()].sort()).toEqual([...cli.keys()].sort());
  const same = (name: string, xml: string) => (name === 'docProps/core.xml' ? undated(xml) : xml);
  for (const [name, xml] of cli) expect([name, same(name, preview.get(name)!)]).toEqual([name, same(name, xml)]);
  expect([...cli.keys()].filter((n) => n.startsWith('xl/charts/')).length).toBeGreaterThan(5);
  expect(contents.sheets.map((w) => w.name)).toEqual(['Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur', 'Risk', 'Indata', 'Nämnder', 'Investeringar', 'Projekt', 'Befolkning', 'Scenarier']);
  expect(await readModelFromXlsx(bytes)).toEqual({ ok: true, model });
  expect(dialogs).toEqual([]);
  await page.close();
});
