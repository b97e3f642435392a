import { runScenario } from '../../src/engine';
import { baseScenario, buildModel, committee } from '../support/model-builders';

describe('revenue mode frames', () => {
  // revenue(2027) = 1000 * 1.0 * 20 / 100 + 100 = 300; revenue(2028) = 1100 * 20 / 100 + 100 = 320
  // target 0.02, financialNet -6, centralCosts 20.
  // available(2027) = 300 * (1 - 0.02) - 6 - 20 = 268
  // available(2028) = 320 * (1 - 0.02) - 6 - 20 = 287.6
  // A: frame 150, demography 0.1 in 2027. B: frame 100, initiative 3 in 2027.
  // wage = price = 0.025, so fullUplift = 0.025 for both.
  const options = {
    frameMode: 'revenue' as const,
    horizon: 2,
    taxBase: 1000,
    taxRate: 20,
    target: 0.02,
    committees: [committee('A', { frame: 150 }), committee('B', { frame: 100 })],
    yearDefaults: { grants: 100, financialNet: -6, centralCosts: 20, wageIndex: 0.025, priceIndex: 0.025 },
    years: [{ year: 2028, taxBaseGrowth: 0.1 }],
    committeeYears: [
      { committee: 'A', year: 2027, demography: 0.1 },
      { committee: 'B', year: 2027, initiative: 3 },
    ],
  };
  const r = runScenario(buildModel(options), baseScenario());
  const [a, b] = r.committees;

  it('shares out what is available by last frame * (1 + demography), initiatives ring-fenced', () => {
    // weights: A = 150 * 1.1 = 165, B = 100 * 1 = 100, sum 265
    // frame A = (268 - 3) * 165 / 265 = 165
    // frame B = (268 - 3) * 100 / 265 + 3 = 103
    expect(a.frame[0]).toBeCloseTo(165, 9);
    expect(b.frame[0]).toBeCloseTo(103, 9);
  });

  it("weights the next year by this year's frames", () => {
    // weights 2028: A = 165, B = 103, sum 268
    expect(a.frame[1]).toBeCloseTo((287.6 * 165) / 268, 9);
    expect(b.frame[1]).toBeCloseTo((287.6 * 103) / 268, 9);
  });

  it('lands the result exactly on the target with no deviation or carry-in', () => {
    // result(2027) = 300 - (165 + 103 + 20) - 6 = 6; resultShare = 6 / 300 = 0.02
    expect(r.result[0]).toBeCloseTo(6, 9);
    expect(r.resultShare[0]).toBeCloseTo(0.02, 12);
    // result(2028) = 320 * 0.02 = 6.4
    expect(r.result[1]).toBeCloseTo(6.4, 9);
    expect(r.resultShare[1]).toBeCloseTo(0.02, 12);
    // room = available - sum allowance = 268 - 268 = 0
    expect(r.room[0]).toBeCloseTo(0, 9);
    expect(r.room[1]).toBeCloseTo(0, 9);
  });

  it('reports the implied efficiency, but no explicit or withheld kr', () => {
    // implied A = (150 * (1 + 0.025 + 0.1) + 0 - 165) / 150 = 3.75 / 150 = 0.025
    // implied B = (100 * (1 + 0.025 + 0) + 3 - 103) / 100 = 2.5 / 100 = 0.025
    expect(a.impliedEfficiency[0]).toBeCloseTo(0.025, 12);
    expect(b.impliedEfficiency[0]).toBeCloseTo(0.025, 12);
    // 2028: implied A = (165 * 1.025 - 287.6 * 165 / 268) / 165 = 1.025 - 287.6 / 268
    expect(a.impliedEfficiency[1]).toBeCloseTo(1.025 - 287.6 / 268, 12);
    expect(a.explicitEfficiencyKr).toEqual([null, null]);
    expect(a.withheldUpliftKr).toEqual([null, null]);
    expect(a.grantedUpliftKr).toEqual([null, null]);
  });

  it('ignores the efficiency requirement and the compensation share', () => {
    const m = buildModel({
      ...options,
      yearDefaults: { ...options.yearDefaults, efficiency: 0.3, compensation: 0 },
      committeeYears: [...options.committeeYears, { committee: 'A', year: 2027, efficiency: 0.2 }],
    });
    const s = runScenario(m, baseScenario());
    expect(s.committees[0].frame[0]).toBeCloseTo(165, 9);
    expect(s.committees[1].frame[0]).toBeCloseTo(103, 9);
  });

  it('puts carry-in and deviation on top of the frames, so the result moves off the target', () => {
    const m = buildModel({
      ...options,
      committees: [committee('A', { frame: 150, openingCarryIn: 10 }), committee('B', { frame: 100 })],
      committeeYears: [...options.committeeYears, { committee: 'B', year: 2027, deviation: 0.05 }],
    });
    const s = runScenario(m, baseScenario());
    // frames unchanged (165, 103); allowance A = 165 + 10 = 175, B = 103
    expect(s.committees[0].frame[0]).toBeCloseTo(165, 9);
    expect(s.committees[0].allowance[0]).toBeCloseTo(175, 9);
    // netCost B = 103 * 1.05 = 108.15
    // result = 300 - (175 + 108.15 + 20) - 6 = -9.15
    expect(s.result[0]).toBeCloseTo(-9.15, 9);
    expect(s.resultShare[0]).toBeCloseTo(-9.15 / 300, 12);
    // room = 268 - (175 + 103) = -10
    expect(s.room[0]).toBeCloseTo(-10, 9);
  });
});
