/**
 * The task pane's figures: the production pane bundle's size gzipped (the target is under 250 KB),
 * and the time from page load to an interactive pane showing the example, in headless Chromium
 * against the fake Office host. Needs Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BenchCase, median, round3 } from './harness';
import { DIST, ensureBuilt } from '../test/browser/support/build';
import { launch, openPane } from '../test/browser/support/pane-page';

/** The scripts taskpane.html loads from dist/ (Office.js comes from Microsoft's CDN and is not ours). */
function paneScripts(): string[] {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

const RUNS = 7;

export const taskpaneCases: BenchCase[] = [
  {
    name: 'taskpane.bundle',
    run() {
      ensureBuilt();
      const files = ['taskpane.html', ...paneScripts()];
      const raw = files.reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
      const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
      return [
        { name: 'taskpane.bundle.gzip_kb', value: round3(gzip / 1024), unit: 'KB' },
        { name: 'taskpane.bundle.raw_kb', value: round3(raw / 1024), unit: 'KB' },
      ];
    },
  },
  {
    name: 'taskpane.load',
    async run() {
      const browser = await launch();
      try {
        const interactive: number[] = [];
        const paneOnly: number[] = [];
        for (let i = 0; i < RUNS + 1; i++) {
          const { page } = await openPane(browser, { prepare: 'await t.gateway.write(t.example());' });
          await page.waitForSelector('#app[data-phase="editor"] [data-test="preview-table"]');
          const marks = await page.evaluate(() => ({
            interactive: performance.getEntriesByName('budgetsim:interactive')[0]?.startTime ?? NaN,
            officeReady: performance.getEntriesByName('budgetsim:office-ready')[0]?.startTime ?? NaN,
          }));
          await page.close();
          if (i === 0) continue;
          interactive.push(marks.interactive);
          paneOnly.push(marks.interactive - marks.officeReady);
        }
        return [
          { name: 'taskpane.load.interactive_ms', value: round3(median(interactive)), unit: 'ms' },
          { name: 'taskpane.load.after_office_ready_ms', value: round3(median(paneOnly)), unit: 'ms' },
        ];
      } finally {
        await browser.close();
      }
    },
  },
];
