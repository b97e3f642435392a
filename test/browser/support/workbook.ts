/** Reads the fake workbook's state from the page: the host the fake Office exposes on window. */
import { Page } from 'playwright-core';
import type { FakeStats, WorkbookSnapshot } from '../../../src/fake-excel';

type Scalar = string | number | boolean;

export function snapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => (window as unknown as { __budgetsim: { host: { snapshot(): WorkbookSnapshot } } }).__budgetsim.host.snapshot());
}

export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __budgetsim: { host: { sheetNames: string[] } } }).__budgetsim.host.sheetNames);
}

export function stats(page: Page): Promise<FakeStats> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __budgetsim: { host: { stats: FakeStats } } }).__budgetsim.host.stats)));
}

export function resetStats(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __budgetsim: { host: { resetStats(): void } } }).__budgetsim.host.resetStats());
}

/** Rows of a table as objects keyed by header, from the snapshot's cells. */
export async function tableRows(page: Page, table: string): Promise<Record<string, Scalar | undefined>[]> {
  return page.evaluate((name) => {
    type Host = {
      tables(): { name: string; sheet: string; address: string; headers: string[] }[];
      sheet(n: string): { values(a: string): Scalar[][] };
    };
    const host = (window as unknown as { __budgetsim: { host: Host } }).__budgetsim.host;
    const t = host.tables().find((x) => x.name === name);
    if (!t) throw new Error(`no table ${name}`);
    const rows = host.sheet(t.sheet).values(t.address.slice(t.address.lastIndexOf('!') + 1));
    return rows.slice(1).map((row) => Object.fromEntries(t.headers.map((h, i) => [h, row[i] === '' ? undefined : row[i]])));
  }, table);
}
