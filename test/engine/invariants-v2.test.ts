/** The version 2 model's invariants, as properties over random valid version 2 models. */
import fc from 'fast-check';
import { allScenarios, runModel, runScenario, TARGET_TOLERANCE } from '../../src/engine';
import { arbModelV2 } from './v2-models';

const NUM_RUNS = 150;
const scale = (revenue: number[]) => Math.max(1, ...revenue.map(Math.abs));

describe('version 2 invariants', () => {
  it('revenue mode with zero deviation and carry-in gives resultShare = target, with projects, investments and interest', () => {
    fc.assert(
      fc.property(arbModelV2({ frameMode: 'revenue', zeroDeviation: true, zeroOpeningCarryIn: true }), (model) => {
        for (const s of allScenarios(model)) {
          const r = runScenario(model, s);
          r.years.forEach((_, t) => expect(Math.abs(r.resultShare[t] - r.target)).toBeLessThan(1e-9));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps the debt identity debt(y) - debt(y-1) = investment(y) - selfFinancing(y)', () => {
    fc.assert(
      fc.property(arbModelV2(), (model) => {
        const run = runModel(model);
        run.scenarios.forEach((r, i) => {
          const scenario = allScenarios(model)[i];
          const debt0 = scenario.overrides.debt ?? model.debt ?? 0;
          const tol = 1e-9 * scale(r.revenue) * (1 + r.years.length);
          r.years.forEach((_, t) => {
            const before = t === 0 ? debt0 : r.debt[t - 1];
            expect(Math.abs(r.debt[t] - before - (r.investment[t] - r.selfFinancing[t]))).toBeLessThanOrEqual(tol);
            expect(r.selfFinancing[t]).toBeCloseTo(r.result[t] + r.depreciation[t] + r.newDepreciation[t], 6);
          });
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never depreciates more than was spent, nor before the spend', () => {
    fc.assert(
      fc.property(arbModelV2(), (model) => {
        for (const r of runModel(model).scenarios) {
          let spent = 0;
          let depreciated = 0;
          r.years.forEach((_, t) => {
            depreciated += r.newDepreciation[t];
            expect(depreciated).toBeLessThanOrEqual(spent + 1e-9 * scale(r.revenue));
            spent += r.investment[t];
          });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives each committee frame = baseFrame + project effect, and each project its running sum', () => {
    fc.assert(
      fc.property(arbModelV2(), (model) => {
        for (const r of runModel(model).scenarios) {
          for (const c of r.committees) {
            r.years.forEach((_, t) => expect(c.frame[t]).toBeCloseTo(c.baseFrame[t] + c.projectEffect[t], 6));
          }
          for (const p of r.projects) {
            let sum = 0;
            p.effect.forEach((e, t) => expect(p.cumulative[t]).toBeCloseTo((sum += e), 9));
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  describe('the balance requirement', () => {
    it('keeps the reserve >= 0 and never deposits above the cap; pending >= 0; balanceResult = adjusted - deposit + withdrawal', () => {
      fc.assert(
        fc.property(arbModelV2(), (model) => {
          const scenarios = allScenarios(model);
          runModel(model).scenarios.forEach((r, i) => {
            const reserve = { cap: null as number | null, openingBalance: 0, ...model.reserve, ...scenarios[i].overrides.reserve };
            const tol = 1e-9 * scale(r.revenue);
            let previous = reserve.openingBalance;
            r.years.forEach((_, t) => {
              expect(r.reserveBalance[t]).toBeGreaterThanOrEqual(-tol);
              expect(r.restorationPending[t]).toBeGreaterThanOrEqual(-tol);
              expect(r.reserveDeposit[t]).toBeGreaterThanOrEqual(0);
              expect(r.reserveWithdrawal[t]).toBeGreaterThanOrEqual(0);
              if (reserve.cap !== null && r.reserveDeposit[t] > 0) {
                expect(r.reserveBalance[t]).toBeLessThanOrEqual(Math.max(previous, reserve.cap * r.revenue[t]) + tol);
              }
              expect(r.balanceResult[t]).toBeCloseTo(r.adjustedResult[t] - r.reserveDeposit[t] + r.reserveWithdrawal[t], 6);
              expect(r.restorationOverdue[t]).toBeLessThanOrEqual(r.restorationPending[t] + r.restored[t] + tol);
              previous = r.reserveBalance[t];
            });
          });
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('with deposit share 0 and withdrawals off, balanceResult = adjusted', () => {
      fc.assert(
        fc.property(arbModelV2(), (model) => {
          const m = {
            ...model,
            reserve: { ...model.reserve, deposit: 0, withdraw: false },
            scenarios: model.scenarios.map((s) => ({ ...s, overrides: { ...s.overrides, reserve: { deposit: 0, withdraw: false } } })),
          };
          for (const r of runModel(m).scenarios) {
            expect(r.balanceResult).toEqual(r.adjustedResult);
            expect(r.reserveDeposit.every((d) => d === 0)).toBe(true);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    });
  });

  it('keeps targetMet = rollingShare >= target - tolerance', () => {
    fc.assert(
      fc.property(arbModelV2(), (model) => {
        for (const r of runModel(model).scenarios) {
          r.years.forEach((_, t) => expect(r.targetMet[t]).toBe(r.rollingShare[t] >= r.target - TARGET_TOLERANCE));
        }
      }),
      { numRuns: 50 },
    );
  });
});
