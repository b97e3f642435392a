import { runScenario } from '../../src/engine/run';
import { exampleModel } from '../../src/examples';
import { changedScenarios, removedScenarios } from '../../src/taskpane/model/changed';
import { compareScenarios } from '../../src/taskpane/model/compare';
import { applyLever, scenarioAt } from '../../src/taskpane/model/levers';
import { deleteScenario } from '../../src/taskpane/model/scenarios';

describe('comparing any two scenarios', () => {
  const model = exampleModel();

  test('A minus B per year: result, rolling share and the frames’ total, from the two runs', () => {
    const c = compareScenarios(model, 1, 3);
    const a = runScenario(model, scenarioAt(model, 1));
    const b = runScenario(model, scenarioAt(model, 3));
    const total = (r: typeof a, t: number) => r.committees.reduce((s, k) => s + k.frame[t], 0);
    c.years.forEach((y, t) => {
      expect(y.year).toBe(a.years[t]);
      expect(y.result).toBeCloseTo(a.result[t] - b.result[t], 9);
      expect(y.rollingShare).toBeCloseTo(a.rollingShare[t] - b.rollingShare[t], 12);
      expect(y.frames).toBeCloseTo(total(a, t) - total(b, t), 9);
      // The committees' differences add up to the frames' difference.
      expect(c.committees.reduce((s, k) => s + k.frame[t], 0)).toBeCloseTo(y.frames, 9);
    });
  });

  test('swapping A and B changes every sign; a scenario against itself is all zero', () => {
    const ab = compareScenarios(model, 2, 0);
    const ba = compareScenarios(model, 0, 2);
    ab.years.forEach((y, t) => expect(y.result).toBeCloseTo(-ba.years[t].result, 9));
    expect(compareScenarios(model, 2, 2).years.every((y) => y.result === 0 && y.rollingShare === 0 && y.frames === 0)).toBe(true);
  });
});

describe('changed since the last write', () => {
  const model = exampleModel();

  test('nothing is changed against itself, or against an equal copy', () => {
    expect([...changedScenarios(model, model)]).toEqual([]);
    expect([...changedScenarios(model, JSON.parse(JSON.stringify(model)))]).toEqual([]);
  });

  test('a lever of one scenario marks that scenario; a lever of the base marks the base', () => {
    const one = applyLever(model, 2, { kind: 'target', value: 0.02 });
    expect([...changedScenarios(one, model)]).toEqual([model.scenarios[1].name]);
    const base = applyLever(model, 0, { kind: 'target', value: 0.02 });
    expect([...changedScenarios(base, model)]).toEqual(['']);
  });

  test('a deleted scenario is listed as removed', () => {
    expect(removedScenarios(deleteScenario(model, 1), model)).toEqual([model.scenarios[0].name]);
  });
});
