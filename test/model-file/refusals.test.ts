/**
 * Every refused input: the exact problem code and JSON path, and nothing else reported; the messages
 * in English and in Swedish.
 */
import { parseModel } from '../../src/model-file';
import { pathsAndCodes, problemsAfter } from './helpers';
import {
  Case,
  COMMITTEES,
  DUPLICATES,
  EFFICIENCY_DEMOGRAPHY_DEVIATION,
  ENUMS_AND_SCHEMA_VERSION,
  GROWTH_AND_INDICES,
  HISTORY,
  HORIZON_WINDOWS_REPAYMENT,
  MISSING_VALUES,
  NON_MODELS,
  NON_NUMBERS,
  NON_OBJECTS,
  PLAN_YEARS,
  REVENUE,
  SCENARIO_NAMES,
  SHARES_AND_CAPS,
  TAX_AND_TARGET,
  UNKNOWN_KEYS,
  UNKNOWN_REFERENCES,
} from './refusal-cases';
import { sv } from './swedish';

function refuses(cases: Case[]): void {
  test.each(cases)('%s', (_title, change, expected) => {
    expect(pathsAndCodes(change)).toEqual(expected);
  });
}

describe('a non-number where a number belongs', () => {
  refuses(NON_NUMBERS);

  test('the message quotes the text', () => {
    const [p] = problemsAfter((f) => (f.taxBase = '1,5 %'));
    expect(p.message).toBe('tax base must be a plain number, not a percentage, got "1,5 %"');
    expect(sv(p)).toBe('skatteunderlaget måste vara ett vanligt tal, inte en procentsats, men är "1,5 %"');
    const [q] = problemsAfter((f) => (f.years[0].wageIndex = 'abc'));
    expect(q.message).toBe('wage index must be a number or a percentage such as "1,5 %", got "abc"');
    expect(sv(q)).toBe('löneökningen måste vara ett tal eller en procentsats som "1,5 %", men är "abc"');
  });

  test('in Swedish, a number the user gave is written the Swedish way', () => {
    const [p] = problemsAfter((f) => (f.committees[0].id = 110.5));
    expect(p.message).toBe('committee id must be text, got 110.5');
    expect(sv(p)).toBe('nämndens id måste vara text, men är 110,5');
    const [q] = problemsAfter((f) => (f.committeeYears[0].initiative = [5]));
    expect(sv(q)).toBe('satsningen måste vara ett tal, men är en lista');
  });
});

describe('a non-object or non-list where one belongs', () => {
  refuses(NON_OBJECTS);

  test.each(NON_MODELS)('the model as %p', (input, code) => {
    const result = parseModel(input);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([['$', code]]);
  });

  test('the message names what was expected', () => {
    const [p] = problemsAfter((f) => (f.committees = 'KS'));
    expect(p.message).toBe('committees must be a list, got "KS"');
    expect(sv(p)).toBe('committees måste vara en lista, men är "KS"');
    const [q] = problemsAfter((f) => (f.committees[1] = 5));
    expect(sv(q)).toBe('varje post i committees måste vara ett objekt, men är 5');
    const result = parseModel([]);
    expect(result.ok ? [] : result.problems.map((r) => [r.message, sv(r)])).toEqual([
      ['the model must be an object, got a list', 'modellen måste vara ett objekt, men är en lista'],
    ]);
    const missing = parseModel(undefined);
    expect(missing.ok ? [] : missing.problems.map(sv)).toEqual(['modellen måste anges']);
  });
});

describe('duplicates', () => {
  refuses(DUPLICATES);

  test('the message names the first place', () => {
    const [p] = problemsAfter((f) => f.committees.push({ id: 'KS', name: 'Kultur', frame: 50, labourShare: 0.5 }));
    expect(p.message).toBe('committee id "KS" appears more than once (first at $.committees[0].id)');
    expect(sv(p)).toBe('nämnd-id "KS" förekommer mer än en gång (första gången vid $.committees[0].id)');
    const [q] = problemsAfter((f) => f.committeeYears.push({ committee: 'KS', year: 2027, initiative: 1 }));
    expect(sv(q)).toBe('nämnden "KS" år 2027 förekommer mer än en gång (första gången vid $.committeeYears[0])');
    const [r] = problemsAfter((f) => (f.scenarios[1].name = 'Full kompensation'));
    expect(sv(r)).toBe('scenarionamnet "Full kompensation" förekommer mer än en gång (första gången vid $.scenarios[0].name)');
  });
});

describe('shares and caps outside [0, 1]', () => {
  refuses(SHARES_AND_CAPS);

  test('the message quotes the value and the allowed range', () => {
    expect(problemsAfter((f) => (f.committees[2].labourShare = 1.2))[0].message).toBe(
      'labour share must be between 0 and 1 (0 %–100 %), got 1.2',
    );
    expect(problemsAfter((f) => (f.committees[2].labourShare = '120 %'))[0].message).toBe(
      'labour share must be between 0 and 1 (0 %–100 %), got "120 %" (1.2)',
    );
  });

  test('in Swedish: the value as given, the number with a decimal comma', () => {
    expect(sv(problemsAfter((f) => (f.committees[2].labourShare = 1.2))[0])).toBe(
      'personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,2',
    );
    expect(sv(problemsAfter((f) => (f.committees[2].labourShare = '120 %'))[0])).toBe(
      'personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är "120 %" (1,2)',
    );
    expect(sv(problemsAfter((f) => (f.committees[2].labourShare = '120,5 %'))[0])).toBe(
      'personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är "120,5 %" (1,205)',
    );
  });
});

describe('efficiency, demography and deviation', () => {
  refuses(EFFICIENCY_DEMOGRAPHY_DEVIATION);
});

describe('growth and indices <= -1', () => {
  refuses(GROWTH_AND_INDICES);
});

describe('tax rate, tax base and target', () => {
  refuses(TAX_AND_TARGET);

  test('the message says what the value must be, in both languages', () => {
    const [p] = problemsAfter((f) => (f.target = 3));
    expect(p.message).toBe('surplus target must be greater than -1 and less than 1 (a fraction such as 0.03 for 3 %), got 3');
    expect(sv(p)).toBe('resultatmålet måste vara större än -1 och mindre än 1 (en andel, till exempel 0,03 för 3 %), men är 3');
    const [q] = problemsAfter((f) => (f.taxRate = 100));
    expect(sv(q)).toBe('skattesatsen måste vara större än 0 och mindre än 100 (kr per 100 kr, till exempel 21,5), men är 100');
  });
});

describe('revenue <= 0', () => {
  refuses(REVENUE);

  test('the message shows the arithmetic', () => {
    const [p] = problemsAfter((f) => (f.years[0].grants = -5000));
    expect(p.message).toBe('revenue in 2027 must be positive, got -2816 (tax base 10400 × tax rate 21 / 100 + grants -5000)');
    const [q] = problemsAfter((f) => f.scenarios[1].overrides.years.push({ year: 2029, grants: -5000 }));
    expect(q.message).toMatch(/^in scenario "Stram", revenue in 2029 must be positive, got -2/);
  });

  test('in Swedish, the arithmetic with Swedish numbers', () => {
    const [p] = problemsAfter((f) => (f.years[0].grants = -5000));
    expect(sv(p)).toBe('intäkterna 2027 måste vara större än noll, men blir -2816 (skatteunderlag 10 400 × skattesats 21 / 100 + statsbidrag -5000)');
    const [q] = problemsAfter((f) => f.scenarios[1].overrides.years.push({ year: 2029, grants: -5000 }));
    expect(sv(q)).toBe(
      'i scenariot "Stram" måste intäkterna 2029 vara större än noll, men blir -2604,7409 (skatteunderlag 11 140,74 × skattesats 21,5 / 100 + statsbidrag -5000)',
    );
    expect(sv(problemsAfter((f) => (f.history[1].revenue = 0))[0])).toBe('intäkterna måste vara större än 0, men är 0');
  });
});

describe('horizon, windows and repayment years', () => {
  refuses(HORIZON_WINDOWS_REPAYMENT);

  test('a fraction where a whole number belongs', () => {
    const [p] = problemsAfter((f) => (f.horizon = 2.5));
    expect(p.message).toBe('horizon must be a whole number of years from 1 to 15, got 2.5');
    expect(sv(p)).toBe('antalet planår måste vara ett helt antal år från 1 till 15, men är 2,5');
  });
});

describe('plan years', () => {
  refuses(PLAN_YEARS);

  test('each missing year is named', () => {
    const problems = problemsAfter((f) => (f.years = [f.years[1]]));
    expect(problems.map((p) => p.message)).toEqual([
      'plan year 2027 has no row; years must have exactly one row for each of the plan years 2027–2029',
      'plan year 2029 has no row; years must have exactly one row for each of the plan years 2027–2029',
    ]);
    expect(problems.map(sv)).toEqual([
      'planåret 2027 saknar rad; years ska ha exakt en rad för vart och ett av planåren 2027–2029',
      'planåret 2029 saknar rad; years ska ha exakt en rad för vart och ett av planåren 2027–2029',
    ]);
  });

  test('a year outside the plan, and a plan of one year', () => {
    const [p] = problemsAfter((f) => f.years.push({ ...f.years[2], year: 2030 }));
    expect(p.message).toBe('year 2030 is outside the plan years 2027–2029');
    expect(sv(p)).toBe('året 2030 ligger utanför planåren 2027–2029');
    const one = problemsAfter((f) => {
      f.horizon = 1;
      f.years = [];
      f.committeeYears = [];
      f.scenarios = [];
    });
    expect(one.map((q) => [q.message, sv(q)])).toEqual([
      [
        'plan year 2027 has no row; years must have exactly one row for each of the plan year 2027',
        'planåret 2027 saknar rad; years ska ha exakt en rad för planåret 2027',
      ],
    ]);
  });
});

describe('overrides naming an unknown committee or a year outside the plan', () => {
  refuses(UNKNOWN_REFERENCES);

  test('the message lists the committees', () => {
    const [p] = problemsAfter((f) => (f.committeeYears[1].committee = 'XX'));
    expect(p.message).toBe('committee "XX" is not one of the committees (KS, BUN, SN)');
    expect(sv(p)).toBe('nämnden "XX" finns inte bland nämnderna (KS, BUN, SN)');
  });
});

describe('history', () => {
  refuses(HISTORY);

  test('the message names the base year', () => {
    const [p] = problemsAfter((f) => f.history.push({ year: 2027, revenue: 2400, result: 10 }));
    expect(p.message).toBe('history year 2027 is after the base year 2026; history holds years up to and including the base year');
    expect(sv(p)).toBe('historikåret 2027 ligger efter basåret 2026; historiken innehåller år till och med basåret');
  });
});

describe('scenario names', () => {
  refuses(SCENARIO_NAMES);

  test('the messages', () => {
    const [p] = problemsAfter((f) => (f.scenarios[1].name = 'Base'));
    expect(p.message).toBe('scenario name "Base" is reserved for the base scenario ("Base", in Swedish "Bas"); choose another name');
    expect(sv(p)).toBe('scenarionamnet "Base" är reserverat för basscenariot ("Base", på svenska "Bas"); välj ett annat namn');
    const [q] = problemsAfter((f) => (f.scenarios[0].name = '  '));
    expect([q.message, sv(q)]).toEqual(['scenario name must not be empty', 'scenariots namn måste anges, men texten är tom']);
  });
});

describe('enumerations and schema version', () => {
  refuses(ENUMS_AND_SCHEMA_VERSION);

  test('the message lists the allowed values', () => {
    expect(problemsAfter((f) => (f.unit = 'Mkr'))[0].message).toBe('unit must be one of kr, tkr, mnkr, got "Mkr"');
    expect(sv(problemsAfter((f) => (f.unit = 'Mkr'))[0])).toBe('enheten måste vara något av kr, tkr, mnkr, men är "Mkr"');
    expect(sv(problemsAfter((f) => (f.scenarios[0].overrides.frameMode = 1))[0])).toBe(
      'ramstyrningen måste vara något av uplift, revenue, men är 1',
    );
  });

  test('the schema version', () => {
    const [p] = problemsAfter((f) => (f.schemaVersion = 3));
    expect(p.message).toBe('schema version must be 1 or 2, the schema versions this program reads, got 3');
    expect(sv(p)).toBe('modellversionen måste vara 1 eller 2, de modellversioner som programmet läser, men är 3');
  });
});

describe('committees', () => {
  refuses(COMMITTEES);

  test('an empty list', () => {
    const [p] = problemsAfter((f) => (f.committees = []));
    expect([p.message, sv(p)]).toEqual(['at least one committee is required', 'minst en nämnd måste finnas']);
  });
});

describe('missing required values', () => {
  refuses(MISSING_VALUES);

  test('the message names the value', () => {
    expect(problemsAfter((f) => delete f.committees[2].labourShare)[0].message).toBe('labour share is required');
    expect(sv(problemsAfter((f) => delete f.committees[2].labourShare)[0])).toBe('personalkostnadsandelen måste anges');
    expect(sv(problemsAfter((f) => (f.name = null))[0])).toBe('kommunens namn måste anges');
  });
});

describe('unknown keys', () => {
  refuses(UNKNOWN_KEYS);

  test('the message suggests the key that was meant', () => {
    expect(problemsAfter((f) => (f.committees[0].openingCarryin = 5))[0].message).toBe(
      'unknown key "openingCarryin"; did you mean "openingCarryIn"?',
    );
    expect(problemsAfter((f) => (f.history[0].note = 'x'))[0].message).toBe('unknown key "note"; the keys here are year, revenue, result');
    expect(sv(problemsAfter((f) => (f.committees[0].openingCarryin = 5))[0])).toBe('okänd nyckel "openingCarryin"; menade du "openingCarryIn"?');
    expect(sv(problemsAfter((f) => (f.history[0].note = 'x'))[0])).toBe('okänd nyckel "note"; nycklarna här är year, revenue, result');
  });
});
