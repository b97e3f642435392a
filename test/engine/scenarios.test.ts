import { BASE_SCENARIO_NAME, Model, allScenarios, runModel } from '../../src/engine';
import { buildModel, committee, withScenarios } from '../support/model-builders';

/** The result of the scenario named `name` in a run of `model` (which must list it). */
function scenario(model: Model, name: string) {
  const s = runModel(model).scenarios.find((x) => x.name === name);
  if (!s) throw new Error(`no scenario ${name}`);
  return s;
}

describe('scenario overrides', () => {
  it('replaces every plan year\'s efficiency with a number', () => {
    // Base: efficiency 0.01 each year, no uplift. Scenario: 0.03.
    const m = withScenarios(buildModel({ horizon: 2, yearDefaults: { efficiency: 0.01 } }), {
      name: 'Tre procent',
      overrides: { efficiency: 0.03 },
    });
    const [base, s] = runModel(m).scenarios;
    // base: 100 * 0.99 = 99, 99 * 0.99 = 98.01
    expect(base.committees[0].frame[1]).toBeCloseTo(98.01, 9);
    // scenario: 100 * 0.97 = 97, 97 * 0.97 = 94.09
    expect(s.committees[0].frame[0]).toBeCloseTo(97, 9);
    expect(s.committees[0].frame[1]).toBeCloseTo(94.09, 9);
  });

  it("replaces every plan year's compensation with a number", () => {
    // wage = price = 0.04; base compensation 0.5: 100 * 1.02 = 102. Scenario compensation 1: 104.
    const m = withScenarios(
      buildModel({ horizon: 1, yearDefaults: { wageIndex: 0.04, priceIndex: 0.04, compensation: 0.5 } }),
      { name: 'Full kompensation', overrides: { compensation: 1 } },
    );
    const [base, s] = runModel(m).scenarios;
    expect(base.committees[0].frame[0]).toBeCloseTo(102, 9);
    expect(s.committees[0].frame[0]).toBeCloseTo(104, 9);
    expect(s.committees[0].withheldUpliftKr[0]).toBeCloseTo(0, 9);
  });

  it('merges year rows into the base rows by year, key by key', () => {
    // Base: growth 0.1 each year, grants 5, rate 20 from Y0.
    // Scenario: 2028 row sets taxRate 25 and grants 10; its growth stays the base's 0.1.
    const m = withScenarios(buildModel({ horizon: 3, yearDefaults: { taxBaseGrowth: 0.1, grants: 5 } }), {
      name: 'Skattehöjning',
      overrides: { years: [{ year: 2028, taxRate: 25, grants: 10 }] },
    });
    const s = scenario(m, 'Skattehöjning');
    // taxBase: 1100, 1210, 1331; rates: 20, 25, 25 (2029 defaults to the previous year's, now 25)
    expect(s.taxRate).toEqual([20, 25, 25]);
    // revenue(2027) = 1100 * 20 / 100 + 5 = 225
    // revenue(2028) = 1210 * 25 / 100 + 10 = 312.5
    // revenue(2029) = 1331 * 25 / 100 + 5 = 337.75
    expect(s.revenue[0]).toBeCloseTo(225, 9);
    expect(s.revenue[1]).toBeCloseTo(312.5, 9);
    expect(s.revenue[2]).toBeCloseTo(337.75, 9);
  });

  it("lets a scenario's year row beat its own uniform number", () => {
    const m = withScenarios(buildModel({ horizon: 2 }), {
      name: 'S',
      overrides: { efficiency: 0.02, years: [{ year: 2028, efficiency: 0.05 }] },
    });
    const c = scenario(m, 'S').committees[0];
    // 2027: 100 * 0.98 = 98; 2028: 98 * 0.95 = 93.1
    expect(c.frame[0]).toBeCloseTo(98, 9);
    expect(c.frame[1]).toBeCloseTo(93.1, 9);
  });

  it('merges committee-year rows by committee and year, key by key', () => {
    // Base row A/2027: demography 0.1, initiative 5. Scenario row A/2027: initiative 10.
    const m = withScenarios(
      buildModel({ horizon: 1, committeeYears: [{ committee: 'A', year: 2027, demography: 0.1, initiative: 5 }] }),
      { name: 'Satsning', overrides: { committeeYears: [{ committee: 'A', year: 2027, initiative: 10 }] } },
    );
    const [base, s] = runModel(m).scenarios;
    // base: 100 * 1.1 + 5 = 115; scenario: 100 * 1.1 + 10 = 120 (demography kept)
    expect(base.committees[0].frame[0]).toBeCloseTo(115, 9);
    expect(s.committees[0].frame[0]).toBeCloseTo(120, 9);
  });

  it("keeps committee-year values over the scenario's year defaults", () => {
    // Base row A/2027: efficiency 0.02. Scenario: efficiency 0.05 for every year.
    const m = withScenarios(
      buildModel({
        horizon: 2,
        committees: [committee('A'), committee('B')],
        committeeYears: [{ committee: 'A', year: 2027, efficiency: 0.02 }],
      }),
      { name: 'Fem procent', overrides: { efficiency: 0.05 } },
    );
    const [a, b] = scenario(m, 'Fem procent').committees;
    // A 2027: 100 * 0.98 = 98 (its own row); A 2028: 98 * 0.95 = 93.1
    // B 2027: 100 * 0.95 = 95; B 2028: 95 * 0.95 = 90.25
    expect(a.frame[0]).toBeCloseTo(98, 9);
    expect(a.frame[1]).toBeCloseTo(93.1, 9);
    expect(b.frame[0]).toBeCloseTo(95, 9);
    expect(b.frame[1]).toBeCloseTo(90.25, 9);
  });

  it('overrides the target, frame mode and window', () => {
    // revenue = 200 + 100 = 300 each year; frames 100 + 50.
    const m = withScenarios(
      buildModel({
        horizon: 2,
        target: 0.01,
        committees: [committee('A'), committee('B', { frame: 50 })],
        yearDefaults: { grants: 100 },
        history: [{ year: 2026, revenue: 300, result: 0 }],
      }),
      {
        name: 'Intäktsstyrd',
        overrides: { target: 0.05, frameMode: 'revenue', windowBack: 0, windowForward: 1, measure: 'meanOfRatios' },
      },
    );
    const [base, s] = runModel(m).scenarios;
    // base: uplift, result = 300 - 150 = 150 each year; B = F = 3 windows are incomplete
    expect(base.frameMode).toBe('uplift');
    expect(base.target).toBe(0.01);
    expect(base.result[0]).toBeCloseTo(150, 9);
    expect(base.rollingComplete).toEqual([false, false]);
    // scenario: revenue mode, available = 300 * 0.95 = 285, A = 285 * 100 / 150 = 190, B = 95
    expect(s.frameMode).toBe('revenue');
    expect(s.target).toBe(0.05);
    expect(s.committees[0].frame[0]).toBeCloseTo(190, 9);
    expect(s.committees[1].frame[0]).toBeCloseTo(95, 9);
    // result = 300 - 285 = 15 = 5 %; window = the year itself
    expect(s.resultShare[0]).toBeCloseTo(0.05, 12);
    expect(s.rollingShare[0]).toBeCloseTo(0.05, 12);
    expect(s.rollingShare[1]).toBeCloseTo(0.05, 12);
    expect(s.rollingComplete).toEqual([true, true]);
    expect(s.targetMet).toEqual([true, true]);
  });

  it('overrides the measure on its own', () => {
    // history 2026: 100 / 100 = 1.0; plan 2027: 150 / 300 = 0.5. B = 1, F = 1.
    const m = withScenarios(
      buildModel({
        horizon: 1,
        windowBack: 1,
        windowForward: 1,
        committees: [committee('A', { frame: 150 })],
        yearDefaults: { grants: 100 },
        history: [{ year: 2026, revenue: 100, result: 100 }],
      }),
      { name: 'Medel', overrides: { measure: 'meanOfRatios' } },
    );
    const [base, s] = runModel(m).scenarios;
    // ratioOfSums: (100 + 150) / (100 + 300) = 0.625; meanOfRatios: (1 + 0.5) / 2 = 0.75
    expect(base.rollingShare[0]).toBeCloseTo(0.625, 12);
    expect(s.rollingShare[0]).toBeCloseTo(0.75, 12);
  });
});

describe('runModel', () => {
  it('reports the base first, named Base, then the scenarios in their order', () => {
    const m = withScenarios(
      buildModel({ unit: 'tkr' }),
      { name: 'Zeta', overrides: { efficiency: 0.02 } },
      { name: 'Alfa', overrides: {} },
      { name: 'Mitt', overrides: { compensation: 0 } },
    );
    const run = runModel(m);
    expect(run.unit).toBe('tkr');
    expect(run.scenarios.map((s) => s.name)).toEqual([BASE_SCENARIO_NAME, 'Zeta', 'Alfa', 'Mitt']);
    expect(BASE_SCENARIO_NAME).toBe('Base');
    expect(allScenarios(m).map((s) => s.name)).toEqual(['Base', 'Zeta', 'Alfa', 'Mitt']);
  });

  it('gives a scenario without overrides the same figures as the base', () => {
    const m = withScenarios(
      buildModel({ yearDefaults: { wageIndex: 0.03, priceIndex: 0.02, efficiency: 0.01, compensation: 0.5 } }),
      { name: 'Same', overrides: {} },
    );
    const [base, same] = runModel(m).scenarios;
    expect({ ...same, name: 'Base' }).toEqual(base);
  });

  it('leaves the model untouched', () => {
    const m = withScenarios(
      buildModel({ committeeYears: [{ committee: 'A', year: 2027, efficiency: 0.02 }] }),
      {
        name: 'S',
        overrides: {
          efficiency: 0.05,
          years: [{ year: 2028, taxRate: 30 }],
          committeeYears: [{ committee: 'A', year: 2027, initiative: 4 }],
          carryOver: { surplusShare: 0.5 },
        },
      },
    );
    const before = structuredClone(m);
    runModel(m);
    expect(m).toEqual(before);
  });
});
