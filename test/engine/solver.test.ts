import { SOLVER_LOWER, SOLVER_UPPER, meetsTarget, runScenario, solveEfficiency } from '../../src/engine';
import { BuildModelOptions, buildModel, committee } from '../support/model-builders';

/** Runs `model` with every committee's efficiency set to e in every year (the model has no committee-year efficiency). */
function withEfficiency(options: BuildModelOptions, e: number) {
  return runScenario(buildModel(options), { name: 'e', overrides: { efficiency: e } });
}

describe('solver: a one-year, one-committee case solved by hand', () => {
  // revenue = 1000 * 20 / 100 = 200; centralCosts 20; target 0.03; window = the year itself.
  // Committee: frame 150, fullUplift = 0.04, compensation 0.5.
  // frame(e)  = 150 * (1 + 0.5 * 0.04 - e) = 150 * (1.02 - e)
  // result(e) = 200 - 150 * (1.02 - e) - 20 = 27 + 150 e
  // result / 200 >= 0.03  <=>  27 + 150 e >= 6  <=>  e >= -21 / 150 = -0.14
  const options: BuildModelOptions = {
    horizon: 1,
    target: 0.03,
    windowBack: 0,
    windowForward: 1,
    committees: [committee('A', { frame: 150 })],
    yearDefaults: { centralCosts: 20, wageIndex: 0.04, priceIndex: 0.04, compensation: 0.5 },
  };
  const solved = solveEfficiency(buildModel(options));

  it('finds e = -0.14 within 1e-6', () => {
    expect(solved.efficiency).not.toBeNull();
    expect(Math.abs(solved.efficiency! - -0.14)).toBeLessThanOrEqual(1e-6);
  });

  it('returns an answer that meets the target, while e - 2e-6 does not', () => {
    const e = solved.efficiency!;
    expect(withEfficiency(options, e).targetMet).toEqual([true]);
    expect(withEfficiency(options, e - 2e-6).targetMet).toEqual([false]);
    expect(meetsTarget(solved.scenario)).toBe(true);
  });

  it('reports the scenario the answer produces', () => {
    // frame = 150 * (1.02 + 0.14) = 174; result = 6
    expect(solved.scenario.committees[0].frame[0]).toBeCloseTo(174, 3);
    expect(solved.scenario.result[0]).toBeCloseTo(6, 3);
  });

  it("uses a scenario's target when given one", () => {
    // 27 + 150 e >= 0.04 * 200 = 8  <=>  e >= -19 / 150
    const s = solveEfficiency(buildModel(options), { name: 'Fyra procent', overrides: { target: 0.04 } });
    expect(Math.abs(s.efficiency! - -19 / 150)).toBeLessThanOrEqual(1e-6);
  });

  it('replaces committee-year efficiency and works in uplift mode even for a revenue-mode model', () => {
    const m = buildModel({
      ...options,
      frameMode: 'revenue',
      committeeYears: [{ committee: 'A', year: 2027, efficiency: 0.3 }],
    });
    const s = solveEfficiency(m);
    expect(Math.abs(s.efficiency! - -0.14)).toBeLessThanOrEqual(1e-6);
    expect(s.scenario.frameMode).toBe('uplift');
  });
});

describe('solver: which years must meet the target', () => {
  // Revenue 200 a year, target 0.05, one committee of frame 100 with no uplift, so with x = 1 - e:
  // frame(2027) = 100 x, frame(2028) = 100 x^2, result = 200 - frame - centralCosts.

  it('judges only the plan years whose window is complete when there are any', () => {
    // B = 1, F = 1, no history: 2027's window {2026, 2027} lacks 2026 (incomplete); 2028's {2027, 2028} is complete.
    // centralCosts 150 in 2027, 0 in 2028: r27 = 50 - 100 x, r28 = 200 - 100 x^2.
    // 2027 alone could never reach 5 %: even at e = 0.5, r27 = 0.
    // 2028: (r27 + r28) / 400 >= 0.05  <=>  x^2 + x - 2.3 <= 0  <=>  x <= (sqrt(10.2) - 1) / 2
    //       e >= 1 - (sqrt(10.2) - 1) / 2 = (3 - sqrt(10.2)) / 2 = -0.0968717
    const options: BuildModelOptions = {
      horizon: 2,
      target: 0.05,
      windowBack: 1,
      windowForward: 1,
      years: [
        { year: 2027, centralCosts: 150 },
        { year: 2028, centralCosts: 0 },
      ],
    };
    const s = solveEfficiency(buildModel(options));
    const expected = (3 - Math.sqrt(10.2)) / 2;
    expect(Math.abs(s.efficiency! - expected)).toBeLessThanOrEqual(1e-6);
    expect(s.scenario.rollingComplete).toEqual([false, true]);
    expect(s.scenario.targetMet).toEqual([false, true]);
    expect(withEfficiency(options, s.efficiency! - 2e-6).targetMet[1]).toBe(false);
  });

  it('judges every plan year when no window is complete', () => {
    // B = 0, F = 3, horizon 2: both windows reach past the horizon.
    // centralCosts 50 in 2027, 100 in 2028: r27 = 150 - 100 x, r28 = 100 - 100 x^2.
    // 2027 window {2027, 2028}: (250 - 100 x - 100 x^2) / 400 >= 0.05  <=>  e >= (3 - sqrt(10.2)) / 2 = -0.0969
    // 2028 window {2028}:       (100 - 100 x^2) / 200 >= 0.05         <=>  x <= sqrt(0.9), e >= 1 - sqrt(0.9) = 0.0513167
    // Both must hold: e = 1 - sqrt(0.9).
    const options: BuildModelOptions = {
      horizon: 2,
      target: 0.05,
      windowBack: 0,
      windowForward: 3,
      years: [
        { year: 2027, centralCosts: 50 },
        { year: 2028, centralCosts: 100 },
      ],
    };
    const s = solveEfficiency(buildModel(options));
    expect(s.scenario.rollingComplete).toEqual([false, false]);
    expect(Math.abs(s.efficiency! - (1 - Math.sqrt(0.9)))).toBeLessThanOrEqual(1e-6);
    expect(s.scenario.targetMet).toEqual([true, true]);
    expect(withEfficiency(options, s.efficiency! - 2e-6).targetMet).toEqual([true, false]);
  });
});

describe('solver: the ends of the range', () => {
  const options: BuildModelOptions = {
    horizon: 1,
    target: 0.03,
    windowBack: 0,
    windowForward: 1,
    committees: [committee('A', { frame: 150 })],
    yearDefaults: { wageIndex: 0.04, priceIndex: 0.04, compensation: 0.5 },
  };

  it('answers the lower bound when even e = -0.5 meets the target', () => {
    // grants 200: revenue 400; result = 400 - 150 * (1.02 - e) - 20 = 227 + 150 e
    // at e = -0.5: 152 >= 0.03 * 400 = 12
    const m = buildModel({ ...options, yearDefaults: { ...options.yearDefaults, grants: 200, centralCosts: 20 } });
    const s = solveEfficiency(m);
    expect(SOLVER_LOWER).toBe(-0.5);
    expect(s.efficiency).toBe(-0.5);
    expect(meetsTarget(s.scenario)).toBe(true);
  });

  it('answers null when no e in [-0.5, 0.5] meets the target', () => {
    // centralCosts 300: result = 200 - 150 * (1.02 - e) - 300 = -253 + 150 e; at e = 0.5: -178 < 6
    const m = buildModel({ ...options, yearDefaults: { ...options.yearDefaults, centralCosts: 300 } });
    const s = solveEfficiency(m);
    expect(SOLVER_UPPER).toBe(0.5);
    expect(s.efficiency).toBeNull();
    expect(meetsTarget(s.scenario)).toBe(false);
  });

  it('finds an answer just below the upper bound', () => {
    // centralCosts 102: result = 200 - 150 * (1.02 - e) - 102 = -55 + 150 e >= 6  <=>  e >= 61 / 150 = 0.40667
    const m = buildModel({ ...options, yearDefaults: { ...options.yearDefaults, centralCosts: 102 } });
    expect(Math.abs(solveEfficiency(m).efficiency! - 61 / 150)).toBeLessThanOrEqual(1e-6);
  });
});
