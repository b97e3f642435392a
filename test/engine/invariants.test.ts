import fc from 'fast-check';
import {
  Model,
  PlanYear,
  Scenario,
  SOLVER_LOWER,
  SOLVER_UPPER,
  TARGET_TOLERANCE,
  allScenarios,
  meetsTarget,
  runModel,
  runScenario,
  solveEfficiency,
} from '../../src/engine';
import { arbModel } from '../support/arbitraries';
import { referenceRun } from './reference';

const NUM_RUNS = 200;

/** Relative closeness: |actual - expected| <= rel * max(1, |scale|). */
function expectNear(actual: number, expected: number, scale: number, rel = 1e-9): void {
  const tol = rel * Math.max(1, Math.abs(scale));
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`expected ${expected}, got ${actual} (difference ${actual - expected}, tolerance ${tol})`);
  }
}

/** The size of a scenario's money: its largest revenue. */
const moneyScale = (r: { revenue: number[] }): number => Math.max(...r.revenue);

const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

/** A plan year's row as a scenario sees it: base row, the scenario's uniform numbers, then its year row. */
function planRow(model: Model, scenario: Scenario, year: number): PlanYear {
  const ov = scenario.overrides;
  const row = { ...model.years.find((y) => y.year === year)! };
  if (ov.efficiency !== undefined) row.efficiency = ov.efficiency;
  if (ov.compensation !== undefined) row.compensation = ov.compensation;
  for (const o of ov.years ?? []) {
    if (o.year !== year) continue;
    for (const [key, v] of Object.entries(o)) if (v !== undefined) (row as Record<string, unknown>)[key] = v;
  }
  return row;
}

/** A committee's efficiency e and compensation k in a year: committee-year values over the year row. */
function policy(model: Model, scenario: Scenario, committee: string, year: number): { e: number; k: number } {
  const row = planRow(model, scenario, year);
  let e = row.efficiency;
  let k = row.compensation;
  for (const c of [...model.committeeYears, ...(scenario.overrides.committeeYears ?? [])]) {
    if (c.committee !== committee || c.year !== year) continue;
    if (c.efficiency !== undefined) e = c.efficiency;
    if (c.compensation !== undefined) k = c.compensation;
  }
  return { e, k };
}

/** The model with every committee-year efficiency removed, so a scenario's uniform number reaches every cell. */
function withoutCommitteeEfficiency(model: Model): Model {
  return {
    ...model,
    committeeYears: model.committeeYears.map(({ efficiency: _e, ...rest }) => rest),
    scenarios: [],
  };
}

describe('the four checks of the model definition', () => {
  it('(a) uplift mode, no deviation, no carry-over: the sum of frames changes by granted uplift + demography - efficiency + initiatives', () => {
    fc.assert(
      fc.property(arbModel({ frameMode: 'uplift', zeroDeviation: true, zeroOpeningCarryIn: true }), (model) => {
        for (const r of runModel(model).scenarios) {
          const scale = moneyScale(r);
          let prevSum = sum(model.committees.map((c) => c.frame));
          r.years.forEach((_, t) => {
            const frames = sum(r.committees.map((c) => c.frame[t]));
            const change = sum(
              r.committees.map(
                (c) => c.grantedUpliftKr[t]! + c.demographyKr[t] - c.explicitEfficiencyKr[t]! + c.initiative[t],
              ),
            );
            expectNear(frames - prevSum, change, scale);
            for (const c of r.committees) {
              expectNear(c.carryIn[t], 0, scale);
              expectNear(c.carried[t], 0, scale);
            }
            prevSum = frames;
          });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('(a) ... and the kr parts are k * U, d and e times last year\'s frame', () => {
    fc.assert(
      fc.property(arbModel({ frameMode: 'uplift', scenarios: false }), (model) => {
        const r = runModel(model).scenarios[0];
        r.committees.forEach((c, ci) => {
          r.years.forEach((year, t) => {
            const prev = t === 0 ? model.committees[ci].frame : c.frame[t - 1];
            const { e, k } = policy(model, allScenarios(model)[0], c.id, year);
            expectNear(c.grantedUpliftKr[t]!, k * c.fullUplift[t] * prev, prev);
            expectNear(c.withheldUpliftKr[t]!, (1 - k) * c.fullUplift[t] * prev, prev);
            expectNear(c.explicitEfficiencyKr[t]!, e * prev, prev);
          });
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('(b) revenue mode with no deviation, carry-in or initiatives: resultShare = target every year', () => {
    fc.assert(
      fc.property(
        arbModel({ frameMode: 'revenue', zeroDeviation: true, zeroOpeningCarryIn: true, zeroInitiatives: true }),
        (model) => {
          for (const r of runModel(model).scenarios) {
            for (const share of r.resultShare) expectNear(share, r.target, 1);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('(c) uplift mode: impliedEfficiency = e + (1 - k) * fullUplift', () => {
    fc.assert(
      fc.property(arbModel({ frameMode: 'uplift' }), (model) => {
        const scenarios = allScenarios(model);
        runModel(model).scenarios.forEach((r, si) => {
          r.years.forEach((year, t) => {
            const row = planRow(model, scenarios[si], year);
            model.committees.forEach((c, ci) => {
              const { e, k } = policy(model, scenarios[si], c.id, year);
              const U = c.labourShare * row.wageIndex + (1 - c.labourShare) * row.priceIndex;
              expectNear(r.committees[ci].fullUplift[t], U, 1);
              expectNear(r.committees[ci].impliedEfficiency[t], e + (1 - k) * U, 1);
            });
          });
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('(d) carry-over never creates money: sum of carried = sum of carry-ins (less the opening) + outstanding', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        for (const r of runModel(model).scenarios) {
          model.committees.forEach((c, ci) => {
            const cr = r.committees[ci];
            expect(cr.carryIn[0]).toBe(c.openingCarryIn ?? 0);
            const carryIns = sum(cr.carryIn) - (c.openingCarryIn ?? 0);
            expectNear(sum(cr.carried), carryIns + cr.outstanding, moneyScale(r));
          });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('further invariants', () => {
  it('agrees with a year-keyed reading of the model definition, for every scenario', () => {
    fc.assert(
      fc.property(arbModel({ maxHorizon: 8 }), (model) => {
        const run = runModel(model);
        allScenarios(model).forEach((scenario, si) => {
          const r = run.scenarios[si];
          const ref = referenceRun(model, scenario);
          const scale = moneyScale(ref);
          expect(r.years).toEqual(ref.years);
          expect(r.frameMode).toBe(ref.frameMode);
          expect(r.target).toBe(ref.target);
          for (const key of ['taxRevenue', 'revenue', 'netCost', 'result', 'room'] as const) {
            ref[key].forEach((x, t) => expectNear(r[key][t], x, scale));
          }
          ref.resultShare.forEach((x, t) => expectNear(r.resultShare[t], x, 1));
          ref.rollingShare.forEach((x, t) => expectNear(r.rollingShare[t], x, 1));
          expect(r.rollingComplete).toEqual(ref.rollingComplete);
          ref.rollingShare.forEach((x, t) => {
            if (Math.abs(x - ref.target) > 1e-8) expect(r.targetMet[t]).toBe(x >= ref.target);
          });
          ref.committees.forEach((rc, ci) => {
            const c = r.committees[ci];
            expect(c.id).toBe(rc.id);
            for (const key of ['frame', 'carryIn', 'allowance', 'netCost', 'outcome', 'carried'] as const) {
              rc[key].forEach((x, t) => expectNear(c[key][t], x, scale));
            }
            rc.impliedEfficiency.forEach((x, t) => expectNear(c.impliedEfficiency[t], x, 1));
            expectNear(c.outstanding, rc.outstanding, scale);
          });
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('room = revenue * (1 - target) + financial net - central costs - sum of allowances', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        for (const r of runModel(model).scenarios) {
          r.years.forEach((_, t) => {
            const allowances = sum(r.committees.map((c) => c.allowance[t]));
            const available = r.revenue[t] * (1 - r.target) + r.financialNet[t] - r.centralCosts[t];
            expectNear(r.room[t], available - allowances, moneyScale(r));
          });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('revenue mode: the frames add up to what is available, so room = -(sum of carry-ins)', () => {
    fc.assert(
      fc.property(arbModel({ frameMode: 'revenue' }), (model) => {
        for (const r of runModel(model).scenarios) {
          r.years.forEach((_, t) => {
            const available = r.revenue[t] * (1 - r.target) + r.financialNet[t] - r.centralCosts[t];
            expectNear(sum(r.committees.map((c) => c.frame[t])), available, moneyScale(r));
            expectNear(r.room[t], -sum(r.committees.map((c) => c.carryIn[t])), moneyScale(r));
          });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('result = revenue - (committee net costs + central costs) + financial net, and netCost_c = allowance_c * (1 + deviation)', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        for (const r of runModel(model).scenarios) {
          const scale = moneyScale(r);
          r.years.forEach((_, t) => {
            const committeeCost = sum(r.committees.map((c) => c.netCost[t]));
            expectNear(r.netCost[t], committeeCost + r.centralCosts[t], scale);
            expectNear(r.result[t], r.revenue[t] - r.netCost[t] + r.financialNet[t], scale);
            for (const c of r.committees) {
              expectNear(c.allowance[t], c.frame[t] + c.carryIn[t], scale);
              expectNear(c.outcome[t], c.allowance[t] - c.netCost[t], scale);
            }
          });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a carried amount has the sign of its outcome and never exceeds it', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        for (const r of runModel(model).scenarios) {
          for (const c of r.committees) {
            c.carried.forEach((x, t) => {
              expect(x * c.outcome[t]).toBeGreaterThanOrEqual(0);
              expect(Math.abs(x)).toBeLessThanOrEqual(Math.abs(c.outcome[t]) * (1 + 1e-12));
            });
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('raising a uniform efficiency requirement never lowers a result in uplift mode', () => {
    fc.assert(
      fc.property(
        arbModel({ frameMode: 'uplift', scenarios: false }),
        fc.double({ min: -0.05, max: 0.1, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        (m, e, step) => {
          const model = withoutCommitteeEfficiency(m);
          const low = runScenario(model, { name: 'low', overrides: { efficiency: e } });
          const high = runScenario(model, { name: 'high', overrides: { efficiency: e + step } });
          low.result.forEach((x, t) => {
            expect(high.result[t]).toBeGreaterThanOrEqual(x - 1e-9 * moneyScale(low));
          });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('the B = 0, F = 1 window is the year itself', () => {
    fc.assert(
      fc.property(arbModel({ scenarios: false }), (m) => {
        const r = runModel({ ...m, windowBack: 0, windowForward: 1 }).scenarios[0];
        r.resultShare.forEach((x, t) => expectNear(r.rollingShare[t], x, 1));
        expect(r.rollingComplete.every((c) => c)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a scenario without overrides reproduces the base, and running leaves the model untouched', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        const before = structuredClone(model);
        const withSame: Model = { ...model, scenarios: [...model.scenarios, { name: 'Same', overrides: {} }] };
        const run = runModel(withSame);
        expect({ ...run.scenarios[run.scenarios.length - 1], name: 'Base' }).toEqual(run.scenarios[0]);
        expect(model).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('the solver returns the smallest e meeting the target: it meets it, e - 2e-6 does not', () => {
    fc.assert(
      fc.property(arbModel({ frameMode: 'uplift', scenarios: false, maxHorizon: 5 }), (m) => {
        const model = withoutCommitteeEfficiency(m);
        const solved = solveEfficiency(model);
        const at = (e: number) => runScenario(model, { name: 'e', overrides: { efficiency: e } });
        if (solved.efficiency === null) {
          expect(meetsTarget(at(SOLVER_UPPER))).toBe(false);
          return;
        }
        expect(solved.efficiency).toBeGreaterThanOrEqual(SOLVER_LOWER);
        expect(solved.efficiency).toBeLessThanOrEqual(SOLVER_UPPER);
        expect(meetsTarget(at(solved.efficiency))).toBe(true);
        expect(meetsTarget(solved.scenario)).toBe(true);
        if (solved.efficiency > SOLVER_LOWER) expect(meetsTarget(at(solved.efficiency - 2e-6))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('generated models keep every frame positive, even over 15 years', () => {
    fc.assert(
      fc.property(arbModel({ minHorizon: 15, maxHorizon: 15, scenarios: true }), (model) => {
        for (const r of runModel(model).scenarios) {
          for (const c of r.committees) for (const f of c.frame) expect(f).toBeGreaterThan(0);
          for (const x of r.revenue) expect(x).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the order of plan-year, history and committee-year rows does not matter', () => {
    const arb = arbModel().chain((m) =>
      fc.tuple(
        fc.constant(m),
        fc.shuffledSubarray(m.years, { minLength: m.years.length }),
        fc.shuffledSubarray(m.history, { minLength: m.history.length }),
        fc.shuffledSubarray(m.committeeYears, { minLength: m.committeeYears.length }),
      ),
    );
    fc.assert(
      fc.property(arb, ([model, years, history, committeeYears]) => {
        expect(runModel({ ...model, years, history, committeeYears })).toEqual(runModel(model));
      }),
      { numRuns: 100 },
    );
  });

  it('targetMet never reports a miss larger than the tolerance as met', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        for (const r of runModel(model).scenarios) {
          r.rollingShare.forEach((x, t) => expect(r.targetMet[t]).toBe(x >= r.target - TARGET_TOLERANCE));
        }
      }),
      { numRuns: 100 },
    );
  });
});
