import { depreciationByYear, investmentPlan, runScenario } from '../../src/engine';
import { baseScenario, buildModel, committee } from '../support/model-builders';

describe('investments and depreciation', () => {
  it('depreciates a multi-year spend straight-line from the year after each spend', () => {
    // Life 4 years. Spend 100 in 2027 and 40 in 2028, plan 2027..2031.
    // 100 costs 100 / 4 = 25 a year in 2028, 2029, 2030, 2031.
    // 40 costs 40 / 4 = 10 a year in 2029, 2030, 2031 (and 2032, after the plan).
    // newDepreciation: 2027 0; 2028 25; 2029 35; 2030 35; 2031 35.
    const plan = investmentPlan(
      [{ id: 'S', name: 'Skola', life: 4, spend: [{ year: 2027, amount: 100 }, { year: 2028, amount: 40 }] }],
      [2027, 2028, 2029, 2030, 2031],
      1,
    );
    expect(plan.investment).toEqual([100, 40, 0, 0, 0]);
    expect(plan.newDepreciation).toEqual([0, 25, 35, 35, 35]);
  });

  it('ends the depreciation after the life', () => {
    // Life 2: spend 60 in year 0 costs 30 in years 1 and 2, nothing in year 3.
    expect(depreciationByYear([60, 0, 0, 0], 2)).toEqual([0, 30, 30, 0]);
  });

  it('adds two spends of one investment in the same year, and scales every spend', () => {
    // 10 + 30 = 40 in 2027, times the scenario's investment volume 0.5 = 20; life 1: 20 in 2028.
    const plan = investmentPlan(
      [{ id: 'V', name: 'VA', life: 1, spend: [{ year: 2027, amount: 10 }, { year: 2027, amount: 30 }] }],
      [2027, 2028],
      0.5,
    );
    expect(plan.investment).toEqual([20, 0]);
    expect(plan.newDepreciation).toEqual([0, 20]);
  });

  it('puts the new depreciation into the net cost and takes it from the result', () => {
    // One committee, frame 100, compensation 1, no indices: frame stays 100. Revenue 1000 * 20 / 100 = 200.
    // 2028: newDepreciation 25, so netCost = 100 + 25 = 125 and result = 200 - 125 = 75 (2027: 100).
    const model = buildModel({
      horizon: 2,
      schemaVersion: 2,
      investments: [{ id: 'S', name: 'Skola', life: 4, spend: [{ year: 2027, amount: 100 }] }],
    });
    const r = runScenario(model, baseScenario());
    expect(r.netCost).toEqual([100, 125]);
    expect(r.result).toEqual([100, 75]);
  });
});

describe('interest, self-financing and debt', () => {
  // Revenue 200 a year, one committee of 150, central costs 0, financial net -2 before interest.
  const model = buildModel({
    horizon: 2,
    schemaVersion: 2,
    debt: 1000,
    yearDefaults: { interestRate: 0.03, financialNet: -2, depreciation: 20 },
    committees: [committee('A', { frame: 150 })],
  });
  const r = runScenario(model, baseScenario());

  it('charges interest on the debt at the start of the year', () => {
    // 2027: interest = 0.03 * 1000 = 30; financial net after interest = -2 - 30 = -32.
    expect(r.interest[0]).toBeCloseTo(30, 12);
    expect(r.financialNet[0]).toBeCloseTo(-32, 12);
    expect(r.financialNetBeforeInterest[0]).toBe(-2);
    // result = 200 - 150 - 32 = 18
    expect(r.result[0]).toBeCloseTo(18, 12);
  });

  it('amortises the debt with a surplus: debt(y) = debt(y-1) + investment - (result + depreciation)', () => {
    // 2027: self-financing = 18 + 20 = 38, no investment, debt = 1000 - 38 = 962; ratio null.
    expect(r.selfFinancing[0]).toBeCloseTo(38, 12);
    expect(r.selfFinancingRatio[0]).toBeNull();
    expect(r.debt[0]).toBeCloseTo(962, 12);
    // 2028: interest = 0.03 * 962 = 28.86; result = 200 - 150 - 2 - 28.86 = 19.14;
    // self-financing 39.14; debt = 962 - 39.14 = 922.86.
    expect(r.interest[1]).toBeCloseTo(28.86, 12);
    expect(r.result[1]).toBeCloseTo(19.14, 12);
    expect(r.debt[1]).toBeCloseTo(922.86, 12);
  });

  it('borrows what self-financing does not cover, and gives the self-financing ratio', () => {
    // Same, plus an investment of 76 in 2027 (life 10: depreciation starts 2028).
    // 2027: self-financing 38, ratio 38 / 76 = 0.5, debt = 1000 + 76 - 38 = 1038.
    const m = { ...model, investments: [{ id: 'I', name: 'Väg', life: 10, spend: [{ year: 2027, amount: 76 }] }] };
    const s = runScenario(m, baseScenario());
    expect(s.selfFinancingRatio[0]).toBeCloseTo(0.5, 12);
    expect(s.debt[0]).toBeCloseTo(1038, 12);
    // 2028: new depreciation 7.6 (a cost in the result, added back in self-financing);
    // interest 0.03 * 1038 = 31.14; result = 200 - 150 - 7.6 - 2 - 31.14 = 9.26;
    // self-financing = 9.26 + 20 + 7.6 = 36.86; debt = 1038 - 36.86 = 1001.14.
    expect(s.newDepreciation[1]).toBeCloseTo(7.6, 12);
    expect(s.result[1]).toBeCloseTo(9.26, 12);
    expect(s.selfFinancing[1]).toBeCloseTo(36.86, 12);
    expect(s.debt[1]).toBeCloseTo(1001.14, 12);
  });

  it('gives per-inhabitant figures in kr whatever the unit', () => {
    // mnkr: netCost 150 mnkr over 50 000 inhabitants = 150 000 000 / 50 000 = 3 000 kr each.
    const m = {
      ...model,
      ageGroups: [{ id: 'all', name: 'Alla' }],
      population: [2026, 2027, 2028].map((year) => ({ year, group: 'all', count: 50_000 })),
    };
    const s = runScenario(m, baseScenario());
    expect(s.population).toEqual([50_000, 50_000]);
    expect(s.netCostPerInhabitant[0]).toBeCloseTo(3000, 9);
    // debt 962 mnkr / 50 000 = 19 240 kr each.
    expect(s.debtPerInhabitant[0]).toBeCloseTo(19_240, 9);
  });
});
