import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { ROOT } from './build';

export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** Saves a full-page screenshot of the pane under test-artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.mouse.move(0, 0);
  await page.screenshot({ path, fullPage: true });
  return path;
}
