import { paybackYear, runScenario } from '../../src/engine';
import { baseScenario, buildModel, committee, withScenarios } from '../support/model-builders';

describe('projects that cost first and save later', () => {
  // A digital home-care effort: costs 4 in 2027, saves 2 in 2028 and 2.5 in 2029.
  const model = buildModel({
    horizon: 3,
    schemaVersion: 2,
    committees: [committee('VON', { frame: 100 })],
    yearDefaults: { wageIndex: 0.02, priceIndex: 0.02, compensation: 1 },
    projects: [
      { id: 'dig', name: 'Digital hemtjänst', committee: 'VON', effects: [{ year: 2027, amount: 4 }, { year: 2028, amount: -2 }, { year: 2029, amount: -2.5 }] },
    ],
  });
  const r = runScenario(model, baseScenario());
  const von = r.committees[0];

  it('changes the frame in each year only, and carries the frame forward without it', () => {
    // Full uplift 2 %, compensated: baseFrame 100 -> 102 -> 104.04 -> 106.1208.
    // frame = baseFrame + effect: 106, 102.04, 103.6208.
    expect(von.baseFrame[0]).toBeCloseTo(102, 12);
    expect(von.baseFrame[1]).toBeCloseTo(104.04, 12);
    expect(von.baseFrame[2]).toBeCloseTo(106.1208, 12);
    expect(von.frame[0]).toBeCloseTo(106, 12);
    expect(von.frame[1]).toBeCloseTo(102.04, 12);
    expect(von.frame[2]).toBeCloseTo(103.6208, 12);
    expect(von.projectEffect).toEqual([4, -2, -2.5]);
  });

  it('does not count the project as an efficiency requirement', () => {
    // implied = (baseFrame(y-1) (1 + U) + p - frame) / baseFrame(y-1) = (102 + 4 - 106) / 100 = 0.
    expect(von.impliedEfficiency[0]).toBeCloseTo(0, 12);
  });

  it('reports the cumulative effect and the payback year', () => {
    // cumulative: 4, 4 - 2 = 2, 2 - 2.5 = -0.5: no longer a cost in 2029.
    const p = r.projects[0];
    expect(p.effect).toEqual([4, -2, -2.5]);
    expect(p.cumulative).toEqual([4, 2, -0.5]);
    expect(p.paybackYear).toBe(2029);
  });

  it('has no payback year when it never costs or never pays back in the plan', () => {
    expect(paybackYear([-1, -2, -3], [2027, 2028, 2029])).toBeNull();
    expect(paybackYear([4, 3, 1], [2027, 2028, 2029])).toBeNull();
    // Exactly back to zero counts: 4, 0.
    expect(paybackYear([4, 0], [2027, 2028])).toBe(2028);
  });

  it('lets a scenario replace a project\'s effects or remove it', () => {
    const m = withScenarios(
      model,
      { name: 'Snabbare', overrides: { projects: [{ id: 'dig', effects: [{ year: 2027, amount: 4 }, { year: 2028, amount: -5 }] }] } },
      { name: 'Utan', overrides: { projects: [{ id: 'dig', effects: [] }] } },
    );
    const faster = runScenario(m, m.scenarios[0]);
    expect(faster.projects[0].cumulative).toEqual([4, -1, -1]);
    expect(faster.projects[0].paybackYear).toBe(2028);
    const without = runScenario(m, m.scenarios[1]);
    expect(without.projects).toEqual([]);
    expect(without.committees[0].frame[0]).toBeCloseTo(102, 12);
  });

  it('is ring-fenced in revenue mode', () => {
    // Revenue 200, target 0, no central costs: available 200. Two committees A 60, B 40 (weights 0.6, 0.4).
    // A project costs 10 in A in 2027: frames = (200 - 10) * w + p: A = 190 * 0.6 + 10 = 124, B = 190 * 0.4 = 76.
    // A's baseFrame = 124 - 10 = 114; next year's weights use the base frames 114 and 76.
    const m = buildModel({
      horizon: 2,
      schemaVersion: 2,
      frameMode: 'revenue',
      committees: [committee('A', { frame: 60 }), committee('B', { frame: 40 })],
      projects: [{ id: 'p', name: 'p', committee: 'A', effects: [{ year: 2027, amount: 10 }] }],
    });
    const s = runScenario(m, baseScenario());
    expect(s.committees[0].frame[0]).toBeCloseTo(124, 12);
    expect(s.committees[1].frame[0]).toBeCloseTo(76, 12);
    expect(s.committees[0].baseFrame[0]).toBeCloseTo(114, 12);
    // 2028: weights 114 / 190 and 76 / 190, no project: A = 200 * 0.6 = 120, B = 80.
    expect(s.committees[0].frame[1]).toBeCloseTo(120, 12);
    expect(s.committees[1].frame[1]).toBeCloseTo(80, 12);
    expect(s.resultShare[0]).toBeCloseTo(0, 12);
  });
});
