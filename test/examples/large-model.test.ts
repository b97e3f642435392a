import { runModel } from '../../src/engine';
import { makeLargeModel } from '../../src/examples';
import { parseModel } from '../../src/model-file';

describe('makeLargeModel', () => {
  test('is a valid model of the requested size', () => {
    const m = makeLargeModel({ committees: 300, years: 15, scenarios: 10 });
    const parsed = parseModel(JSON.parse(JSON.stringify(m)));
    if (!parsed.ok) throw new Error(parsed.problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(m.committees).toHaveLength(300);
    expect(m.horizon).toBe(15);
    expect(m.years).toHaveLength(15);
    expect(m.scenarios).toHaveLength(10);
    expect(m.committeeYears.length).toBeGreaterThan(0);
    expect(m.scenarios.some((s) => (s.overrides.committeeYears ?? []).length > 0)).toBe(true);
    expect(m.scenarios.some((s) => s.overrides.frameMode === 'revenue')).toBe(true);
  });

  test('is deterministic, and the seed changes the figures', () => {
    const opts = { committees: 40, years: 6, scenarios: 5, seed: 7 };
    expect(makeLargeModel(opts)).toEqual(makeLargeModel(opts));
    expect(makeLargeModel({ ...opts, seed: 8 })).not.toEqual(makeLargeModel(opts));
  });

  test.each([
    [1, 1, 0],
    [3, 2, 1],
    [25, 15, 12],
  ])('%i committees x %i years x %i scenarios parse and run to finite figures', (committees, years, scenarios) => {
    const m = makeLargeModel({ committees, years, scenarios });
    expect(parseModel(JSON.parse(JSON.stringify(m))).ok).toBe(true);
    const run = runModel(m);
    expect(run.scenarios).toHaveLength(scenarios + 1);
    for (const s of run.scenarios) {
      for (const key of ['revenue', 'netCost', 'result', 'rollingShare', 'room'] as const) {
        for (const v of s[key]) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  test('refuses sizes outside what a model can be', () => {
    expect(() => makeLargeModel({ committees: 0, years: 4, scenarios: 1 })).toThrow(RangeError);
    expect(() => makeLargeModel({ committees: 5, years: 16, scenarios: 1 })).toThrow(RangeError);
  });
});
