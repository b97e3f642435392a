import { runScenario } from '../../src/engine';
import { baseScenario, buildModel, committee } from '../support/model-builders';

describe('demography from the population forecast', () => {
  // Two groups: children (weight 100 per inhabitant to BUN) and elderly (weight 20).
  // Y0 2026: 1 000 children, 500 elderly.  2027: 1 100 children, 500 elderly.  2028: 1 100, 600.
  const population = [
    { year: 2026, group: 'barn', count: 1000 },
    { year: 2026, group: 'aldre', count: 500 },
    { year: 2027, group: 'barn', count: 1100 },
    { year: 2027, group: 'aldre', count: 500 },
    { year: 2028, group: 'barn', count: 1100 },
    { year: 2028, group: 'aldre', count: 600 },
  ];
  const model = buildModel({
    horizon: 2,
    schemaVersion: 2,
    ageGroups: [
      { id: 'barn', name: 'Barn' },
      { id: 'aldre', name: 'Äldre' },
    ],
    population,
    committees: [
      committee('BUN', {
        frame: 100,
        demographyWeights: [
          { group: 'barn', weight: 100 },
          { group: 'aldre', weight: 20 },
        ],
      }),
      committee('KS', { frame: 50 }),
    ],
  });
  const r = runScenario(model, baseScenario());

  it('grows a committee by its weighted population', () => {
    // 2026: 100 * 1000 + 20 * 500 = 110 000.  2027: 100 * 1100 + 20 * 500 = 120 000.
    // d(2027) = 120 000 / 110 000 - 1 = 0.0909...; frame = 100 * (1 + d) = 109.0909...
    expect(r.committees[0].demography[0]).toBeCloseTo(120_000 / 110_000 - 1, 12);
    expect(r.committees[0].frame[0]).toBeCloseTo(100 * (120_000 / 110_000), 10);
    // 2028: 100 * 1100 + 20 * 600 = 122 000; d = 122 000 / 120 000 - 1 = 0.01666...
    expect(r.committees[0].demography[1]).toBeCloseTo(122_000 / 120_000 - 1, 12);
  });

  it('leaves committees without weights at version 1 demography', () => {
    expect(r.committees[1].demography).toEqual([0, 0]);
    expect(r.population).toEqual([1600, 1700]);
  });

  it('lets a committee-year demography beat the driver', () => {
    const m = { ...model, committeeYears: [{ committee: 'BUN', year: 2027, demography: 0.01 }] };
    const s = runScenario(m, baseScenario());
    expect(s.committees[0].demography[0]).toBe(0.01);
    // 2028 still follows the driver.
    expect(s.committees[0].demography[1]).toBeCloseTo(122_000 / 120_000 - 1, 12);
  });
});

describe('the efficiency requirement in FTEs', () => {
  it('is the wage part of the implied efficiency, in full-time posts', () => {
    // Frame 1000, labour share 0.6, wages +3 %, prices +2 %: fullUplift = 0.6 * 0.03 + 0.4 * 0.02 = 0.026.
    // e = 1 %, k = 50 %: implied = 0.01 + 0.5 * 0.026 = 0.023, i.e. 23 of the frame;
    // wage part 23 * 0.6 = 13.8; at 0.6 per FTE that is 13.8 / 0.6 = 23 FTE.
    const m = buildModel({
      horizon: 1,
      schemaVersion: 2,
      yearDefaults: { wageIndex: 0.03, priceIndex: 0.02, efficiency: 0.01, compensation: 0.5 },
      committees: [committee('VON', { frame: 1000, labourShare: 0.6, costPerFte: 0.6 }), committee('KS', { frame: 10 })],
    });
    const r = runScenario(m, baseScenario());
    expect(r.committees[0].impliedEfficiency[0]).toBeCloseTo(0.023, 12);
    expect(r.committees[0].efficiencyFte[0]).toBeCloseTo(23, 9);
    expect(r.committees[1].efficiencyFte[0]).toBeNull();
  });
});
