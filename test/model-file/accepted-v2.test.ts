/** What a valid version 2 model file becomes, and that version 1 files are read exactly as before. */
import fc from 'fast-check';
import { Model } from '../../src/engine/types';
import { parseModel } from '../../src/model-file';
import { arbModelFile } from './arbitrary';
import { ModelFile, validFile, validFileV2 } from './fixture';

function modelOf(file: ModelFile): Model {
  const result = parseModel(file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.model;
}

const YEAR_2027 = { year: 2027, taxBaseGrowth: 0.04, taxRate: 21, grants: 300, wageIndex: 0.03, priceIndex: 0.02, financialNet: -10, centralCosts: 100, efficiency: 0.01, compensation: 0.5 };
const YEAR_2028 = { year: 2028, taxBaseGrowth: 0.035, grants: 310, wageIndex: 0.03, priceIndex: 0.02, financialNet: -10, centralCosts: 100, efficiency: 0.01, compensation: 0.5 };
const YEAR_2029 = { year: 2029, taxBaseGrowth: 0.035, grants: 320, wageIndex: 0.03, priceIndex: 0.02, financialNet: -10, centralCosts: 100, efficiency: 0.01, compensation: 0.5 };

/** The whole Model the version 2 fixture gives, written out. */
const EXPECTED_V2: Model = {
  schemaVersion: 2,
  name: 'Testkommun',
  unit: 'mnkr',
  language: 'sv',
  baseYear: 2026,
  horizon: 3,
  taxBase: 10000,
  taxRate: 21,
  target: 0.02,
  windowBack: 3,
  windowForward: 3,
  measure: 'ratioOfSums',
  frameMode: 'uplift',
  carryOver: { surplusShare: 1, deficitShare: 1, surplusCap: null, deficitCap: null, repaymentYears: 1 },
  history: [
    { year: 2024, revenue: 2200, result: 40 },
    { year: 2025, revenue: 2300, result: 30 },
    { year: 2026, revenue: 2350, result: 20 },
  ],
  years: [
    { ...YEAR_2027, interestRate: 0.03, depreciation: 40, balanceAdjustments: -5 },
    { ...YEAR_2028, interestRate: 0.031 },
    YEAR_2029,
  ],
  committees: [
    { id: 'KS', name: 'Kommunstyrelsen', frame: 300, labourShare: 0.6, openingCarryIn: 0, carryOver: { surplusCap: 0.03 }, costPerFte: 0.6 },
    {
      id: 'BUN',
      name: 'Barn- och utbildningsnämnden',
      frame: 900,
      labourShare: 0.7,
      demographyWeights: [
        { group: 'Y1_5', weight: 150 },
        { group: 'Y6_15', weight: 120 },
      ],
      costPerFte: 0.55,
    },
    { id: 'SN', name: 'Socialnämnden', frame: 800, labourShare: 0.65, demographyWeights: [{ group: 'Y80', weight: 300 }] },
  ],
  committeeYears: [
    { committee: 'KS', year: 2027, efficiency: 0.02, demography: 0.01, initiative: 5, deviation: 0.01 },
    { committee: 'SN', year: 2028, demography: 0.015 },
  ],
  scenarios: [
    { name: 'Full kompensation', overrides: { compensation: 1, efficiency: 0 } },
    {
      name: 'Stram',
      overrides: {
        target: 0.03,
        years: [{ year: 2028, taxRate: 21.5, interestRate: 0.04 }],
        committeeYears: [{ committee: 'BUN', year: 2029, initiative: -10 }],
      },
    },
    {
      name: 'Bygg mindre',
      overrides: {
        reserve: { deposit: 0.5 },
        projects: [
          { id: 'DIGI', effects: [] },
          { id: 'NY', name: 'Ny insats', committee: 'KS', effects: [{ year: 2029, amount: 1 }] },
        ],
        investments: [
          { id: 'SKOLA', spend: [{ year: 2029, amount: 200 }] },
          { id: 'VA', spend: [] },
          { id: 'GATA', name: 'Gator', life: 20, spend: [{ year: 2028, amount: 30 }] },
        ],
        investmentScale: 0.8,
        debt: 2400,
      },
    },
  ],
  debt: 2500,
  investments: [
    { id: 'SKOLA', name: 'Ny skola', committee: 'BUN', life: 33, spend: [{ year: 2027, amount: 120 }, { year: 2028, amount: 180 }] },
    { id: 'VA', name: 'Vatten och avlopp', life: 50, spend: [{ year: 2027, amount: 60 }] },
  ],
  projects: [
    { id: 'DIGI', name: 'Digital hemtjänst', committee: 'SN', effects: [{ year: 2027, amount: 4 }, { year: 2028, amount: -2 }, { year: 2029, amount: -3 }] },
    { id: 'LOKAL', name: 'Lokaleffektivisering', committee: 'KS', effects: [{ year: 2028, amount: -1.5 }] },
  ],
  ageGroups: [
    { id: 'Y1_5', name: '1–5 år' },
    { id: 'Y6_15', name: '6–15 år' },
    { id: 'Y80', name: '80+ år' },
  ],
  population: [
    { year: 2026, group: 'Y1_5', count: 3000 },
    { year: 2026, group: 'Y6_15', count: 6500 },
    { year: 2026, group: 'Y80', count: 2400 },
    { year: 2027, group: 'Y1_5', count: 3010 },
    { year: 2027, group: 'Y6_15', count: 6480 },
    { year: 2027, group: 'Y80', count: 2500 },
    { year: 2028, group: 'Y1_5', count: 3020 },
    { year: 2028, group: 'Y6_15', count: 6460 },
    { year: 2028, group: 'Y80', count: 2600 },
    { year: 2029, group: 'Y1_5', count: 3030 },
    { year: 2029, group: 'Y6_15', count: 6440 },
    { year: 2029, group: 'Y80', count: 2700 },
  ],
  reserve: { openingBalance: 50, threshold: 0.01, cap: 0.05, deposit: 1, withdraw: true },
  openingRestoration: [{ year: 2025, amount: 12 }],
  uncertainty: {
    inputs: [
      { input: 'taxBaseGrowth', sd: 0.01, persistence: 0.5 },
      { input: 'deviation', sd: 0.005 },
    ],
  },
};

test('a full version 2 file parses to the Model written out above', () => {
  expect(modelOf(validFileV2())).toStrictEqual(EXPECTED_V2);
});

test('a version 1 file gives the same Model as before: no version 2 key appears', () => {
  const model = modelOf(validFile());
  expect(model.schemaVersion).toBe(1);
  for (const key of ['debt', 'investments', 'projects', 'ageGroups', 'population', 'reserve', 'openingRestoration', 'uncertainty']) {
    expect(key in model).toBe(false);
  }
  expect(model.years).toStrictEqual([YEAR_2027, YEAR_2028, YEAR_2029]);
  expect(Object.keys(model.committees[1])).toEqual(['id', 'name', 'frame', 'labourShare']);
});

test('a version 1 file said as version 2 gives the same Model but for the version', () => {
  const v2 = validFile();
  v2.schemaVersion = 2;
  expect(modelOf(v2)).toStrictEqual({ ...modelOf(validFile()), schemaVersion: 2 });
});

test('the reserve keeps the keys given; a null cap means no cap', () => {
  const f = validFileV2();
  f.reserve = { cap: null, withdraw: false };
  expect(modelOf(f).reserve).toStrictEqual({ cap: null, withdraw: false });
  f.reserve = {};
  expect(modelOf(f).reserve).toStrictEqual({});
});

test('null for an optional version 2 value means absent', () => {
  const f = validFileV2();
  Object.assign(f, { debt: null, reserve: null, uncertainty: null, openingRestoration: null });
  f.years[0].interestRate = null;
  f.committees[0].costPerFte = null;
  f.uncertainty = null;
  const model = modelOf(f);
  for (const key of ['debt', 'reserve', 'uncertainty', 'openingRestoration']) expect(key in model).toBe(false);
  expect('interestRate' in model.years[0]).toBe(false);
  expect('costPerFte' in model.committees[0]).toBe(false);
});

test('Swedish text is read: percent where a rate is expected, numbers elsewhere', () => {
  const f = validFileV2();
  f.years[0].interestRate = '3,1 %';
  f.years[1].interestRate = '−0,5 %';
  f.years[0].depreciation = '1 234,5';
  f.debt = '2\u00a0500';
  f.reserve = { openingBalance: '50,5', threshold: '1 %', cap: '5 %', deposit: '100 %' };
  f.scenarios[2].overrides.investmentScale = '80 %';
  f.uncertainty.inputs[0].sd = '1,0 %';
  f.investments[0].spend[0].amount = '120,5';
  f.committees[0].costPerFte = '0,6';
  const model = modelOf(f);
  expect(model.years[0]).toMatchObject({ interestRate: 0.031, depreciation: 1234.5 });
  expect(model.years[1].interestRate).toBe(-0.005);
  expect(model.debt).toBe(2500);
  expect(model.reserve).toStrictEqual({ openingBalance: 50.5, threshold: 0.01, cap: 0.05, deposit: 1 });
  expect(model.scenarios[2].overrides.investmentScale).toBe(0.8);
  expect(model.uncertainty?.inputs[0].sd).toBe(0.01);
  expect(model.investments?.[0].spend[0].amount).toBe(120.5);
  expect(model.committees[0].costPerFte).toBe(0.6);
});

test('boundary values are accepted', () => {
  const f = validFileV2();
  f.years[0].interestRate = -0.99;
  f.investments[0].life = 1;
  f.investments[0].spend[0].amount = 0;
  f.population[0].count = 0;
  f.committees[1].demographyWeights[0].weight = 0;
  f.reserve = { openingBalance: 0, threshold: 0, cap: 1, deposit: 0, withdraw: false };
  f.uncertainty.inputs = [{ input: 'grants', sd: 0, persistence: 0 }, { input: 'interestRate', sd: 0.01, persistence: 0.999 }];
  f.openingRestoration = [{ year: 2026, amount: 0.01 }];
  f.scenarios[2].overrides.investmentScale = 0;
  expect(modelOf(f).investments?.[0].life).toBe(1);
});

test('a weighted population of 0 in the last plan year is accepted: no later year divides by it', () => {
  const f = validFileV2();
  for (const row of f.population) if (row.group === 'Y80' && row.year === 2029) row.count = 0;
  expect(modelOf(f).population?.find((r) => r.group === 'Y80' && r.year === 2029)?.count).toBe(0);
});

test('a committee without weights needs no population; weights may be an empty list', () => {
  const f = validFileV2();
  f.committees[1].demographyWeights = [];
  delete f.committees[2].demographyWeights;
  f.population = f.population.filter((r: { group: string }) => r.group === 'Y80');
  expect(modelOf(f).committees[1].demographyWeights).toEqual([]);
});

test('an uncertainty block may list every input once', () => {
  const f = validFileV2();
  const inputs = ['taxBaseGrowth', 'wageIndex', 'priceIndex', 'grants', 'interestRate', 'deviation'];
  f.uncertainty = { inputs: inputs.map((input) => ({ input, sd: 0.01 })) };
  expect(modelOf(f).uncertainty?.inputs.map((u) => u.input)).toEqual(inputs);
});

test('the input is not changed', () => {
  const f = validFileV2();
  const copy = structuredClone(f);
  modelOf(f);
  expect(f).toEqual(copy);
});

test('a scenario may add a complete investment without spend, and a project or investment row may change single keys', () => {
  const f = validFileV2();
  f.scenarios[0].overrides.investments = [
    { id: 'PLAN', name: 'Planerad', life: 10, spend: [] },
    { id: 'SKOLA', life: 40, name: 'Skola', committee: 'KS' },
  ];
  f.scenarios[0].overrides.projects = [{ id: 'LOKAL', committee: 'BUN' }];
  const o = modelOf(f).scenarios[0].overrides;
  expect(o.investments).toStrictEqual([
    { id: 'PLAN', name: 'Planerad', life: 10, spend: [] },
    { id: 'SKOLA', name: 'Skola', committee: 'KS', life: 40 },
  ]);
  expect(o.projects).toStrictEqual([{ id: 'LOKAL', committee: 'BUN' }]);
});

test('property: a version 1 file has no version 2 key in its Model, and said as version 2 gives the same Model but for the version', () => {
  const V2_TOP = ['debt', 'investments', 'projects', 'ageGroups', 'population', 'reserve', 'openingRestoration', 'uncertainty'];
  fc.assert(
    fc.property(arbModelFile(), (file) => {
      const v1 = modelOf(file as ModelFile);
      expect(v1.schemaVersion).toBe(1);
      expect(Object.keys(v1).filter((k) => V2_TOP.includes(k))).toEqual([]);
      expect(modelOf({ ...(file as ModelFile), schemaVersion: 2 })).toStrictEqual({ ...v1, schemaVersion: 2 });
    }),
    { numRuns: 100 },
  );
});
