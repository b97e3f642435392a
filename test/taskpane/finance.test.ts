/**
 * What the preview says of a version 2 scenario: balance requirement per year, overdue restorations
 * and each project's payback, from the engine's results.
 */
import { runScenario } from '../../src/engine/run';
import { ProjectResult } from '../../src/engine/types';
import { exampleModel } from '../../src/examples';
import { balanceVerdict, overdueRestorations, payback } from '../../src/taskpane/model/finance';
import { scenarioAt } from '../../src/taskpane/model/levers';

const model = exampleModel();
const run = (name: string) => {
  const index = model.scenarios.findIndex((s) => s.name === name) + 1;
  return runScenario(model, scenarioAt(model, index));
};

function project(effects: number[]): ProjectResult {
  const years = effects.map((_, t) => 2027 + t);
  const cumulative: number[] = [];
  effects.reduce((sum, e) => (cumulative.push(sum + e), sum + e), 0);
  let paybackYear: number | null = null;
  for (let t = 1; t < cumulative.length && paybackYear === null; t++) if (cumulative[t] <= 0 && cumulative[t - 1] > 0) paybackYear = years[t];
  return { id: 'P', name: 'P', committee: 'KS', effect: effects, cumulative, paybackYear };
}

describe('balance requirement and restorations', () => {
  test('the base meets the balance requirement every year; the recession in none', () => {
    expect(balanceVerdict(runScenario(model, scenarioAt(model, 0)))).toEqual({ met: 4, total: 4, ok: true });
    expect(balanceVerdict(run('Lågkonjunktur'))).toEqual({ met: 0, total: 4, ok: false });
  });

  test('the recession’s 2027 deficit is not restored by the end of 2030 (2027 + 3): overdue there, with its amount', () => {
    const r = run('Lågkonjunktur');
    const overdue = overdueRestorations(r);
    expect(overdue.map((o) => o.year)).toEqual([2030]);
    expect(overdue[0].amount).toBe(r.restorationOverdue[3]);
    expect(overdue[0].amount).toBeGreaterThan(0);
    expect(overdueRestorations(runScenario(model, scenarioAt(model, 0)))).toEqual([]);
  });

  test('an overdue amount within the engine’s slack (a billionth of revenue) is not reported', () => {
    const r = { ...run('Lågkonjunktur') };
    r.restorationOverdue = r.revenue.map((v) => v * 1e-10);
    expect(overdueRestorations(r)).toEqual([]);
  });
});

describe('payback', () => {
  test('the example’s projects: 4 − 2,5 − 3 turns the digital home care’s cumulative effect negative in 2029', () => {
    const r = runScenario(model, scenarioAt(model, 0));
    const dig = r.projects.find((p) => p.id === 'DIG-HT')!;
    // Cumulative: 4, 1,5, −1,5, −4,5: the first year no longer a cost after being one is 2029.
    expect(dig.cumulative).toEqual([4, 1.5, -1.5, -4.5]);
    expect(payback(dig)).toEqual({ kind: 'year', year: 2029 });
    expect(r.projects.map((p) => payback(p))).toEqual([
      { kind: 'year', year: 2029 },
      { kind: 'year', year: 2030 },
      { kind: 'year', year: 2029 },
    ]);
  });

  test('still a cost at the end is "not paid back"; saving from the first year has nothing to pay back', () => {
    expect(payback(project([5, -1, -1, -1]))).toEqual({ kind: 'notWithinPlan' });
    expect(payback(project([-2, -2, -2, -2]))).toEqual({ kind: 'neverACost' });
    expect(payback(project([0, 0, 0, 0]))).toEqual({ kind: 'neverACost' });
  });
});
