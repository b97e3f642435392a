import { CommitteeResult, runModel, runScenario } from '../../src/engine';
import { BuildModelOptions, baseScenario, buildModel, committee, withScenarios } from '../support/model-builders';

/**
 * Every model here has zero indices, compensation 1 and no efficiency, so a frame of 100 stays 100
 * unless an initiative moves it; only deviations and carry-over change the allowances.
 */
function run(options: BuildModelOptions): CommitteeResult[] {
  return runScenario(buildModel(options), baseScenario()).committees;
}

describe('deviation, net cost and outcome', () => {
  it('spends allowance * (1 + deviation) and reports allowance - net cost as the outcome', () => {
    const [a] = run({
      horizon: 1,
      committees: [committee('A', { openingCarryIn: 7 })],
      committeeYears: [{ committee: 'A', year: 2027, deviation: 0.05 }],
    });
    // allowance = 100 + 7 = 107; netCost = 107 * 1.05 = 112.35; outcome = 107 - 112.35 = -5.35
    expect(a.allowance[0]).toBeCloseTo(107, 9);
    expect(a.netCost[0]).toBeCloseTo(112.35, 9);
    expect(a.outcome[0]).toBeCloseTo(-5.35, 9);
  });

  it('reports an underspend as a positive outcome', () => {
    const [a] = run({ horizon: 1, committeeYears: [{ committee: 'A', year: 2027, deviation: -0.04 }] });
    // netCost = 100 * 0.96 = 96; outcome = +4
    expect(a.netCost[0]).toBeCloseTo(96, 9);
    expect(a.outcome[0]).toBeCloseTo(4, 9);
  });
});

describe('carry-over rules', () => {
  it('carries surplusShare of a surplus into the next year', () => {
    const [a] = run({
      horizon: 2,
      carryOver: { surplusShare: 0.5 },
      committeeYears: [{ committee: 'A', year: 2027, deviation: -0.1 }],
    });
    // outcome(2027) = 100 - 90 = 10; carried = 0.5 * 10 = 5
    expect(a.carried[0]).toBeCloseTo(5, 9);
    expect(a.carryIn).toEqual([0, expect.closeTo(5, 9)]);
    // allowance(2028) = 100 + 5 = 105, while the frame itself stays 100
    expect(a.frame[1]).toBeCloseTo(100, 9);
    expect(a.allowance[1]).toBeCloseTo(105, 9);
  });

  it('carries deficitShare of a deficit into the next year, negative', () => {
    const [a] = run({
      horizon: 2,
      carryOver: { deficitShare: 0.4 },
      committeeYears: [{ committee: 'A', year: 2027, deviation: 0.1 }],
    });
    // outcome(2027) = 100 - 110 = -10; carried = -(0.4 * 10) = -4
    expect(a.carried[0]).toBeCloseTo(-4, 9);
    expect(a.carryIn[1]).toBeCloseTo(-4, 9);
    expect(a.allowance[1]).toBeCloseTo(96, 9);
  });

  // The cap is a fraction of the frame in the year of the outcome. To tell it apart from Y0's frame
  // (100), the allowance and next year's frame, 2027 gets initiative +50 (frame 150), an opening
  // carry-in of 50 (allowance 200), and 2028 another +50 (frame 200).
  const capCase = (carryOver: BuildModelOptions['carryOver'], deviation: number) =>
    run({
      horizon: 2,
      carryOver,
      committees: [committee('A', { openingCarryIn: 50 })],
      committeeYears: [
        { committee: 'A', year: 2027, initiative: 50, deviation },
        { committee: 'A', year: 2028, initiative: 50 },
      ],
    })[0];

  it("caps a surplus at surplusCap * the outcome year's frame", () => {
    const a = capCase({ surplusCap: 0.1 }, -0.1);
    // frame(2027) = 150; allowance = 200; outcome = 200 * 0.1 = 20
    // carried = min(1 * 20, 0.1 * 150) = 15   (not 0.1 * 100, 0.1 * 200 or 0.1 * frame(2028) = 20)
    expect(a.frame[0]).toBeCloseTo(150, 9);
    expect(a.outcome[0]).toBeCloseTo(20, 9);
    expect(a.carried[0]).toBeCloseTo(15, 9);
    expect(a.carryIn[1]).toBeCloseTo(15, 9);
  });

  it('leaves a surplus below the cap alone', () => {
    const a = capCase({ surplusCap: 0.1, surplusShare: 0.5 }, -0.1);
    // carried = min(0.5 * 20, 15) = 10
    expect(a.carried[0]).toBeCloseTo(10, 9);
  });

  it("caps a deficit at deficitCap * the outcome year's frame", () => {
    const a = capCase({ deficitCap: 0.05 }, 0.1);
    // outcome = -20; carried = -min(1 * 20, 0.05 * 150) = -7.5
    expect(a.outcome[0]).toBeCloseTo(-20, 9);
    expect(a.carried[0]).toBeCloseTo(-7.5, 9);
    expect(a.carryIn[1]).toBeCloseTo(-7.5, 9);
  });

  it('applies the share before the cap', () => {
    const a = capCase({ deficitShare: 0.25, deficitCap: 0.05 }, 0.1);
    // carried = -min(0.25 * 20, 7.5) = -5
    expect(a.carried[0]).toBeCloseTo(-5, 9);
  });

  it('repays a deficit in equal parts over repaymentYears', () => {
    const [a] = run({
      horizon: 5,
      carryOver: { repaymentYears: 3 },
      committeeYears: [{ committee: 'A', year: 2027, deviation: 0.12 }],
    });
    // outcome(2027) = -12; 12 / 3 = 4 taken from each of 2028, 2029, 2030; nothing in 2031
    expect(a.carried[0]).toBeCloseTo(-12, 9);
    const expected = [0, -4, -4, -4, 0];
    expected.forEach((x, t) => expect(a.carryIn[t]).toBeCloseTo(x, 9));
    expect(a.allowance[1]).toBeCloseTo(96, 9);
    expect(a.outstanding).toBeCloseTo(0, 9);
  });

  it('reports repayment parts that fall after the horizon as outstanding', () => {
    const [a] = run({
      horizon: 3,
      carryOver: { repaymentYears: 3 },
      committeeYears: [
        { committee: 'A', year: 2028, deviation: 0.12 },
        { committee: 'A', year: 2029, deviation: 0.0625 },
      ],
    });
    // 2028: outcome = -12; -4 into 2029, -4 into 2030 and -4 into 2031 (both after the horizon)
    // 2029: allowance = 100 - 4 = 96; netCost = 96 * 1.0625 = 102; outcome = -6: three parts of -2, all after
    // outstanding = -4 - 4 - 2 - 2 - 2 = -14
    expect(a.carryIn[2]).toBeCloseTo(-4, 9);
    expect(a.allowance[2]).toBeCloseTo(96, 9);
    expect(a.outcome[2]).toBeCloseTo(-6, 9);
    expect(a.outstanding).toBeCloseTo(-14, 9);
  });

  it('starts the first plan year with the opening carry-in', () => {
    const [a, b] = run({
      horizon: 2,
      committees: [committee('A', { openingCarryIn: 7 }), committee('B', { openingCarryIn: -3 })],
    });
    // allowance(2027): A = 100 + 7 = 107, B = 100 - 3 = 97; no deviation, so nothing moves on
    expect(a.carryIn).toEqual([7, 0]);
    expect(a.allowance[0]).toBeCloseTo(107, 9);
    expect(a.netCost[0]).toBeCloseTo(107, 9);
    expect(b.allowance[0]).toBeCloseTo(97, 9);
    expect(a.allowance[1]).toBeCloseTo(100, 9);
  });

  it('carries an outcome of the opening carry-in too', () => {
    const [a] = run({
      horizon: 2,
      committees: [committee('A', { openingCarryIn: 20 })],
      committeeYears: [{ committee: 'A', year: 2027, deviation: -0.1 }],
    });
    // allowance(2027) = 120; netCost = 108; outcome = 12, all of it carried into 2028
    expect(a.carryIn[1]).toBeCloseTo(12, 9);
  });

  it("reports the last year's surplus as outstanding", () => {
    const [a] = run({ horizon: 2, committeeYears: [{ committee: 'A', year: 2028, deviation: -0.05 }] });
    // outcome(2028) = 5, carried into 2029, after the horizon
    expect(a.carried[1]).toBeCloseTo(5, 9);
    expect(a.carryIn).toHaveLength(2);
    expect(a.outstanding).toBeCloseTo(5, 9);
  });

  it('carries nothing with shares 0', () => {
    const [a] = run({
      horizon: 2,
      carryOver: { surplusShare: 0, deficitShare: 0 },
      committeeYears: [
        { committee: 'A', year: 2027, deviation: -0.1 },
        { committee: 'A', year: 2028, deviation: 0.1 },
      ],
    });
    // outcomes +10 and -10, nothing carried
    expect(a.outcome[0]).toBeCloseTo(10, 9);
    expect(a.outcome[1]).toBeCloseTo(-10, 9);
    a.carried.forEach((x) => expect(x).toBeCloseTo(0, 12));
    a.carryIn.forEach((x) => expect(x).toBeCloseTo(0, 12));
    expect(a.outstanding).toBeCloseTo(0, 12);
  });
});

describe('which carry-over rule applies', () => {
  // Default rule: surplusShare 0.5, deficitShare 0.5, surplusCap 0.08.
  // B overrides surplusShare only; C removes the cap.
  // Each committee underspends 10 % in 2027 (outcome +10) and overspends 10 % in 2028 (outcome -10 + carry).
  const model = buildModel({
    horizon: 2,
    carryOver: { surplusShare: 0.5, deficitShare: 0.5, surplusCap: 0.08 },
    committees: [
      committee('A'),
      committee('B', { carryOver: { surplusShare: 1 } }),
      committee('C', { carryOver: { surplusShare: 1, surplusCap: null } }),
    ],
    committeeYears: ['A', 'B', 'C'].map((c) => ({ committee: c, year: 2027, deviation: -0.1 })),
  });

  it("overrides the default rule key by key with a committee's own keys", () => {
    const [a, b, c] = runScenario(model, baseScenario()).committees;
    // A: min(0.5 * 10, 0.08 * 100) = 5
    // B: min(1 * 10, 0.08 * 100) = 8   (own share, default cap)
    // C: 1 * 10 = 10                    (own share, own "no cap")
    expect(a.carried[0]).toBeCloseTo(5, 9);
    expect(b.carried[0]).toBeCloseTo(8, 9);
    expect(c.carried[0]).toBeCloseTo(10, 9);
  });

  it("lets a scenario's carryOver override the default rule but not a committee's keys", () => {
    const m = withScenarios(model, { name: 'Generös', overrides: { carryOver: { surplusShare: 0.25, surplusCap: 0.2 } } });
    const [, scenario] = runModel(m).scenarios;
    const [a, b, c] = scenario.committees;
    // A: min(0.25 * 10, 0.2 * 100) = 2.5   (scenario share and cap)
    // B: min(1 * 10, 0.2 * 100) = 10       (own share, scenario cap)
    // C: 1 * 10 = 10                        (own share, own "no cap")
    expect(a.carried[0]).toBeCloseTo(2.5, 9);
    expect(b.carried[0]).toBeCloseTo(10, 9);
    expect(c.carried[0]).toBeCloseTo(10, 9);
  });

  it("keeps a scenario's carry-over out of the base", () => {
    const m = withScenarios(model, { name: 'Generös', overrides: { carryOver: { surplusShare: 0.25 } } });
    const [base] = runModel(m).scenarios;
    expect(base.committees[0].carried[0]).toBeCloseTo(5, 9);
  });
});

describe('caps when a frame has been driven below zero', () => {
  it('carries nothing rather than a carry of the wrong sign', () => {
    const [a] = run({
      horizon: 2,
      carryOver: { surplusCap: 0.1, deficitCap: 0.1 },
      committeeYears: [{ committee: 'A', year: 2027, initiative: -120, deviation: -0.5 }],
    });
    // frame(2027) = 100 - 120 = -20; allowance = -20; netCost = -20 * 0.5 = -10; outcome = -20 - -10 = -10
    // deficit = 1 * 10 = 10, capped at 0.1 * max(-20, 0) = 0: nothing is carried, and it is +0, not -0
    expect(a.frame[0]).toBeCloseTo(-20, 9);
    expect(a.outcome[0]).toBeCloseTo(-10, 9);
    expect(Object.is(a.carried[0], 0)).toBe(true);
    expect(a.carryIn[1]).toBe(0);
  });

  it('a deficit share of 0 carries +0', () => {
    const [a] = run({ horizon: 2, carryOver: { deficitShare: 0 }, committeeYears: [{ committee: 'A', year: 2027, deviation: 0.1 }] });
    // outcome = 100 - 110 = -10; carried = -(0 * 10) = 0
    expect(Object.is(a.carried[0], 0)).toBe(true);
  });
});
