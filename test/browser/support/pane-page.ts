/**
 * One headless Chromium (Debian's, driven by playwright-core) on the built task pane, served from
 * dist/ on 127.0.0.1. The page's request for Office.js on Microsoft's CDN is answered with the fake
 * Office host (dist/fake-office.js); every other request is recorded, and any that is not to the
 * served origin is refused, so the test can assert the pane makes none.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { startStaticServer, StaticServer } from '../../../src/preview/serve';
import { DIST, ensureBuilt } from './build';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  server: StaticServer;
  context: BrowserContext;
  /** Every URL the pages asked for. */
  requests: string[];
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  ensureBuilt();
  const server = await startStaticServer(DIST);
  const profile = mkdtempSync(join(tmpdir(), 'budgetsim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 380, height: 900 },
    locale: 'sv-SE',
  });
  const requests: string[] = [];
  const fakeOffice = readFileSync(join(DIST, 'fake-office.js'), 'utf8');
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeOffice });
    if (url.startsWith(server.url + '/')) return route.continue();
    return route.abort('blockedbyclient');
  });
  return {
    server,
    context,
    requests,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PaneOptions {
  displayLanguage?: string;
  /** Runs in the page before Office reports ready, with the fake's tools: write a model, type into cells. */
  prepare?: string;
  width?: number;
}

export interface PanePage {
  page: Page;
  /** Messages of dialogs that opened (the test fails on any). */
  dialogs: string[];
  /** Errors thrown in the page. */
  errors: string[];
}

/**
 * Opens the task pane. `prepare` is the body of an async function of `t` (the fake's tools:
 * t.host, t.gateway, t.example()), run before the pane starts.
 */
export async function openPane(browser: Browser, options: PaneOptions = {}): Promise<PanePage> {
  const page = await browser.context.newPage();
  if (options.width) await page.setViewportSize({ width: options.width, height: 900 });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(
    ({ displayLanguage, prepare }) => {
      const w = globalThis as unknown as { __budgetsimFake: unknown };
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const run = prepare ? (new Function('t', `return (async () => { ${prepare} })();`) as (t: unknown) => Promise<void>) : undefined;
      w.__budgetsimFake = { displayLanguage, prepare: run };
    },
    { displayLanguage: options.displayLanguage ?? 'sv-SE', prepare: options.prepare ?? '' },
  );
  await page.goto(`${browser.server.url}/taskpane.html`);
  await page.waitForSelector('#app[data-phase="editor"], #app[data-phase="start"]');
  return { page, dialogs, errors };
}

/** Waits until no workbook action runs. */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-busy=""]');
}
