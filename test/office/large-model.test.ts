import { FakeStats } from '../../src/fake-excel';
import { makeLargeModel } from '../../src/examples';
import { Model } from '../../src/engine/types';
import { WriteReport } from '../../src/office';
import { DEFAULT_CHUNK_BYTES, planWorkbook, REQUEST_LIMIT_BYTES } from '../../src/office/plan';
import { describeWorkbook } from '../../src/workbook/layout';
import { expectedFromTables } from '../workbook/read/expected-model';
import { Fixture, fixture } from './helpers';

/** Syncs a write makes besides one per chunk: inspect (two), prepare and commit. */
const FIXED_SYNCS = 4;

describe('a 300-committee, 15-year, 10-scenario model', () => {
  let model: Model;
  let f: Fixture;
  let report: WriteReport;
  let stats: FakeStats;
  let estimates: number[];

  beforeAll(async () => {
    model = makeLargeModel({ committees: 300, years: 15, scenarios: 10 });
    f = fixture({ sheets: ['Blad1'] });
    estimates = planWorkbook(describeWorkbook(model, { reservedSheetNames: ['Blad1'] })).chunks.map((c) => c.estimatedBytes);
    report = await f.gateway.write(model);
    stats = structuredClone(f.host.stats);
  });

  test('syncs are bounded by a small constant plus one per chunk', () => {
    expect(report.chunks).toBe(estimates.length);
    expect(report.syncs).toBeLessThanOrEqual(FIXED_SYNCS + report.chunks!);
    expect(stats.syncs).toBe(report.syncs);
    expect(stats.runs).toBe(1);
    // Over a million cells: even with the committee blocks copied, more than one request carries.
    expect(report.chunks).toBeGreaterThan(3);
  });

  test('every request stays under Excel on the web\'s 5 MB, and under its chunk\'s estimate', () => {
    expect(stats.maxRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    for (const s of stats.perSync) {
      expect(s.requestBytes).toBeLessThan(5_000_000);
      expect(s.failed).toBe(false);
    }
    const chunkSyncs = stats.perSync.slice(3, 3 + report.chunks!);
    chunkSyncs.forEach((s, i) => {
      expect(s.requestBytes).toBeLessThanOrEqual(estimates[i]);
      expect(estimates[i]).toBeLessThanOrEqual(DEFAULT_CHUNK_BYTES);
      expect(s.calculationSuspended).toBe(true);
    });
  });

  test('reads back as the same model, from the tables and from the stored copy', async () => {
    // A cell (and JSON) holds no negative zero: the generator's -0 amounts read back as 0.
    const noNegativeZero = (m: Model): Model => JSON.parse(JSON.stringify(m));
    expect(await f.gateway.read()).toEqual({ ok: true, model: noNegativeZero(expectedFromTables(model)) });
    expect(await f.gateway.stored()).toEqual(noNegativeZero(model));
  });

  test('a rewrite in place keeps every sheet and stays under the limit in every request', async () => {
    const sheetIds = () => f.host.sheetNames.map((n) => f.host.sheet(n).id);
    const ids = sheetIds();
    f.host.resetStats();
    const again = await f.gateway.write({ ...model, name: 'Storstad igen' });
    expect(again.syncs).toBeLessThanOrEqual(FIXED_SYNCS + again.chunks!);
    expect(f.host.stats.perSync.every((s) => s.requestBytes < REQUEST_LIMIT_BYTES && !s.failed)).toBe(true);
    expect(sheetIds()).toEqual(ids);
  });
});
