import { runModel, runScenario, solveEfficiency } from '../../src/engine';
import { baseScenario, buildModel, withScenarios } from '../support/model-builders';

describe('plan-year rows in any order', () => {
  // The model file has one row per plan year but does not fix their order.
  // taxBase 1000 at 20 kr; growth 0.1 in 2027, 0 in 2028, 0.5 in 2029; efficiency 0.1 only in 2027.
  const ordered = buildModel({
    horizon: 3,
    years: [
      { year: 2027, taxBaseGrowth: 0.1, efficiency: 0.1 },
      { year: 2028, taxBaseGrowth: 0, taxRate: 25 },
      { year: 2029, taxBaseGrowth: 0.5 },
    ],
  });
  const shuffled = { ...ordered, years: [ordered.years[2], ordered.years[0], ordered.years[1]] };

  it('is simulated in calendar order', () => {
    const r = runScenario(shuffled, baseScenario());
    expect(r.years).toEqual([2027, 2028, 2029]);
    // taxBase: 1100, 1100, 1650; rates 20, 25, 25 (2029 takes 2028's)
    // taxRevenue: 1100 * 20 / 100 = 220, 1100 * 25 / 100 = 275, 1650 * 25 / 100 = 412.5
    expect(r.taxRate).toEqual([20, 25, 25]);
    expect(r.taxRevenue[0]).toBeCloseTo(220, 9);
    expect(r.taxRevenue[1]).toBeCloseTo(275, 9);
    expect(r.taxRevenue[2]).toBeCloseTo(412.5, 9);
    // frame: 100 * 0.9 = 90 in 2027, then unchanged
    expect(r.committees[0].frame[0]).toBeCloseTo(90, 9);
    expect(r.committees[0].frame[2]).toBeCloseTo(90, 9);
  });

  it('gives the same results, scenarios and solver answer as the ordered rows', () => {
    const scen = { name: 'S', overrides: { years: [{ year: 2029, taxRate: 22 }], efficiency: 0.02 } };
    expect(runModel(withScenarios(shuffled, scen))).toEqual(runModel(withScenarios(ordered, scen)));
    const target = { target: 0.5, windowBack: 0, windowForward: 1 };
    expect(solveEfficiency({ ...shuffled, ...target }).efficiency).toBe(
      solveEfficiency({ ...ordered, ...target }).efficiency,
    );
  });
});
