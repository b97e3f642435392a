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
