import { runScenario } from '../../src/engine/run';
import { exampleModel } from '../../src/examples';
import { applyLever, scenarioAt, scenarioLevers } from '../../src/taskpane/model/levers';
import { checkModel } from '../../src/taskpane/model/checked';

describe("a scenario's levers", () => {
  const model = exampleModel();

  test('the base shows the model’s own values', () => {
    const levers = scenarioLevers(model, 0);
    expect(levers.target).toBe(0.03);
    expect(levers.frameMode).toBe('uplift');
    expect(levers.years.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(levers.years[0]).toEqual({ year: 2027, efficiency: 0.01, compensation: 0.5, taxRate: 21.45, interestRate: 0.029 });
    // The base's spend is the investments as listed: the model file has no scale for it.
    expect(levers.investmentScale).toBeNull();
  });

  test("a scenario shows its overrides over the base ('Full kompensation': efficiency 0, compensation 1)", () => {
    const index = model.scenarios.findIndex((s) => s.name === 'Full kompensation') + 1;
    const levers = scenarioLevers(model, index);
    expect(levers.years.every((y) => y.efficiency === 0 && y.compensation === 1)).toBe(true);
  });

  test('editing a year of a scenario adds a year row to that scenario only', () => {
    const next = applyLever(model, 1, { kind: 'year', year: 2028, key: 'efficiency', value: 0.02 });
    expect(next.scenarios[0].overrides.years).toEqual([{ year: 2028, efficiency: 0.02 }]);
    expect(next.scenarios[0].overrides.efficiency).toBe(0.01);
    expect(scenarioLevers(next, 1).years.map((y) => y.efficiency)).toEqual([0.01, 0.02, 0.01, 0.01]);
    expect(next.years).toBe(model.years);
    expect(model.scenarios[0].overrides.years).toBeUndefined();
    expect(checkModel(next).ok).toBe(true);
  });

  test('a second edit of the same year row keeps its other keys', () => {
    let next = applyLever(model, 1, { kind: 'year', year: 2028, key: 'efficiency', value: 0.02 });
    next = applyLever(next, 1, { kind: 'year', year: 2028, key: 'taxRate', value: 22 });
    expect(next.scenarios[0].overrides.years).toEqual([{ year: 2028, efficiency: 0.02, taxRate: 22 }]);
    expect(scenarioLevers(next, 1).years.map((y) => y.taxRate)).toEqual([21.45, 22, 21.45, 21.45]);
  });

  test('editing the base changes the model’s year rows, target and frame mode', () => {
    let next = applyLever(model, 0, { kind: 'year', year: 2027, key: 'compensation', value: 0.75 });
    next = applyLever(next, 0, { kind: 'target', value: 0.02 });
    next = applyLever(next, 0, { kind: 'frameMode', value: 'revenue' });
    expect(next.years[0].compensation).toBe(0.75);
    expect(next.target).toBe(0.02);
    expect(next.frameMode).toBe('revenue');
    expect(model.years[0].compensation).toBe(0.5);
  });

  test('a higher tax rate raises the result the preview shows', () => {
    const before = runScenario(model, scenarioAt(model, 1));
    const next = applyLever(model, 1, { kind: 'year', year: 2027, key: 'taxRate', value: 22.45 });
    const after = runScenario(next, scenarioAt(next, 1));
    expect(after.result[0]).toBeGreaterThan(before.result[0]);
  });

  test('target and frame mode of a scenario are overrides', () => {
    let next = applyLever(model, 2, { kind: 'target', value: 0.01 });
    next = applyLever(next, 2, { kind: 'frameMode', value: 'revenue' });
    expect(next.scenarios[1].overrides).toMatchObject({ target: 0.01, frameMode: 'revenue' });
    expect(next.target).toBe(0.03);
  });
});
