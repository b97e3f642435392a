import { runScenario } from '../../src/engine';
import { baseScenario, buildModel, committee } from '../support/model-builders';

describe('uplift mode frames', () => {
  // Committee A: frame(2026) = 100, labour share 0.6.
  // 2027: wage 0.03, price 0.02, compensation 0.5, efficiency 0.01; A's demography 0.01, initiative 5.
  // 2028: wage 0.04, price 0.01, compensation 1,   efficiency 0.02; nothing committee-specific.
  const model = buildModel({
    horizon: 2,
    committees: [committee('A', { frame: 100, labourShare: 0.6 })],
    years: [
      { year: 2027, wageIndex: 0.03, priceIndex: 0.02, compensation: 0.5, efficiency: 0.01 },
      { year: 2028, wageIndex: 0.04, priceIndex: 0.01, compensation: 1, efficiency: 0.02 },
    ],
    committeeYears: [{ committee: 'A', year: 2027, demography: 0.01, initiative: 5 }],
  });
  const a = runScenario(model, baseScenario()).committees[0];

  it('computes the full uplift from labour share, wage and price index', () => {
    // fullUplift(2027) = 0.6 * 0.03 + 0.4 * 0.02 = 0.026
    // fullUplift(2028) = 0.6 * 0.04 + 0.4 * 0.01 = 0.028
    expect(a.fullUplift[0]).toBeCloseTo(0.026, 12);
    expect(a.fullUplift[1]).toBeCloseTo(0.028, 12);
  });

  it('grants k * uplift, adds demography and the initiative, removes the efficiency requirement', () => {
    // frame(2027) = 100 * (1 + 0.5 * (0.6*0.03 + 0.4*0.02) + 0.01 - 0.01) + 5 = 106.3
    expect(a.frame[0]).toBeCloseTo(100 * (1 + 0.5 * (0.6 * 0.03 + 0.4 * 0.02) + 0.01 - 0.01) + 5, 9);
    expect(a.frame[0]).toBeCloseTo(106.3, 9);
  });

  it('keeps an initiative in the frame in later years (it is permanent)', () => {
    // frame(2028) = 106.3 * (1 + 1 * 0.028 + 0 - 0.02) + 0 = 107.1504
    expect(a.frame[1]).toBeCloseTo(107.1504, 9);
  });

  it('reports implied efficiency = e + (1 - k) * fullUplift and its kr parts', () => {
    // impliedEfficiency(2027) = (100 * (1 + 0.026 + 0.01) + 5 - 106.3) / 100 = 2.3 / 100 = 0.023
    //                         = 0.01 + (1 - 0.5) * 0.026
    expect(a.impliedEfficiency[0]).toBeCloseTo(0.023, 12);
    expect(a.impliedEfficiencyKr[0]).toBeCloseTo(2.3, 9);
    // explicitEfficiencyKr = 0.01 * 100 = 1; withheldUpliftKr = 0.5 * 0.026 * 100 = 1.3; granted = 0.5 * 0.026 * 100 = 1.3
    expect(a.explicitEfficiencyKr[0]).toBeCloseTo(1, 9);
    expect(a.withheldUpliftKr[0]).toBeCloseTo(1.3, 9);
    expect(a.grantedUpliftKr[0]).toBeCloseTo(1.3, 9);
    expect(a.demographyKr[0]).toBeCloseTo(1, 9);
    expect(a.initiative[0]).toBe(5);
    // 2028: implied = 0.02 + (1 - 1) * 0.028 = 0.02; explicit = 0.02 * 106.3 = 2.126;
    // withheld = 0; granted = 0.028 * 106.3 = 2.9764
    expect(a.impliedEfficiency[1]).toBeCloseTo(0.02, 12);
    expect(a.explicitEfficiencyKr[1]).toBeCloseTo(2.126, 9);
    expect(a.withheldUpliftKr[1]).toBeCloseTo(0, 9);
    expect(a.grantedUpliftKr[1]).toBeCloseTo(2.9764, 9);
  });

  it('uses the wage index alone at labour share 1 and the price index alone at 0', () => {
    const m = buildModel({
      horizon: 1,
      committees: [committee('W', { labourShare: 1 }), committee('P', { labourShare: 0 })],
      yearDefaults: { wageIndex: 0.04, priceIndex: 0.02, compensation: 1 },
    });
    const [w, p] = runScenario(m, baseScenario()).committees;
    // W: 100 * (1 + 0.04) = 104; P: 100 * (1 + 0.02) = 102
    expect(w.frame[0]).toBeCloseTo(104, 9);
    expect(p.frame[0]).toBeCloseTo(102, 9);
  });

  it('removes kr from the frame with a negative initiative', () => {
    const m = buildModel({ horizon: 1, committeeYears: [{ committee: 'A', year: 2027, initiative: -7 }] });
    // frame(2027) = 100 * 1 - 7 = 93
    expect(runScenario(m, baseScenario()).committees[0].frame[0]).toBeCloseTo(93, 9);
  });
});

describe('committee-year values over year defaults', () => {
  // Both committees: frame 100, labour share 0.5; wage = price = 0.04, so fullUplift = 0.04.
  // Year defaults 2027: efficiency 0.01, compensation 0.5. B overrides both in 2027 only.
  const model = buildModel({
    horizon: 2,
    committees: [committee('A'), committee('B')],
    yearDefaults: { wageIndex: 0.04, priceIndex: 0.04, efficiency: 0.01, compensation: 0.5 },
    committeeYears: [{ committee: 'B', year: 2027, efficiency: 0.03, compensation: 1 }],
  });
  const [a, b] = runScenario(model, baseScenario()).committees;

  it('lets a committee-year value replace the year default for that committee and year only', () => {
    // A 2027: 100 * (1 + 0.5 * 0.04 - 0.01) = 101
    // B 2027: 100 * (1 + 1 * 0.04 - 0.03) = 101 as well, but by other means:
    expect(a.frame[0]).toBeCloseTo(101, 9);
    expect(b.frame[0]).toBeCloseTo(101, 9);
    // implied: A = 0.01 + 0.5 * 0.04 = 0.03; B = 0.03 + 0 * 0.04 = 0.03
    expect(a.explicitEfficiencyKr[0]).toBeCloseTo(1, 9);
    expect(b.explicitEfficiencyKr[0]).toBeCloseTo(3, 9);
    expect(a.withheldUpliftKr[0]).toBeCloseTo(2, 9);
    expect(b.withheldUpliftKr[0]).toBeCloseTo(0, 9);
    // 2028: both back on the defaults: 101 * (1 + 0.02 - 0.01) = 102.01
    expect(a.frame[1]).toBeCloseTo(102.01, 9);
    expect(b.frame[1]).toBeCloseTo(102.01, 9);
    expect(b.explicitEfficiencyKr[1]).toBeCloseTo(1.01, 9);
  });

  it('defaults demography, initiative and deviation to 0', () => {
    const m = buildModel({ horizon: 1 });
    const c = runScenario(m, baseScenario()).committees[0];
    expect(c.frame[0]).toBeCloseTo(100, 12);
    expect(c.demographyKr[0]).toBe(0);
    expect(c.initiative[0]).toBe(0);
    expect(c.netCost[0]).toBeCloseTo(100, 12);
    expect(c.outcome[0]).toBeCloseTo(0, 12);
  });
});
