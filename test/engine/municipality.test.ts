import { runScenario } from '../../src/engine';
import { baseScenario, buildModel, committee } from '../support/model-builders';

describe('municipality totals', () => {
  // revenue(2027) = 1000 * 20 / 100 + 100 = 300; target 0.02; financialNet -5; centralCosts 30.
  // A: frame 150, opening carry-in 10, deviation +0.1. B: frame 100, deviation -0.02.
  const model = buildModel({
    horizon: 1,
    target: 0.02,
    yearDefaults: { grants: 100, financialNet: -5, centralCosts: 30 },
    committees: [committee('A', { frame: 150, openingCarryIn: 10 }), committee('B', { frame: 100 })],
    committeeYears: [
      { committee: 'A', year: 2027, deviation: 0.1 },
      { committee: 'B', year: 2027, deviation: -0.02 },
    ],
  });
  const r = runScenario(model, baseScenario());

  it('sums committee net costs and central costs', () => {
    // A: allowance 160, netCost 160 * 1.1 = 176. B: allowance 100, netCost 100 * 0.98 = 98.
    // netCost = 176 + 98 + 30 = 304
    expect(r.committees[0].netCost[0]).toBeCloseTo(176, 9);
    expect(r.committees[1].netCost[0]).toBeCloseTo(98, 9);
    expect(r.netCost[0]).toBeCloseTo(304, 9);
  });

  it('computes result = revenue - net cost + financial net, and its share of revenue', () => {
    // result = 300 - 304 + (-5) = -9; resultShare = -9 / 300 = -0.03
    expect(r.result[0]).toBeCloseTo(-9, 9);
    expect(r.resultShare[0]).toBeCloseTo(-0.03, 12);
  });

  it('computes room = revenue * (1 - target) + financial net - central costs - allowances', () => {
    // room = 300 * 0.98 - 5 - 30 - (160 + 100) = 294 - 35 - 260 = -1
    expect(r.room[0]).toBeCloseTo(-1, 9);
  });

  it('has positive room when the frames leave money over', () => {
    const m = buildModel({
      horizon: 1,
      target: 0.02,
      yearDefaults: { grants: 100, financialNet: -5, centralCosts: 30 },
      committees: [committee('A', { frame: 150 }), committee('B', { frame: 100 })],
    });
    const s = runScenario(m, baseScenario());
    // room = 294 - 35 - 250 = 9; result = 300 - 280 - 5 = 15 = 300 * 0.02 + 9
    expect(s.room[0]).toBeCloseTo(9, 9);
    expect(s.result[0]).toBeCloseTo(15, 9);
  });
});
