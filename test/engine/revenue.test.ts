import { runScenario } from '../../src/engine';
import { baseScenario, buildModel, committee } from '../support/model-builders';

describe('revenue', () => {
  // Y0: taxBase 1000, taxRate 20.
  const model = buildModel({
    taxBase: 1000,
    taxRate: 20,
    horizon: 3,
    years: [
      { year: 2027, taxBaseGrowth: 0.05, taxRate: 21, grants: 50 },
      { year: 2028, taxBaseGrowth: 0.02, grants: 60 },
      { year: 2029, taxBaseGrowth: -0.01, taxRate: 22, grants: 0 },
    ],
  });
  const r = runScenario(model, baseScenario());

  it('grows the tax base year on year', () => {
    // taxBase(2027) = 1000 * 1.05 = 1050
    // taxBase(2028) = 1050 * 1.02 = 1071
    // taxBase(2029) = 1071 * 0.99 = 1060.29
    expect(r.taxBase[0]).toBeCloseTo(1050, 9);
    expect(r.taxBase[1]).toBeCloseTo(1071, 9);
    expect(r.taxBase[2]).toBeCloseTo(1060.29, 9);
  });

  it('takes tax revenue as base * rate / 100, the rate defaulting to the previous year', () => {
    // taxRate(2028) is not given: 2027's 21 applies.
    expect(r.taxRate).toEqual([21, 21, 22]);
    // taxRevenue(2027) = 1050 * 21 / 100 = 220.5
    // taxRevenue(2028) = 1071 * 21 / 100 = 224.91
    // taxRevenue(2029) = 1060.29 * 22 / 100 = 233.2638
    expect(r.taxRevenue[0]).toBeCloseTo(220.5, 9);
    expect(r.taxRevenue[1]).toBeCloseTo(224.91, 9);
    expect(r.taxRevenue[2]).toBeCloseTo(233.2638, 9);
  });

  it('adds grants on top of tax revenue', () => {
    // revenue = taxRevenue + grants: 220.5 + 50, 224.91 + 60, 233.2638 + 0
    expect(r.revenue[0]).toBeCloseTo(270.5, 9);
    expect(r.revenue[1]).toBeCloseTo(284.91, 9);
    expect(r.revenue[2]).toBeCloseTo(233.2638, 9);
    expect(r.grants).toEqual([50, 60, 0]);
  });

  it("uses Y0's rate when the first plan year gives none", () => {
    const m = buildModel({ taxBase: 2000, taxRate: 21.5, horizon: 2, yearDefaults: { taxBaseGrowth: 0.1 } });
    const s = runScenario(m, baseScenario());
    expect(s.taxRate).toEqual([21.5, 21.5]);
    // taxRevenue(2027) = 2000 * 1.1 * 21.5 / 100 = 473
    // taxRevenue(2028) = 2200 * 1.1 * 21.5 / 100 = 520.3
    expect(s.taxRevenue[0]).toBeCloseTo(473, 9);
    expect(s.taxRevenue[1]).toBeCloseTo(520.3, 9);
  });

  it('is independent of the committees', () => {
    const m = buildModel({
      taxBase: 1000,
      taxRate: 20,
      horizon: 1,
      years: [{ year: 2027, taxBaseGrowth: 0.05, taxRate: 21, grants: 50 }],
      committees: [committee('A', { frame: 5000 }), committee('B', { frame: 1 })],
    });
    // revenue(2027) = 1000 * 1.05 * 21 / 100 + 50 = 270.5
    expect(runScenario(m, baseScenario()).revenue[0]).toBeCloseTo(270.5, 9);
  });
});
