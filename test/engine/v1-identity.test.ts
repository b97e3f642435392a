/**
 * A version 1 model file must keep giving exactly the figures it gave before version 2. The engine as it
 * was at version 1 is kept frozen beside this test (v1-frozen/), and every version 1 output key of the
 * current engine must equal it to the bit, for random version 1 models.
 */
import fc from 'fast-check';
import { runModel } from '../../src/engine';
import { arbModel } from '../support/arbitraries';
import { runModel as runModelV1 } from './v1-frozen/run';
import type { Model as ModelV1 } from './v1-frozen/types';

const V1_SCENARIO_KEYS = [
  'name', 'frameMode', 'target', 'years', 'taxBase', 'taxRate', 'taxRevenue', 'grants', 'revenue', 'financialNet',
  'centralCosts', 'netCost', 'result', 'resultShare', 'rollingShare', 'rollingComplete', 'targetMet', 'room',
] as const;
const V1_COMMITTEE_KEYS = [
  'id', 'name', 'frame', 'carryIn', 'allowance', 'netCost', 'outcome', 'impliedEfficiency', 'fullUplift',
  'grantedUpliftKr', 'withheldUpliftKr', 'explicitEfficiencyKr', 'demographyKr', 'initiative',
  'impliedEfficiencyKr', 'carried', 'outstanding',
] as const;

function pick<T extends object>(o: T, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
}

/** Object.is on every number, so even -0 against 0 counts as a difference. */
function sameBits(a: unknown, b: unknown, path: string): string | null {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b) ? null : `${path}: ${String(a)} vs ${String(b)}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = sameBits(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = sameBits((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${String(a)} vs ${String(b)}`;
}

describe('version 1 models under the version 2 engine', () => {
  it('give every version 1 figure bit for bit as the version 1 engine did', () => {
    fc.assert(
      fc.property(arbModel({ maxHorizon: 10 }), (model) => {
        const now = runModel(model);
        const before = runModelV1(model as unknown as ModelV1);
        expect(now.unit).toBe(before.unit);
        now.scenarios.forEach((s, i) => {
          const old = before.scenarios[i];
          const diff =
            sameBits(pick(s, V1_SCENARIO_KEYS), pick(old, V1_SCENARIO_KEYS), s.name) ??
            s.committees.map((c, ci) => sameBits(pick(c, V1_COMMITTEE_KEYS), pick(old.committees[ci], V1_COMMITTEE_KEYS), `${s.name}.${c.id}`)).find((d) => d) ??
            null;
          expect(diff).toBeNull();
        });
      }),
      { numRuns: 300 },
    );
  });

  it('show the neutral values in the new arrays', () => {
    fc.assert(
      fc.property(arbModel({ maxHorizon: 6 }), (model) => {
        for (const s of runModel(model).scenarios) {
          const zeros = s.years.map(() => 0);
          expect(s.investment).toEqual(zeros);
          expect(s.newDepreciation).toEqual(zeros);
          expect(s.interest.map((x) => x + 0)).toEqual(zeros);
          expect(s.selfFinancingRatio).toEqual(s.years.map(() => null));
          expect(s.population).toEqual(s.years.map(() => null));
          expect(s.netCostPerInhabitant).toEqual(s.years.map(() => null));
          expect(s.reserveDeposit).toEqual(zeros);
          expect(s.reserveWithdrawal).toEqual(zeros);
          expect(s.reserveBalance).toEqual(zeros);
          expect(s.balanceResult).toEqual(s.result);
          expect(s.projects).toEqual([]);
          for (const c of s.committees) {
            expect(c.baseFrame).toEqual(c.frame);
            expect(c.efficiencyFte).toEqual(s.years.map(() => null));
          }
          // Without investments the net debt falls by each year's self-financing: the accumulated
          // results appear as net financial assets.
          let debt = 0;
          s.years.forEach((_, t) => {
            debt = debt - s.result[t];
            expect(s.debt[t]).toBeCloseTo(debt, 6);
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});
