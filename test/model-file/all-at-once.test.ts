/** Every problem in one call, each once, in document order, located in the workbook when asked. */
import { CellLocation, formatLocation, formatProblem, loadModelOrThrow, ModelRefusedError, parseModel, Problem, problemMessage } from '../../src/model-file';
import { validFile } from './fixture';
import { problemsAfter } from './helpers';

describe('all problems at once', () => {
  test('problems in different places are all reported, in document order', () => {
    const problems = problemsAfter((f) => {
      f.taxBase = 'abc';
      f.years.splice(2, 1);
      f.years[0].wageIndex = '1,5 %%';
      f.committees[0].labourShare = 1.2;
      f.committees[0].openingCarryin = 4;
      f.committees.push({ id: 'BUN', frame: 10, labourShare: 0.5 });
      f.committeeYears[1].committee = 'XX';
      f.scenarios[1].name = 'Base';
      f.scenarios[1].overrides.years[0].year = 2031;
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.taxBase', 'type'],
      ['$.years', 'year-missing'],
      ['$.years[0].wageIndex', 'type'],
      ['$.committees[0].labourShare', 'range'],
      ['$.committees[0].openingCarryin', 'unknown-key'],
      ['$.committees[3].id', 'duplicate'],
      ['$.committees[3].name', 'required'],
      ['$.committeeYears[1].committee', 'unknown-committee'],
      ['$.scenarios[1].name', 'reserved-name'],
      ['$.scenarios[1].overrides.years[0].year', 'year-outside-plan'],
    ]);
  });

  test('checks across fields still run where the structure is refused', () => {
    const problems = problemsAfter((f) => {
      f.unit = 'Mkr';
      f.years[1] = 'not a row';
      f.committees[2].id = 'KS';
      f.committees[2].frame = 'x';
      f.history.push({ year: 2030, revenue: -1, result: 0 });
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.unit', 'enum'],
      ['$.history[3].year', 'history-after-base'],
      ['$.history[3].revenue', 'revenue-not-positive'],
      ['$.years[1]', 'type'],
      ['$.committees[2].id', 'duplicate'],
      ['$.committees[2].frame', 'type'],
      ['$.committeeYears[1].committee', 'unknown-committee'],
    ]);
  });

  test('no problem is reported twice', () => {
    const problems = problemsAfter((f) => {
      f.years[0].taxRate = 0;
      f.years[1].grants = -9000;
      f.years[2].year = 2028;
      f.scenarios[0].overrides.years = [{ year: 2028, grants: -9000 }];
    });
    const keys = problems.map((p) => `${p.path} ${p.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['$.years year-missing', '$.years[0].taxRate range', '$.years[2].year duplicate']);
  });

  test('the order follows the document, not the canonical key order', () => {
    const file = validFile();
    file.committees[1].labourShare = 2;
    file.taxRate = 0;
    const committeesFirst = { committees: file.committees, ...file };
    const result = parseModel(committeesFirst);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['$.committees[1].labourShare', '$.taxRate']);
  });

  test('a missing key comes after the keys present in its object', () => {
    const problems = problemsAfter((f) => {
      delete f.committees[0].name;
      f.committees[0].frame = -1;
      f.committees[1].frame = -1;
    });
    expect(problems.map((p) => p.path)).toEqual(['$.committees[0].frame', '$.committees[0].name', '$.committees[1].frame']);
  });

  test('the same input gives the same problems in the same order', () => {
    const change = (f: Record<string, any>) => {
      f.horizon = 99;
      f.committees[1].labourShare = -1;
      f.scenarios[0].name = '';
    };
    expect(problemsAfter(change)).toEqual(problemsAfter(change));
  });
});

describe('locate', () => {
  const locate = (path: (string | number)[]): CellLocation | undefined =>
    path[0] === 'committees' && typeof path[1] === 'number'
      ? { sheet: 'Indata', table: 'Nämnder', row: path[1] + 1, column: path[2] === undefined ? undefined : String(path[2]) }
      : undefined;

  test('each problem gets the location of its path', () => {
    const file = validFile();
    file.committees[1].labourShare = 1.5;
    file.taxRate = 0;
    const result = parseModel(file, { locate });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: '$.taxRate', code: 'range', message: expect.any(String), messages: { sv: expect.any(String) } },
      {
        path: '$.committees[1].labourShare',
        code: 'range',
        message: 'labour share must be between 0 and 1 (0 %–100 %), got 1.5',
        messages: { sv: 'personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,5' },
        location: { sheet: 'Indata', table: 'Nämnder', row: 2, column: 'labourShare' },
      },
    ]);
    expect('location' in result.problems[0]).toBe(false);
  });

  test('locate receives the path segments', () => {
    const seen: (string | number)[][] = [];
    const file = validFile();
    file.scenarios[1].overrides.committeeYears[0].committee = 'XX';
    parseModel(file, { locate: (path) => (seen.push(path), undefined) });
    expect(seen).toEqual([['scenarios', 1, 'overrides', 'committeeYears', 0, 'committee']]);
  });
});

describe('loadModelOrThrow', () => {
  test('returns the model', () => {
    expect(loadModelOrThrow(validFile()).name).toBe('Testkommun');
  });

  test('throws ModelRefusedError with every problem and the place in its message', () => {
    const file = validFile();
    file.committees[0].labourShare = 1.2;
    file.horizon = 0;
    const locate = () => ({ sheet: 'Indata', table: 'Nämnder', row: 1, column: 'Personalandel', address: 'E7' });
    let error: unknown;
    try {
      loadModelOrThrow(file, { locate });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelRefusedError);
    const refused = error as ModelRefusedError;
    expect(refused.problems.map((p) => p.path)).toEqual(['$.horizon', '$.committees[0].labourShare']);
    expect(refused.message).toContain('Indata!E7 (table Nämnder, row 1, column Personalandel) $.committees[0].labourShare: labour share');
    expect(refused.language).toBe('sv');
  });

  test('the error carries the language the refused input names, when it names one', () => {
    const refusal = (change: (f: ReturnType<typeof validFile>) => void) => {
      const file = validFile();
      file.horizon = 0;
      change(file);
      try {
        loadModelOrThrow(file);
      } catch (e) {
        return (e as ModelRefusedError).language;
      }
      throw new Error('accepted');
    };
    expect(refusal((f) => (f.language = 'en'))).toBe('en');
    expect(refusal((f) => delete f.language)).toBeUndefined();
    expect(refusal((f) => (f.language = 'de'))).toBeUndefined();
  });
});

describe('the place and the sentence, in English and in Swedish', () => {
  const problem: Problem = {
    path: '$.committees[1].labourShare',
    code: 'range',
    message: 'labour share must be between 0 and 1 (0 %–100 %), got 1.5',
    messages: { sv: 'personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,5' },
    location: { sheet: 'Nämnder', table: 'bsCommittees', row: 2, column: 'Personalkostnadsandel', address: 'D6' },
  };

  test('a cell', () => {
    expect(formatProblem(problem)).toBe(
      'Nämnder!D6 (table bsCommittees, row 2, column Personalkostnadsandel) $.committees[1].labourShare: labour share must be between 0 and 1 (0 %–100 %), got 1.5',
    );
    expect(formatProblem(problem, 'en')).toBe(formatProblem(problem));
    expect(formatProblem(problem, 'sv')).toBe(
      'Nämnder!D6 (tabell bsCommittees, rad 2, kolumn Personalkostnadsandel) $.committees[1].labourShare: personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,5',
    );
  });

  test('the header row, a table, no location, and a problem without a Swedish sentence', () => {
    const header = { sheet: 'Indata', table: 'bsYears', row: 0, column: 'År' };
    expect(formatLocation(header)).toBe('Indata (table bsYears, header row, column År)');
    expect(formatLocation(header, 'sv')).toBe('Indata (tabell bsYears, rubrikraden, kolumn År)');
    expect(formatLocation({ sheet: 'Indata', table: 'bsHistory' }, 'sv')).toBe('Indata (tabell bsHistory)');
    expect(formatProblem({ ...problem, location: undefined }, 'sv')).toBe(
      '$.committees[1].labourShare: personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,5',
    );
    const english: Problem = { path: '$.target', code: 'range', message: 'surplus target must be less than 1' };
    expect(formatProblem(english, 'sv')).toBe('$.target: surplus target must be less than 1');
    expect(problemMessage(english, 'sv')).toBe('surplus target must be less than 1');
    expect(problemMessage(problem, 'sv')).toBe(problem.messages!.sv);
    expect(problemMessage(problem)).toBe(problem.message);
  });
});
