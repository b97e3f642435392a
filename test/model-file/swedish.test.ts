/** No problem the model-file parser reports lacks its Swedish sentence, over every refused input. */
import fc from 'fast-check';
import { parseModel } from '../../src/model-file';
import { arbModelFile, arbModelFileV2 } from './arbitrary';
import { problemsAfter } from './helpers';
import { ALL_REFUSALS, NON_MODELS } from './refusal-cases';
import { expectSwedish, swedishShortcomings } from './swedish';

describe('the check itself', () => {
  const problem = (sv?: string) => ({
    path: '$.committees[1].labourShare',
    code: 'range' as const,
    message: 'labour share must be at most 1, got "120 %" (1.2)',
    ...(sv === undefined ? {} : { messages: { sv } }),
  });

  test('accepts a Swedish sentence with the same quoted value and numbers', () => {
    expect(swedishShortcomings(problem('personalkostnadsandelen får vara högst 1, men är "120 %" (1,2)'))).toEqual([]);
  });

  test('notices a sentence that is missing, leaves out a value, writes a number the English way or is English', () => {
    expect(swedishShortcomings(problem())).toHaveLength(1);
    expect(swedishShortcomings(problem('personalkostnadsandelen får vara högst 1, men är 1,2'))).toHaveLength(1);
    expect(swedishShortcomings(problem('personalkostnadsandelen får vara högst 1, men är "120 %" (1.2)'))).toHaveLength(1);
    expect(swedishShortcomings(problem('labour share must be at most 1, got "120 %" (1,2)'))).toHaveLength(1);
  });
});

describe('every problem has a Swedish sentence with the facts of the English one', () => {
  test.each(ALL_REFUSALS)('%s', (_title, change) => {
    expectSwedish(problemsAfter(change));
  });

  test.each(NON_MODELS)('the model as %p', (input) => {
    const result = parseModel(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expectSwedish(result.problems);
  });

  test('many problems at once', () => {
    const problems = problemsAfter((f) => {
      f.taxBase = 'abc';
      f.unit = 'Mkr';
      f.language = 'de';
      f.years.splice(2, 1);
      f.years[0].wageIndex = '1,5 %%';
      f.years[1].grants = -9000;
      f.committees[0].labourShare = 1.2;
      f.committees[0].openingCarryin = 4;
      f.committees.push({ id: 'BUN', frame: 10, labourShare: 0.5 });
      f.committeeYears[1].committee = 'XX';
      f.history.push({ year: 2030, revenue: -1, result: 0 });
      f.scenarios[1].name = 'Base';
      f.scenarios[1].overrides.years[0].year = 2031;
      f.scenarios[0].overrides.years = [{ year: 2028, grants: -9000 }];
    });
    expect(problems.length).toBeGreaterThan(10);
    expectSwedish(problems);
  });

  const BAD_VALUES: unknown[] = ['abc', '1,5 %', '12 kr', '', '  ', -2, -1, 0, 2.5, 1234567.5, 101, true, null, [], {}];

  /** The paths of the leaves (and of the objects and lists) in a model file. */
  function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
    if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
    return [at];
  }

  function replaced(file: Record<string, unknown>, path: (string | number)[], value: unknown): unknown {
    if (path.length === 0) return value;
    const copy = structuredClone(file) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]] = value;
    return copy;
  }

  test('a bad value anywhere in a random model (property)', () => {
    fc.assert(
      fc.property(arbModelFile(), fc.nat(), fc.constantFrom(...BAD_VALUES), (file, n, bad) => {
        const all = paths(file);
        const input = replaced(file as Record<string, unknown>, all[n % all.length], bad);
        const result = parseModel(input);
        if (!result.ok) expectSwedish(result.problems);
      }),
      { numRuns: 300 },
    );
  });

  test('a bad value anywhere in a random version 2 model (property)', () => {
    fc.assert(
      fc.property(arbModelFileV2(), fc.nat(), fc.constantFrom(...BAD_VALUES), (file, n, bad) => {
        const all = paths(file);
        const input = replaced(file as Record<string, unknown>, all[n % all.length], bad);
        const result = parseModel(input);
        if (!result.ok) expectSwedish(result.problems);
      }),
      { numRuns: 200 },
    );
  });
});
