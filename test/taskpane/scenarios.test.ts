import { exampleModel } from '../../src/examples';
import { checkModel } from '../../src/taskpane/model/checked';
import { addScenario, deleteScenario, duplicateScenario, freeName, nameProblem, renameScenario } from '../../src/taskpane/model/scenarios';

const RESERVED = ['Bas', 'Base'];

describe('scenarios', () => {
  const model = exampleModel();
  const names = (m: typeof model) => m.scenarios.map((s) => s.name);

  test('add appends a scenario equal to the base', () => {
    const next = addScenario(model, '  Ny ram ');
    expect(names(next)).toEqual([...names(model), 'Ny ram']);
    expect(next.scenarios.at(-1)!.overrides).toEqual({});
    expect(checkModel(next).ok).toBe(true);
  });

  test('duplicate copies the overrides right after the original, deeply', () => {
    const next = duplicateScenario(model, 1, 'Kopia av Enprocentaren');
    expect(names(next).slice(0, 2)).toEqual(['Enprocentaren', 'Kopia av Enprocentaren']);
    expect(next.scenarios[1].overrides).toEqual(model.scenarios[0].overrides);
    expect(next.scenarios[1].overrides).not.toBe(model.scenarios[0].overrides);
  });

  test('duplicating the base gives a scenario without overrides, first in the list', () => {
    const next = duplicateScenario(model, 0, 'Kopia av Bas');
    expect(next.scenarios[0]).toEqual({ name: 'Kopia av Bas', overrides: {} });
  });

  test('rename and delete act on the chosen scenario; the base can do neither', () => {
    expect(names(renameScenario(model, 2, 'Halv'))[1]).toBe('Halv');
    expect(names(deleteScenario(model, 2))).toEqual(['Enprocentaren', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur']);
    expect(() => renameScenario(model, 0, 'x')).toThrow();
    expect(() => deleteScenario(model, 0)).toThrow();
  });

  test('names must be given, free, not the base’s, and fit a sheet name', () => {
    expect(nameProblem(model, '  ', RESERVED)).toBe('empty');
    expect(nameProblem(model, 'enprocentaren', RESERVED)).toBe('taken');
    expect(nameProblem(model, 'Enprocentaren', RESERVED, 1)).toBeNull();
    expect(nameProblem(model, 'BAS', RESERVED)).toBe('reserved');
    expect(nameProblem(model, 'base', RESERVED)).toBe('reserved');
    expect(nameProblem(model, 'x'.repeat(32), RESERVED)).toBe('tooLong');
    expect(nameProblem(model, '<img src=x onerror=alert(1)>', RESERVED)).toBeNull();
  });

  test('a free name gets a number when the stem is taken', () => {
    expect(freeName(model, 'Nytt scenario', RESERVED)).toBe('Nytt scenario');
    expect(freeName(model, 'Enprocentaren', RESERVED)).toBe('Enprocentaren (2)');
    expect(freeName(model, 'Kopia av ' + 'x'.repeat(40), RESERVED).length).toBeLessThanOrEqual(31);
  });
});
