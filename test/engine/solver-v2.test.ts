import { meetsBalance, meetsGoal, meetsTarget, runScenario, solve, SolverGoal, SolverLever, withLever, resolveScenario, simulate } from '../../src/engine';
import { baseScenario, buildModel, committee } from '../support/model-builders';

// Revenue 1000 * 20 / 100 = 200 a year; one committee of 195 that grows 3 % a year in full; 2 % target.
// The result is thin and shrinks, and a year's deficit must be restored: every goal needs a lever.
const model = buildModel({
  horizon: 4,
  schemaVersion: 2,
  target: 0.02,
  history: [
    { year: 2024, revenue: 190, result: 1 },
    { year: 2025, revenue: 195, result: 1 },
    { year: 2026, revenue: 198, result: 1 },
  ],
  yearDefaults: { taxBaseGrowth: 0.02, wageIndex: 0.03, priceIndex: 0.03, compensation: 1, balanceAdjustments: -1 },
  committees: [committee('A', { frame: 195 })],
});

describe('the solver, version 2', () => {
  const cases: Array<[SolverLever, SolverGoal]> = [
    ['efficiency', 'target'],
    ['efficiency', 'balance'],
    ['efficiency', 'both'],
    ['taxRate', 'target'],
    ['taxRate', 'balance'],
    ['taxRate', 'both'],
  ];
  it.each(cases)('lever %s, goal %s: the goal holds at the answer and fails 1e-4 below it', (lever, goal) => {
    const a = solve(model, baseScenario(), { lever, goal });
    expect(a.lever).toBe(lever);
    expect(a.goal).toBe(goal);
    expect(a.value).not.toBeNull();
    const resolved = resolveScenario(model, baseScenario());
    expect(meetsGoal(simulate(withLever(resolved, lever, a.value!)), goal)).toBe(true);
    expect(meetsGoal(simulate(withLever(resolved, lever, a.value! - 1e-4)), goal)).toBe(false);
    expect(meetsGoal(a.scenario, goal)).toBe(true);
  });

  it('needs at least as much for both goals as for either', () => {
    for (const lever of ['efficiency', 'taxRate'] as const) {
      const target = solve(model, baseScenario(), { lever, goal: 'target' }).value!;
      const balance = solve(model, baseScenario(), { lever, goal: 'balance' }).value!;
      const both = solve(model, baseScenario(), { lever, goal: 'both' }).value!;
      expect(both).toBeCloseTo(Math.max(target, balance), 5);
    }
  });

  it('adds the tax-rate change to every plan year and keeps the frame mode', () => {
    // +0.5 kr: revenue = 1000 * 1.02 * 20.5 / 100 = 209.1 in 2027.
    const r = simulate(withLever(resolveScenario(model, baseScenario()), 'taxRate', 0.5));
    expect(r.taxRate).toEqual([20.5, 20.5, 20.5, 20.5]);
    expect(r.revenue[0]).toBeCloseTo(209.1, 9);
    expect(r.frameMode).toBe('uplift');
  });

  it('says null when nothing in the range meets the goal', () => {
    // A frame of 10 times the revenue cannot be met by +5 kr nor by a 50 % requirement in one year.
    const impossible = buildModel({ horizon: 1, schemaVersion: 2, target: 0.02, committees: [committee('A', { frame: 2000 })] });
    expect(solve(impossible, baseScenario(), { lever: 'taxRate', goal: 'balance' }).value).toBeNull();
    expect(solve(impossible, baseScenario(), { lever: 'efficiency', goal: 'both' }).value).toBeNull();
  });

  it('keeps version 1 answers: meetsTarget and meetsBalance read the result', () => {
    const r = runScenario(model, baseScenario());
    expect(meetsGoal(r, 'target')).toBe(meetsTarget(r));
    expect(meetsGoal(r, 'balance')).toBe(meetsBalance(r));
  });
});
