import { runModel } from '../../src/engine/run';
import { checkModel } from '../../src/taskpane/model/checked';
import { templateModel } from '../../src/taskpane/model/template';

describe('the empty template', () => {
  test.each(['sv', 'en'] as const)('is a valid model in %s, starting after the base year', (language) => {
    const model = templateModel({ name: 'Min kommun', language, baseYear: 2026 });
    const checked = checkModel(model);
    expect(checked.ok).toBe(true);
    expect(model.years.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030]);
    const run = runModel(model);
    expect(run.scenarios[0].revenue.every((r) => r > 0)).toBe(true);
  });
});
