/**
 * The task pane's figures: the production pane bundle's size gzipped (the target is under 250 KB),
 * the time from page load to an interactive pane showing the example, and the Risk card's update
 * after an edit, in headless Chromium against the fake Office host. Needs Debian's Chromium
 * (/usr/bin/chromium, or CHROMIUM_PATH).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyseRisk } from '../src/engine';
import { exampleModel } from '../src/examples';
import { BenchCase, median, round3, time } from './harness';
import { DIST, ensureBuilt } from '../test/browser/support/build';
import { launch, openPane } from '../test/browser/support/pane-page';

/** The scripts taskpane.html loads from dist/ (Office.js comes from Microsoft's CDN and is not ours). */
function paneScripts(): string[] {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

const RUNS = 7;

/**
 * Run in the page (as text: the bench compiles without the DOM's types): types an sd into the tax
 * base lever and resolves with the milliseconds until the card shows the answer to it.
 */
const RISK_UPDATE = `(text) => {
  const results = () => document.querySelector('[data-risk-results]');
  const before = Number(results().dataset.answers);
  const input = document.querySelector('[data-key="risk-sd-taxBaseGrowth"]');
  const start = performance.now();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const r = results();
      if (r.dataset.state === 'ready' && Number(r.dataset.answers) > before) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.getElementById('risk'), { childList: true, subtree: true, attributes: true });
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}`;

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
  {
    // The Risk card after an edit of its tax base lever: from the keystroke to the new figures drawn,
    // 2 000 runs of the example's base in the risk worker (the debounce included; the aim is 300 ms).
    name: 'taskpane.risk',
    async run() {
      const browser = await launch();
      try {
        const { page } = await openPane(browser, { prepare: 'await t.gateway.write(t.example());' });
        await page.waitForSelector('[data-risk-results][data-state="ready"]');
        const update: number[] = [];
        for (let i = 0; i < RUNS + 1; i++) {
          const ms = await page.evaluate<number>(`(${RISK_UPDATE})(${JSON.stringify(i % 2 ? '1' : '2')})`);
          if (i > 0) update.push(ms);
        }
        await page.close();
        // The engine alone on the same analysis in Node, measured now, under the same load: the rest is the pane's.
        const model = exampleModel();
        const engine = time(() => analyseRisk(model, { runs: 2000, seed: 1, scenarios: ['Base'] }), { warmup: 1, runs: 5 });
        return [
          { name: 'taskpane.risk.update_ms', value: round3(median(update)), unit: 'ms' },
          { name: 'taskpane.risk.node_engine_ms', value: round3(engine.median), unit: 'ms' },
        ];
      } finally {
        await browser.close();
      }
    },
  },
];
