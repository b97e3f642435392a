import { exampleJson } from './helpers';

/**
 * A version 2 model file for the CLI tests: Exempelkommun with an investment plan, net debt and interest,
 * two projects, a population forecast that drives BUN and VON, a cost per FTE for every committee, a reserve,
 * one year still to restore from 2025, and a recession scenario ("Lågkonjunktur") with lower tax-base growth.
 * Figures of the kind a municipality of about 60 000 inhabitants has (mnkr).
 */
export function versionTwoJson(): Record<string, unknown> {
  const base = exampleJson();
  const years = (base.years as Record<string, unknown>[]).map((y) => ({
    ...y,
    // The financial net as the version 1 example had it, interest on the debt coming on top.
    financialNet: ({ 2027: -30, 2028: -40, 2029: -50, 2030: -58 } as Record<number, number>)[y.year as number],
    interestRate: 0.03,
    depreciation: 180,
    balanceAdjustments: y.year === 2027 ? -12 : 0,
  }));
  const costPerFte: Record<string, number> = { KS: 0.68, BUN: 0.58, GAN: 0.6, SN: 0.56, VON: 0.52, KFN: 0.55, SBN: 0.66 };
  const groups = [
    { id: '1-5', name: '1–5 år', counts: [3600, 3580, 3560, 3540, 3520] },
    { id: '6-15', name: '6–15 år', counts: [7400, 7350, 7290, 7220, 7150] },
    { id: '16-18', name: '16–18 år', counts: [2150, 2180, 2200, 2230, 2240] },
    { id: '19-64', name: '19–64 år', counts: [34000, 34150, 34300, 34450, 34600] },
    { id: '65-79', name: '65–79 år', counts: [9300, 9380, 9450, 9500, 9560] },
    { id: '80+', name: '80 år och äldre', counts: [3300, 3460, 3620, 3790, 3960] },
  ];
  const committees = (base.committees as Record<string, unknown>[]).map((c) => {
    // This fixture's own population forecast and weights replace the example's.
    const { demographyWeights: _exampleWeights, ...rest } = c;
    const out: Record<string, unknown> = { ...rest, costPerFte: costPerFte[c.id as string] };
    if (c.id === 'BUN') out.demographyWeights = [{ group: '1-5', weight: 150 }, { group: '6-15', weight: 120 }];
    if (c.id === 'VON') out.demographyWeights = [{ group: '65-79', weight: 15 }, { group: '80+', weight: 160 }];
    return out;
  });
  return {
    ...base,
    schemaVersion: 2,
    debt: 2500,
    years,
    committees,
    // BUN's typed-in demography rows would override its driver; keep the others'.
    committeeYears: [
      ...(base.committeeYears as Record<string, unknown>[]).filter((r) => r.committee !== 'BUN' && r.committee !== 'VON'),
      // GAN's demography typed in, as in the version 1 example.
      { committee: 'GAN', year: 2027, demography: 0.012 },
      { committee: 'GAN', year: 2028, demography: 0.008 },
    ],
    investments: [
      { id: 'SKOLA', name: 'Ny grundskola', committee: 'BUN', life: 33, spend: [{ year: 2027, amount: 120 }, { year: 2028, amount: 180 }] },
      { id: 'VOB', name: 'Vård- och omsorgsboende', committee: 'VON', life: 40, spend: [{ year: 2028, amount: 150 }, { year: 2029, amount: 90 }] },
      { id: 'VA', name: 'Vatten och avlopp', committee: 'SBN', life: 50, spend: [2027, 2028, 2029, 2030].map((year) => ({ year, amount: 110 })) },
      { id: 'GATA', name: 'Gator och vägar', committee: 'SBN', life: 20, spend: [2027, 2028, 2029, 2030].map((year) => ({ year, amount: 70 })) },
    ],
    projects: [
      {
        id: 'DIGI',
        name: 'Digital hemtjänst',
        committee: 'VON',
        effects: [{ year: 2027, amount: 4 }, { year: 2028, amount: -2.5 }, { year: 2029, amount: -2.5 }, { year: 2030, amount: -2.5 }],
      },
      { id: 'LOKAL', name: 'Lokalöversyn', committee: 'KS', effects: [{ year: 2027, amount: 1.5 }, { year: 2028, amount: 1 }, { year: 2029, amount: -1 }, { year: 2030, amount: -2 }] },
    ],
    uncertainty: undefined,
    ageGroups: groups.map((g) => ({ id: g.id, name: g.name })),
    population: groups.flatMap((g) => g.counts.map((count, t) => ({ year: 2026 + t, group: g.id, count }))),
    reserve: { openingBalance: 60, threshold: 0.01, cap: 0.05, deposit: 1, withdraw: true },
    openingRestoration: [{ year: 2025, amount: 15 }],
    scenarios: [
      ...(base.scenarios as Record<string, unknown>[]).filter((sc) => sc.name !== 'Lågkonjunktur'),
      {
        name: 'Lågkonjunktur',
        overrides: {
          years: [
            { year: 2027, taxBaseGrowth: 0.005 },
            { year: 2028, taxBaseGrowth: 0.01 },
          ],
        },
      },
    ],
  };
}
