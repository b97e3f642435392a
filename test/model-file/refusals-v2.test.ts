/** Every refused version 2 input: the exact problem code and JSON path, and the messages in English and in Swedish. */
import { pathsAndCodesV2 } from './helpers';
import { ALL_REFUSALS_V2 } from './refusal-cases-v2';
import { problemsAfterV2 } from './helpers';
import { expectSwedish, sv } from './swedish';

describe('each version 2 refusal, at its path, and nothing else', () => {
  test.each(ALL_REFUSALS_V2)('%s', (_title, change, expected) => {
    expect(pathsAndCodesV2(change)).toEqual(expected);
  });
});

describe('every version 2 problem has a Swedish sentence with the facts of the English one', () => {
  test.each(ALL_REFUSALS_V2)('%s', (_title, change) => {
    expectSwedish(problemsAfterV2(change));
  });
});

describe('the messages', () => {
  test('a version 2 key in a version 1 file says to use 2', () => {
    const [p] = problemsAfterV2((f) => {
      f.schemaVersion = 1;
    }).filter((q) => q.path === '$.debt');
    expect(p.message).toBe('debt is a version 2 key, but the file says "schemaVersion": 1; set "schemaVersion": 2 to use it');
    expect(sv(p)).toBe('debt är en nyckel i version 2, men filen anger "schemaVersion": 1; ange "schemaVersion": 2 för att använda den');
  });

  test('investmentScale at the top level says where it belongs', () => {
    const [p] = problemsAfterV2((f) => (f.investmentScale = 0.8));
    expect(p.message).toBe(
      "investmentScale belongs in a scenario's overrides, where it scales that scenario's spend; the model's own spend is what investments says",
    );
    expect(sv(p)).toBe('investmentScale hör hemma i ett scenarios overrides, där den skalar scenariots utgifter; modellens egna utgifter är de som anges i investments');
  });

  test('a population row twice names the first', () => {
    const [p] = problemsAfterV2((f) => f.population.push({ year: 2027, group: 'Y80', count: 1 }));
    expect(p.message).toBe('the population of age group "Y80" in 2027 appears more than once (first at $.population[5])');
    expect(sv(p)).toBe('befolkningen i åldersgruppen "Y80" år 2027 förekommer mer än en gång (första gången vid $.population[5])');
  });

  test('an unknown age group lists the groups', () => {
    const [p] = problemsAfterV2((f) => (f.committees[2].demographyWeights[0].group = 'Y65_79'));
    expect(p.message).toBe('age group "Y65_79" is not one of the age groups (Y1_5, Y6_15, Y80)');
    expect(sv(p)).toBe('åldersgruppen "Y65_79" finns inte bland åldersgrupperna (Y1_5, Y6_15, Y80)');
  });

  test('a weighted group without population names the years', () => {
    const [p] = problemsAfterV2((f) => (f.population = f.population.filter((r: { year: number; group: string }) => !(r.group === 'Y80' && r.year >= 2028))));
    expect(p.message).toBe(
      'age group "Y80" has no population for 2028, 2029; a committee that weighs a group needs its count in the base year 2026 and in every plan year',
    );
    expect(sv(p)).toBe(
      'åldersgruppen "Y80" saknar befolkning för 2028, 2029; en nämnd som viktar en grupp behöver dess antal för basåret 2026 och för varje planår',
    );
  });

  test('a weighted population of 0 names the year and the demography it breaks', () => {
    // SN weighs only Y80 (weight 300): 300 × 0 = 0 in 2027, so demography(2028) = S(2028) / S(2027) - 1 divides by 0.
    const [p] = problemsAfterV2((f) => f.population.forEach((r: { year: number; group: string; count: number }) => r.group === 'Y80' && r.year === 2027 && (r.count = 0)));
    expect(p.path).toBe('$.committees[2].demographyWeights');
    expect(p.message).toBe(
      'the weighted population of committee "SN" (the sum of weight × count over its age groups) is 0 in 2027, so its demography in 2028 cannot be computed; give a weight above 0 to a group with inhabitants',
    );
    expect(sv(p)).toBe(
      'den viktade befolkningen för nämnden "SN" (summan av vikt × antal över dess åldersgrupper) är 0 år 2027, så demografin för 2028 kan inte räknas fram; ge en vikt över 0 åt en grupp med invånare',
    );
  });

  test('a new scenario row that is incomplete names what it lacks', () => {
    const [p] = problemsAfterV2((f) => delete f.scenarios[2].overrides.projects[1].committee);
    expect(p.message).toBe('project "NY" is not in the model, so this row adds it and must give name, committee, effects; committee is missing');
    expect(sv(p)).toBe('projektet "NY" finns inte i modellen, så raden lägger till det och måste ange name, committee, effects; committee saknas');
  });

  test('an opening restoration after Y0', () => {
    const [p] = problemsAfterV2((f) => (f.openingRestoration[0].year = 2027));
    expect(p.message).toBe('opening restoration year 2027 is after the base year 2026; it holds deficits of years up to and including the base year');
    expect(sv(p)).toBe('året 2027 för ingående återställande ligger efter basåret 2026; där anges underskott från år till och med basåret');
  });

  test('the ranges of the new numbers', () => {
    const messages = (change: Parameters<typeof problemsAfterV2>[0]) => problemsAfterV2(change).map((p) => [p.message, sv(p)]);
    expect(messages((f) => (f.investments[0].life = 2.5))).toEqual([
      ['life must be a whole number of years, 1 or more, got 2.5', 'livslängden måste vara ett helt antal år, 1 eller fler, men är 2,5'],
    ]);
    expect(messages((f) => (f.uncertainty.inputs[0].persistence = 1))).toEqual([
      ['persistence must be at least 0 and less than 1, got 1', 'persistensen måste vara minst 0 och mindre än 1, men är 1'],
    ]);
    expect(messages((f) => (f.reserve.withdraw = 'ja'))).toEqual([
      ['withdraw must be true or false, got "ja"', 'uttag ur reserven måste vara true eller false, men är "ja"'],
    ]);
    expect(messages((f) => (f.years[1].interestRate = '-100 %'))).toEqual([
      ['interest rate must be greater than -1 (-100 %), got "-100 %" (-1)', 'räntan måste vara större än -1 (-100 %), men är "-100 %" (-1)'],
    ]);
  });
});

describe('all version 2 problems at once', () => {
  test('one of each kind, all reported in document order, nothing written', () => {
    const problems = problemsAfterV2((f) => {
      f.years[0].interestRate = -2;
      f.committees[0].costPerFte = 0;
      f.committees[2].demographyWeights[0].group = 'Y65';
      f.scenarios[2].overrides.investmentScale = -1;
      f.scenarios[2].overrides.projects[1].committee = 'XX';
      f.investments[1].life = 0;
      f.investments[1].spend[0] = { year: 2030, amount: -1 };
      f.projects[1].id = 'DIGI';
      f.population.push({ year: 2026, group: 'Y1_5', count: -5 });
      f.reserve.threshold = 2;
      f.reserve.withdraw = 'nej';
      f.openingRestoration.push({ year: 2028, amount: 0 });
      f.uncertainty.inputs[1] = { input: 'taxBaseGrowth', sd: -1, persistence: 1 };
      f.investmentScale = 1;
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.years[0].interestRate', 'range'],
      ['$.committees[0].costPerFte', 'range'],
      ['$.committees[2].demographyWeights[0].group', 'enum'],
      ['$.scenarios[2].overrides.projects[1].committee', 'unknown-committee'],
      ['$.scenarios[2].overrides.investmentScale', 'range'],
      ['$.investments[1].life', 'range'],
      ['$.investments[1].spend[0].year', 'year-outside-plan'],
      ['$.investments[1].spend[0].amount', 'range'],
      ['$.projects[1].id', 'duplicate'],
      ['$.population[12]', 'duplicate'],
      ['$.population[12].count', 'range'],
      ['$.reserve.threshold', 'range'],
      ['$.reserve.withdraw', 'type'],
      ['$.openingRestoration[1].year', 'range'],
      ['$.openingRestoration[1].amount', 'range'],
      ['$.uncertainty.inputs[1].input', 'duplicate'],
      ['$.uncertainty.inputs[1].sd', 'range'],
      ['$.uncertainty.inputs[1].persistence', 'range'],
      ['$.investmentScale', 'unknown-key'],
    ]);
    expectSwedish(problems);
  });
});
