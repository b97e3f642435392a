/**
 * The example municipality with a version 2 long-term plan on top, for tests of the workbook's
 * version 2 blocks: net debt 2 500 at 3 %, two investments (a school over 30 years spent in 2027 and
 * 2028, roads over 10 years), a project that costs in 2027 and saves from 2028, two age groups driving
 * BUN and VON, costs per FTE, a reserve with a 5 % cap and withdrawals, 20 still to restore from 2025,
 * and a scenario that builds at 80 % and withdraws nothing.
 */
import { Model } from '../../src/engine';
import { exampleModel } from '../../src/examples';

export function exampleModelV2(): Model {
  const m = exampleModel();
  m.schemaVersion = 2;
  m.debt = 2500;
  m.years = m.years.map((y) => ({ ...y, interestRate: 0.03, depreciation: 150, ...(y.year === 2028 ? { balanceAdjustments: -10 } : {}) }));
  m.investments = [
    { id: 'I1', name: 'Ny skola', committee: 'BUN', life: 30, spend: [{ year: 2027, amount: 300 }, { year: 2028, amount: 200 }] },
    { id: 'I2', name: 'Gator och vägar', life: 10, spend: [{ year: 2027, amount: 100 }, { year: 2029, amount: 120 }] },
  ];
  m.projects = [
    { id: 'P1', name: 'Digital hemtjänst', committee: 'VON', effects: [{ year: 2027, amount: 4 }, { year: 2028, amount: -2 }, { year: 2029, amount: -3 }, { year: 2030, amount: -3 }] },
  ];
  m.ageGroups = [
    { id: 'G1', name: '6-15 år' },
    { id: 'G2', name: '80+ år' },
  ];
  const counts: Record<string, number[]> = { G1: [7200, 7300, 7350, 7420, 7500], G2: [3100, 3250, 3400, 3560, 3700] };
  m.population = [2026, 2027, 2028, 2029, 2030].flatMap((year, k) => ['G1', 'G2'].map((group) => ({ year, group, count: counts[group][k] })));
  m.committees = m.committees.map((c) => ({
    ...c,
    costPerFte: 0.6,
    ...(c.id === 'BUN' ? { demographyWeights: [{ group: 'G1', weight: 1 }] } : {}),
    ...(c.id === 'VON' ? { demographyWeights: [{ group: 'G1', weight: 0.1 }, { group: 'G2', weight: 1 }] } : {}),
  }));
  m.reserve = { openingBalance: 50, threshold: 0.01, cap: 0.05, deposit: 1, withdraw: true };
  m.openingRestoration = [{ year: 2025, amount: 20 }];
  m.scenarios = [...m.scenarios, { name: 'Bygg mindre', overrides: { investmentScale: 0.8, reserve: { withdraw: false } } }];
  return m;
}
