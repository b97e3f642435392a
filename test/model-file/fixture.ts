/**
 * A small valid model file (plan years 2027..2029, committees KS, BUN, SN) as a fresh plain object,
 * for tests to break one value at a time. Revenue is about 10 000 × 21 / 100 + 300 ≈ 2 400 a year.
 */
export type ModelFile = Record<string, any>;

export function validFile(): ModelFile {
  return {
    schemaVersion: 1,
    name: 'Testkommun',
    unit: 'mnkr',
    language: 'sv',
    baseYear: 2026,
    horizon: 3,
    taxBase: 10000,
    taxRate: 21,
    target: 0.02,
    windowBack: 3,
    windowForward: 3,
    measure: 'ratioOfSums',
    frameMode: 'uplift',
    carryOver: { surplusShare: 1, deficitShare: 1, surplusCap: null, deficitCap: null, repaymentYears: 1 },
    history: [
      { year: 2024, revenue: 2200, result: 40 },
      { year: 2025, revenue: 2300, result: 30 },
      { year: 2026, revenue: 2350, result: 20 },
    ],
    years: [
      { year: 2027, taxBaseGrowth: 0.04, taxRate: 21, grants: 300, wageIndex: 0.03, priceIndex: 0.02, financialNet: -10, centralCosts: 100, efficiency: 0.01, compensation: 0.5 },
      { year: 2028, taxBaseGrowth: 0.035, grants: 310, wageIndex: 0.03, priceIndex: 0.02, financialNet: -10, centralCosts: 100, efficiency: 0.01, compensation: 0.5 },
      { year: 2029, taxBaseGrowth: 0.035, grants: 320, wageIndex: 0.03, priceIndex: 0.02, financialNet: -10, centralCosts: 100, efficiency: 0.01, compensation: 0.5 },
    ],
    committees: [
      { id: 'KS', name: 'Kommunstyrelsen', frame: 300, labourShare: 0.6, openingCarryIn: 0, carryOver: { surplusCap: 0.03 } },
      { id: 'BUN', name: 'Barn- och utbildningsnämnden', frame: 900, labourShare: 0.7 },
      { id: 'SN', name: 'Socialnämnden', frame: 800, labourShare: 0.65 },
    ],
    committeeYears: [
      { committee: 'KS', year: 2027, efficiency: 0.02, demography: 0.01, initiative: 5, deviation: 0.01 },
      { committee: 'SN', year: 2028, demography: 0.015 },
    ],
    scenarios: [
      { name: 'Full kompensation', overrides: { compensation: 1, efficiency: 0 } },
      {
        name: 'Stram',
        overrides: {
          target: 0.03,
          years: [{ year: 2028, taxRate: 21.5 }],
          committeeYears: [{ committee: 'BUN', year: 2029, initiative: -10 }],
        },
      },
    ],
  };
}

/**
 * The fixture as a version 2 file using every version 2 key once: two investments, two projects,
 * three age groups with a population for 2026..2029, weights for BUN and SN, a reserve, an opening
 * restoration, an uncertainty block and a scenario that overrides the new keys.
 */
export function validFileV2(): ModelFile {
  const f = validFile();
  f.schemaVersion = 2;
  f.years[0] = { ...f.years[0], interestRate: 0.03, depreciation: 40, balanceAdjustments: -5 };
  f.years[1] = { ...f.years[1], interestRate: 0.031 };
  f.committees[0].costPerFte = 0.6;
  f.committees[1] = {
    ...f.committees[1],
    demographyWeights: [
      { group: 'Y1_5', weight: 150 },
      { group: 'Y6_15', weight: 120 },
    ],
    costPerFte: 0.55,
  };
  f.committees[2] = { ...f.committees[2], demographyWeights: [{ group: 'Y80', weight: 300 }] };
  f.scenarios[1].overrides.years[0].interestRate = 0.04;
  return {
    ...f,
    debt: 2500,
    investments: [
      { id: 'SKOLA', name: 'Ny skola', committee: 'BUN', life: 33, spend: [{ year: 2027, amount: 120 }, { year: 2028, amount: 180 }] },
      { id: 'VA', name: 'Vatten och avlopp', life: 50, spend: [{ year: 2027, amount: 60 }] },
    ],
    projects: [
      { id: 'DIGI', name: 'Digital hemtjänst', committee: 'SN', effects: [{ year: 2027, amount: 4 }, { year: 2028, amount: -2 }, { year: 2029, amount: -3 }] },
      { id: 'LOKAL', name: 'Lokaleffektivisering', committee: 'KS', effects: [{ year: 2028, amount: -1.5 }] },
    ],
    ageGroups: [
      { id: 'Y1_5', name: '1–5 år' },
      { id: 'Y6_15', name: '6–15 år' },
      { id: 'Y80', name: '80+ år' },
    ],
    population: [2026, 2027, 2028, 2029].flatMap((year, t) => [
      { year, group: 'Y1_5', count: 3000 + 10 * t },
      { year, group: 'Y6_15', count: 6500 - 20 * t },
      { year, group: 'Y80', count: 2400 + 100 * t },
    ]),
    reserve: { openingBalance: 50, threshold: 0.01, cap: 0.05, deposit: 1, withdraw: true },
    openingRestoration: [{ year: 2025, amount: 12 }],
    uncertainty: {
      inputs: [
        { input: 'taxBaseGrowth', sd: 0.01, persistence: 0.5 },
        { input: 'deviation', sd: 0.005 },
      ],
    },
    scenarios: [
      ...f.scenarios,
      {
        name: 'Bygg mindre',
        overrides: {
          reserve: { deposit: 0.5 },
          projects: [
            { id: 'DIGI', effects: [] },
            { id: 'NY', name: 'Ny insats', committee: 'KS', effects: [{ year: 2029, amount: 1 }] },
          ],
          investments: [
            { id: 'SKOLA', spend: [{ year: 2029, amount: 200 }] },
            { id: 'VA', spend: [] },
            { id: 'GATA', name: 'Gator', life: 20, spend: [{ year: 2028, amount: 30 }] },
          ],
          investmentScale: 0.8,
          debt: 2400,
        },
      },
    ],
  };
}
