import { runScenario } from '../../src/engine/run';
import { meetsTarget, solveEfficiency } from '../../src/engine/solver';
import { Model } from '../../src/engine/types';
import { exampleModel } from '../../src/examples';
import { checkModel } from '../../src/taskpane/model/checked';
import { scenarioAt, scenarioLevers } from '../../src/taskpane/model/levers';
import { solveScenario } from '../../src/taskpane/model/solve';

function expectAppliedAsSolved(model: Model, index: number) {
  const outcome = solveScenario(model, index);
  const solved = solveEfficiency(model, scenarioAt(model, index));
  expect(outcome.efficiency).toBe(solved.efficiency);
  if (outcome.efficiency === null) return;
  expect(checkModel(outcome.model).ok).toBe(true);
  const after = runScenario(outcome.model, scenarioAt(outcome.model, index));
  expect(meetsTarget(after)).toBe(true);
  expect(after.result).toEqual(solved.scenario.result);
  expect(scenarioLevers(outcome.model, index).years.every((y) => y.efficiency === outcome.efficiency)).toBe(true);
}

describe('find the required efficiency', () => {
  const model = exampleModel();

  test.each([0, 1, 2, 3, 4])('scenario %i gets the answer for every year and then meets the target', (index) => {
    expectAppliedAsSolved(model, index);
  });

  test('a revenue-driven scenario is switched to uplift mode, which the answer assumes', () => {
    const index = model.scenarios.findIndex((s) => s.overrides.frameMode === 'revenue') + 1;
    const outcome = solveScenario(model, index);
    expect(outcome.switchedToUplift).toBe(true);
    expect(scenarioLevers(outcome.model, index).frameMode).toBe('uplift');
  });

  test('year rows and committee-year efficiency values give way to the answer', () => {
    const base = exampleModel();
    const withRows: Model = {
      ...base,
      committeeYears: [...base.committeeYears, { committee: 'KS', year: 2028, efficiency: 0.05 }],
      scenarios: [
        {
          name: 'Mixed',
          overrides: {
            years: [{ year: 2029, efficiency: 0.03, taxRate: 21.9 }],
            committeeYears: [{ committee: 'SN', year: 2027, efficiency: 0.02, deviation: 0.01 }],
          },
        },
      ],
    };
    expectAppliedAsSolved(withRows, 1);
    const outcome = solveScenario(withRows, 1);
    const o = outcome.model.scenarios[0].overrides;
    expect(o.years).toEqual([{ year: 2029, taxRate: 21.9 }]);
    expect(o.committeeYears).toEqual(
      expect.arrayContaining([
        { committee: 'SN', year: 2027, efficiency: outcome.efficiency, deviation: 0.01 },
        { committee: 'KS', year: 2028, efficiency: outcome.efficiency },
      ]),
    );
    expectAppliedAsSolved(withRows, 0);
  });

  test('when no requirement meets the target the model is left as it was', () => {
    const base = exampleModel();
    const hopeless: Model = { ...base, target: 0.9 };
    const outcome = solveScenario(hopeless, 0);
    expect(outcome.efficiency).toBeNull();
    expect(outcome.model).toBe(hopeless);
  });
});
