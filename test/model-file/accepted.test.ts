/** What a valid model file becomes: defaults filled in, text read, partial rows kept partial. */
import { DEFAULT_CARRY_OVER, Model } from '../../src/engine/types';
import { parseModel } from '../../src/model-file';
import { ModelFile, validFile } from './fixture';

function modelOf(file: ModelFile): Model {
  const result = parseModel(file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.model;
}

function minimalFile(): ModelFile {
  const f = validFile();
  for (const key of ['language', 'windowBack', 'windowForward', 'measure', 'frameMode', 'carryOver', 'history', 'committeeYears', 'scenarios']) {
    delete f[key];
  }
  return f;
}

test('the fixture is accepted as written', () => {
  const model = modelOf(validFile());
  expect(model.committees.map((c) => c.id)).toEqual(['KS', 'BUN', 'SN']);
  expect(model.years[0].taxRate).toBe(21);
  expect('taxRate' in model.years[1]).toBe(false);
});

test('optional values get their defaults', () => {
  const model = modelOf(minimalFile());
  expect(model).toMatchObject({
    language: 'sv',
    windowBack: 3,
    windowForward: 3,
    measure: 'ratioOfSums',
    frameMode: 'uplift',
    carryOver: DEFAULT_CARRY_OVER,
    history: [],
    committeeYears: [],
    scenarios: [],
  });
});

test('null for an optional value means absent', () => {
  const f = minimalFile();
  Object.assign(f, { language: null, windowBack: null, measure: null, carryOver: null, history: null, scenarios: [{ name: 'S', overrides: null }] });
  f.committees[1].openingCarryIn = null;
  f.years[0].taxRate = null;
  const model = modelOf(f);
  expect(model.language).toBe('sv');
  expect(model.windowBack).toBe(3);
  expect(model.carryOver).toEqual(DEFAULT_CARRY_OVER);
  expect(model.history).toEqual([]);
  expect(model.scenarios).toEqual([{ name: 'S', overrides: {} }]);
  expect('openingCarryIn' in model.committees[1]).toBe(false);
  expect('taxRate' in model.years[0]).toBe(false);
});

test('each carry-over key is defaulted on its own', () => {
  const f = minimalFile();
  f.carryOver = { surplusCap: 0.03, repaymentYears: 3 };
  expect(modelOf(f).carryOver).toEqual({ surplusShare: 1, deficitShare: 1, surplusCap: 0.03, deficitCap: null, repaymentYears: 3 });
});

test("a committee's carry-over stays partial; a null cap there means no cap", () => {
  const f = validFile();
  f.carryOver.surplusCap = 0.05;
  f.committees[1].carryOver = { surplusCap: null, deficitShare: 0.5 };
  const model = modelOf(f);
  expect(model.committees[0].carryOver).toStrictEqual({ surplusCap: 0.03 });
  expect(model.committees[1].carryOver).toStrictEqual({ surplusCap: null, deficitShare: 0.5 });
  expect('carryOver' in model.committees[2]).toBe(false);
});

test('committee-year rows and scenario overrides keep only the keys given', () => {
  const f = validFile();
  f.committeeYears[1].initiative = null;
  const model = modelOf(f);
  expect(model.committeeYears[1]).toStrictEqual({ committee: 'SN', year: 2028, demography: 0.015 });
  expect(model.scenarios[0].overrides).toStrictEqual({ compensation: 1, efficiency: 0 });
  expect(model.scenarios[1].overrides).toStrictEqual({
    target: 0.03,
    years: [{ year: 2028, taxRate: 21.5 }],
    committeeYears: [{ committee: 'BUN', year: 2029, initiative: -10 }],
  });
});

test('every override key is read', () => {
  const f = validFile();
  f.scenarios[0].overrides = {
    target: '3 %',
    frameMode: 'revenue',
    windowBack: 2,
    windowForward: 4,
    measure: 'meanOfRatios',
    carryOver: { deficitCap: 0.02 },
    efficiency: '1 %',
    compensation: '50 %',
    years: [{ year: 2029, grants: '1 000', wageIndex: '3,5 %' }],
    committeeYears: [{ committee: 'KS', year: 2029, demography: '−1 %' }],
  };
  expect(modelOf(f).scenarios[0].overrides).toStrictEqual({
    target: 0.03,
    frameMode: 'revenue',
    windowBack: 2,
    windowForward: 4,
    measure: 'meanOfRatios',
    carryOver: { deficitCap: 0.02 },
    efficiency: 0.01,
    compensation: 0.5,
    years: [{ year: 2029, grants: 1000, wageIndex: 0.035 }],
    committeeYears: [{ committee: 'KS', year: 2029, demography: -0.01 }],
  });
});

test('percent text is read where a rate is expected, numeric text elsewhere', () => {
  const f = validFile();
  f.target = '2 %';
  f.taxRate = '21,50';
  f.taxBase = '10\u00a0000';
  f.years[0].taxBaseGrowth = '4,0 %';
  f.years[0].wageIndex = '0,03';
  f.years[0].priceIndex = '2.0%';
  f.years[0].grants = '300';
  f.years[0].efficiency = '1 %';
  f.years[0].compensation = '50 %';
  f.committees[0].labourShare = '60 %';
  f.committees[0].frame = '300,0';
  f.committeeYears[0].deviation = '\u22121 %';
  f.history[0].revenue = '2 200';
  f.schemaVersion = '1';
  const model = modelOf(f);
  expect(model).toMatchObject({ target: 0.02, taxRate: 21.5, taxBase: 10000, schemaVersion: 1 });
  expect(model.years[0]).toMatchObject({ taxBaseGrowth: 0.04, wageIndex: 0.03, priceIndex: 0.02, grants: 300, efficiency: 0.01, compensation: 0.5 });
  expect(model.committees[0]).toMatchObject({ labourShare: 0.6, frame: 300 });
  expect(model.committeeYears[0].deviation).toBe(-0.01);
  expect(model.history[0].revenue).toBe(2200);
});

test('plan-year rows are returned in year order', () => {
  const f = validFile();
  f.years.reverse();
  expect(modelOf(f).years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
});

test('boundary values are accepted', () => {
  const f = validFile();
  Object.assign(f, { horizon: 1, windowBack: 0, windowForward: 1, target: -0.5 });
  f.years = [f.years[0]];
  f.scenarios = [];
  f.committeeYears = [{ committee: 'KS', year: 2027, efficiency: -1, compensation: 0, demography: -0.99, deviation: -0.99 }];
  f.committees[0].labourShare = 0;
  f.committees[1].labourShare = 1;
  f.carryOver = { surplusShare: 0, deficitShare: 1, surplusCap: 0, deficitCap: 1, repaymentYears: 15 };
  f.years[0].efficiency = 1;
  f.years[0].compensation = 1;
  f.years[0].taxRate = 99.99;
  f.years[0].grants = -100;
  f.history = [{ year: 2026, revenue: 1, result: -50 }];
  expect(modelOf(f).horizon).toBe(1);
});

test('the input is not changed', () => {
  const f = validFile();
  f.taxRate = '21,5';
  const copy = JSON.parse(JSON.stringify(f));
  modelOf(f);
  expect(f).toEqual(copy);
});
