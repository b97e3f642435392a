import { Browser, launch } from './pane-page';

/**
 * One Chromium for a test file: launched before its tests (building dist/ first when needed) and
 * closed after them. Call at the top level of the file; the returned function gives the browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet: use it inside a test');
    return browser;
  };
}
