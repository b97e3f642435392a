import { resolveScenario, ResolvedScenario } from './resolve';
import { simulate } from './simulate';
import { Model, Scenario, ScenarioResult, BASE_SCENARIO_NAME } from './types';

export const SOLVER_LOWER = -0.5;
export const SOLVER_UPPER = 0.5;
export const SOLVER_TOLERANCE = 1e-6;

/** What the solver may move: the uniform efficiency requirement, or the tax rate of every plan year. */
export type SolverLever = 'efficiency' | 'taxRate';
/** What must hold: the rolling surplus target, the balance requirement, or both. */
export type SolverGoal = 'target' | 'balance' | 'both';
export const SOLVER_LEVERS: readonly SolverLever[] = ['efficiency', 'taxRate'];
export const SOLVER_GOALS: readonly SolverGoal[] = ['target', 'balance', 'both'];

/** Each lever's search range: a fraction for the requirement, kr per 100 kr added to the tax rate. */
export const LEVER_RANGE: Readonly<Record<SolverLever, readonly [number, number]>> = {
  efficiency: [SOLVER_LOWER, SOLVER_UPPER],
  taxRate: [-5, 5],
};

export interface SolveResult {
  /** The smallest uniform efficiency requirement that meets the target, or null if none in [-0.5, 0.5] does. */
  efficiency: number | null;
  /** The scenario that efficiency produces (at the upper bound when none meets the target). */
  scenario: ScenarioResult;
}

export interface SolveOptions {
  lever?: SolverLever;
  goal?: SolverGoal;
}

export interface SolveAnswer {
  lever: SolverLever;
  goal: SolverGoal;
  /** The smallest value of the lever that meets the goal; null if none in the lever's range does. */
  value: number | null;
  /** The scenario that value produces (at the upper bound when none meets the goal). */
  scenario: ScenarioResult;
}

/**
 * The efficiency lever replaces every committee's and year's efficiency, in uplift mode (version 1's
 * solver); the tax-rate lever adds x kr per 100 kr to every plan year's rate and keeps the frame mode.
 */
export function withLever(s: ResolvedScenario, lever: SolverLever, x: number): ResolvedScenario {
  if (lever === 'taxRate') return { ...s, taxRate: s.taxRate.map((r) => r + x) };
  return {
    ...s,
    frameMode: 'uplift',
    committees: s.committees.map((c) => ({ ...c, efficiency: c.efficiency.map(() => x) })),
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

/** The balance requirement holds in every plan year. */
export function meetsBalance(r: ScenarioResult): boolean {
  return r.balanceMet.every((m) => m);
}

export function meetsGoal(r: ScenarioResult, goal: SolverGoal): boolean {
  if (goal === 'target') return meetsTarget(r);
  if (goal === 'balance') return meetsBalance(r);
  return meetsTarget(r) && meetsBalance(r);
}

/**
 * The smallest value of a lever that meets a goal. A higher requirement or tax rate raises results, so
 * meeting the goal is monotone in the lever for any sane model; a coarse scan first still finds the
 * first grid point that meets it, so a model where it is not monotone gets the smallest bracketed
 * answer, then bisection narrows it to within SOLVER_TOLERANCE. The answer returned always meets the goal.
 */
export function solve(model: Model, scenario?: Scenario, options: SolveOptions = {}): SolveAnswer {
  const lever = options.lever ?? 'efficiency';
  const goal = options.goal ?? 'target';
  const base = resolveScenario(model, scenario ?? { name: BASE_SCENARIO_NAME, overrides: {} });
  return solveResolved(base, lever, goal);
}

export function solveResolved(base: ResolvedScenario, lever: SolverLever, goal: SolverGoal): SolveAnswer {
  const [lower, upper] = LEVER_RANGE[lever];
  const run = (x: number) => simulate(withLever(base, lever, x));
  const answer = (value: number | null, scenario: ScenarioResult): SolveAnswer => ({ lever, goal, value, scenario });

  const STEPS = 20;
  let lo = lower;
  let hiResult = run(lower);
  if (meetsGoal(hiResult, goal)) return answer(lower, hiResult);
  let hi = NaN;
  for (let k = 1; k <= STEPS; k++) {
    const x = lower + ((upper - lower) * k) / STEPS;
    const r = run(x);
    if (meetsGoal(r, goal)) {
      hi = x;
      hiResult = r;
      break;
    }
    lo = x;
  }
  if (Number.isNaN(hi)) return answer(null, run(upper));

  while (hi - lo > SOLVER_TOLERANCE / 2) {
    const mid = (lo + hi) / 2;
    const r = run(mid);
    if (meetsGoal(r, goal)) {
      hi = mid;
      hiResult = r;
    } else {
      lo = mid;
    }
  }
  return answer(hi, hiResult);
}

/** Version 1's solver: "which uniform efficiency requirement meets the target?" */
export function solveEfficiency(model: Model, scenario?: Scenario): SolveResult {
  const a = solve(model, scenario, { lever: 'efficiency', goal: 'target' });
  return { efficiency: a.value, scenario: a.scenario };
}
