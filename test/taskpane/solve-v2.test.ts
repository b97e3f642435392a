/**
 * The pane's solver with a choice of lever (the efficiency requirement or the tax rate) and goal (the
 * surplus target, the balance requirement, or both). Each answer is checked by running it: put into
 * the scenario, the goal holds; put in 1e-4 below it, the goal fails.
 */
import { runScenario } from '../../src/engine/run';
import { meetsGoal, solve, SOLVER_GOALS, SolverGoal, SolverLever } from '../../src/engine/solver';
import { Model } from '../../src/engine/types';
import { exampleModel } from '../../src/examples';
import { checkModel } from '../../src/taskpane/model/checked';
import { scenarioAt, scenarioLevers } from '../../src/taskpane/model/levers';
import { applyAnswer, shownTaxChange, solveScenario } from '../../src/taskpane/model/solve';

const model = exampleModel();
const indexOf = (name: string) => model.scenarios.findIndex((s) => s.name === name) + 1;
const RECESSION = indexOf('Lågkonjunktur');
const REVENUE = indexOf('Intäktsstyrd ram');

function holds(m: Model, index: number, goal: SolverGoal): boolean {
  return meetsGoal(runScenario(m, scenarioAt(m, index)), goal);
}

const CASES: [string, number, SolverLever, SolverGoal][] = [];
for (const [name, index] of [['Bas', 0], ['Full kompensation', indexOf('Full kompensation')], ['Lågkonjunktur', RECESSION]] as const) {
  for (const lever of ['efficiency', 'taxRate'] as const) for (const goal of SOLVER_GOALS) CASES.push([name, index, lever, goal]);
}

describe('the solver with a lever and a goal', () => {
  test.each(CASES)('%s, %s for %s: the goal holds at the answer and fails 1e-4 below it', (_name, index, lever, goal) => {
    const outcome = solveScenario(model, index, lever, goal);
    expect(outcome.value).not.toBeNull();
    const x = outcome.value!;
    expect(outcome).toMatchObject({ lever, goal });
    expect(checkModel(outcome.model).ok).toBe(true);
    expect(holds(outcome.model, index, goal)).toBe(true);
    expect(holds(applyAnswer(model, index, lever, x - 1e-4), index, goal)).toBe(false);
    // The same answer as the engine's (and the CLI's) solver.
    expect(x).toBe(solve(model, scenarioAt(model, index), { lever, goal }).value);
  });

  test('the recession needs a tax increase for the balance requirement, put into every plan year', () => {
    // Before: the balance requirement fails every year of "Lågkonjunktur".
    expect(runScenario(model, scenarioAt(model, RECESSION)).balanceMet).toEqual([false, false, false, false]);
    const outcome = solveScenario(model, RECESSION, 'taxRate', 'balance');
    const x = outcome.value!;
    expect(x).toBeGreaterThan(0);
    expect(outcome.efficiency).toBeNull();
    // Every plan year's rate is the scenario's rate (21,45 every year) plus the change.
    expect(scenarioLevers(outcome.model, RECESSION).years.map((y) => y.taxRate)).toEqual([21.45 + x, 21.45 + x, 21.45 + x, 21.45 + x]);
    // The scenario's own year rows keep their other keys.
    expect(outcome.model.scenarios[RECESSION - 1].overrides.years![0]).toEqual({ year: 2027, taxBaseGrowth: -0.01, grants: 1019, taxRate: 21.45 + x });
    expect(runScenario(outcome.model, scenarioAt(outcome.model, RECESSION)).balanceMet).toEqual([true, true, true, true]);
    // The base and the other scenarios are untouched.
    expect(outcome.model.years).toBe(model.years);
    expect(outcome.model.scenarios.filter((_, i) => i !== RECESSION - 1)).toEqual(model.scenarios.filter((_, i) => i !== RECESSION - 1));
  });

  test('the tax lever keeps a revenue-driven scenario’s frame mode; the requirement switches it to uplift', () => {
    const tax = solveScenario(model, REVENUE, 'taxRate', 'balance');
    expect(tax.value).not.toBeNull();
    expect(tax.switchedToUplift).toBe(false);
    expect(scenarioLevers(tax.model, REVENUE).frameMode).toBe('revenue');
    const e = solveScenario(model, REVENUE, 'efficiency', 'balance');
    expect(e.switchedToUplift).toBe(true);
    expect(scenarioLevers(e.model, REVENUE).frameMode).toBe('uplift');
    expect(scenarioLevers(e.model, REVENUE).years.every((y) => y.efficiency === e.value)).toBe(true);
  });

  test('the base’s tax answer goes into the model’s own year rows', () => {
    const outcome = solveScenario(model, 0, 'taxRate', 'target');
    const x = outcome.value!;
    expect(outcome.model.years.map((y) => y.taxRate)).toEqual(model.years.map((y) => (y.taxRate ?? model.taxRate) + x));
    expect(outcome.model.scenarios).toBe(model.scenarios);
  });

  test('nothing in range meets the goal: no value, and the model is left as it was', () => {
    const hopeless: Model = { ...model, target: 0.9 };
    for (const lever of ['efficiency', 'taxRate'] as const) {
      const outcome = solveScenario(hopeless, 0, lever, 'both');
      expect(outcome.value).toBeNull();
      expect(outcome.model).toBe(hopeless);
    }
  });

  test('the sentence’s tax change is rounded up to whole öre, so the figure shown is enough', () => {
    expect(shownTaxChange(0.36559581756591797)).toBe(0.37);
    expect(shownTaxChange(0.23)).toBe(0.23);
    expect(shownTaxChange(0.2300001)).toBe(0.24);
    // A lowering is rounded towards zero: lowering by 0,15 kr is within what 0,153 kr allows.
    expect(shownTaxChange(-0.153)).toBe(-0.15);
  });
});
