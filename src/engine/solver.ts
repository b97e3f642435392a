import { resolveScenario, ResolvedScenario } from './resolve';
import { simulate } from './simulate';
import { Model, Scenario, ScenarioResult, BASE_SCENARIO_NAME } from './types';

export const SOLVER_LOWER = -0.5;
export const SOLVER_UPPER = 0.5;
export const SOLVER_TOLERANCE = 1e-6;

export interface SolveResult {
  /** The smallest uniform efficiency requirement that meets the target, or null if none in [-0.5, 0.5] does. */
  efficiency: number | null;
  /** The scenario that efficiency produces (at the upper bound when none meets the target). */
  scenario: ScenarioResult;
}

function withUniformEfficiency(s: ResolvedScenario, e: number): ResolvedScenario {
  return {
    ...s,
    frameMode: 'uplift',
    committees: s.committees.map((c) => ({ ...c, efficiency: c.efficiency.map(() => e) })),
  };
}

/**
 * The target counts for every plan year whose rolling window is complete; when no window is
 * complete (a short horizon with little history), for every plan year.
 */
export function meetsTarget(r: ScenarioResult): boolean {
  const judged = r.rollingComplete.some((c) => c)
    ? r.targetMet.filter((_, t) => r.rollingComplete[t])
    : r.targetMet;
  return judged.every((m) => m);
}

/**
 * "Which uniform efficiency requirement meets the target?" The requirement replaces every committee's
 * and year's efficiency, in uplift mode. A higher requirement lowers frames and so raises results, so
 * meeting the target is monotone in e for any sane model; a coarse scan first still finds the first
 * grid point that meets it, so a model where it is not monotone gets the smallest bracketed answer,
 * then bisection narrows it to within SOLVER_TOLERANCE. The answer returned always meets the target.
 */
export function solveEfficiency(model: Model, scenario?: Scenario): SolveResult {
  const base = resolveScenario(model, scenario ?? { name: BASE_SCENARIO_NAME, overrides: {} });
  const run = (e: number) => simulate(withUniformEfficiency(base, e));

  const STEPS = 20;
  let lo = SOLVER_LOWER;
  let hiResult = run(SOLVER_LOWER);
  if (meetsTarget(hiResult)) return { efficiency: SOLVER_LOWER, scenario: hiResult };
  let hi = NaN;
  for (let k = 1; k <= STEPS; k++) {
    const e = SOLVER_LOWER + ((SOLVER_UPPER - SOLVER_LOWER) * k) / STEPS;
    const r = run(e);
    if (meetsTarget(r)) {
      hi = e;
      hiResult = r;
      break;
    }
    lo = e;
  }
  if (Number.isNaN(hi)) return { efficiency: null, scenario: run(SOLVER_UPPER) };

  while (hi - lo > SOLVER_TOLERANCE / 2) {
    const mid = (lo + hi) / 2;
    const r = run(mid);
    if (meetsTarget(r)) {
      hi = mid;
      hiResult = r;
    } else {
      lo = mid;
    }
  }
  return { efficiency: hi, scenario: hiResult };
}
