import { resolveScenario, ResolvedScenario } from '../resolve';
import { allScenarios } from '../run';
import { committeeWorkspace, simulate } from '../simulate';
import { meetsBalance } from '../solver';
import { Model, ScenarioResult, UncertaintyInput } from '../types';
import { mulberry32, normalStream } from '../random';
import { band, Band } from './percentiles';
import { perturbed } from './perturb';
import { constantShock, drawShocks } from './shocks';

export const RISK_DEFAULT_RUNS = 2000;
export const RISK_MAX_RUNS = 100_000;
export const RISK_DEFAULT_SEED = 1;

export interface TornadoBar {
  input: UncertaintyInput['input'];
  /** The judged year's rolling share with the input at value - sd in every year. */
  low: number;
  /** The same at value + sd. */
  high: number;
}

export interface ScenarioRisk {
  name: string;
  years: number[];
  result: Band;
  resultShare: Band;
  rollingShare: Band;
  /** Per plan year: the share of runs in which the target is met. */
  pTargetMet: number[];
  pBalanceMet: number[];
  /** The share of runs in which the target is met in every plan year with a complete window (all years if none is). */
  pTargetMetAll: number;
  /** The share of runs in which the balance requirement is met in every plan year. */
  pBalanceMetAll: number;
  /** The plan year the tornado reads: the last with a complete window, else the last. */
  tornadoYear: number;
  tornado: TornadoBar[];
}

export interface RiskResult {
  runs: number;
  seed: number;
  scenarios: ScenarioRisk[];
}

export interface RiskOptions {
  runs?: number;
  seed?: number;
  /** Scenario names to analyse ("Base" for the base); all when absent. */
  scenarios?: string[];
  /** Called now and then with the runs done so far, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The plan years whose window is complete (the deterministic run decides; windows do not depend on draws). */
function judgedYears(r: ScenarioResult): number[] {
  const complete = r.rollingComplete.map((c, t) => (c ? t : -1)).filter((t) => t >= 0);
  return complete.length > 0 ? complete : r.years.map((_, t) => t);
}

/** The tornado: each input alone at value - sd and value + sd in every year, widest swing first, ties in input order. */
function tornado(s: ResolvedScenario, inputs: readonly UncertaintyInput[], year: number): TornadoBar[] {
  const H = s.years.length;
  const at = (k: number, z: number) => simulate(perturbed(s, [inputs[k]], [constantShock(H, z)])).rollingShare[year];
  const bars = inputs.map((u, k) => ({ input: u.input, low: at(k, -1), high: at(k, 1) }));
  // Widths are compared to 1e-12 of a share: an input that moves nothing (the wage index when revenue sets
  // the frames) can still show a swing of 1e-17 from the order of the sums, which is no reason to put it
  // before another that moves nothing. Rounding keeps the comparison transitive; Array.prototype.sort is
  // stable, so equal widths keep the inputs' order.
  const width = (b: TornadoBar) => Math.round(Math.abs(b.high - b.low) * 1e12);
  return bars.sort((a, b) => width(b) - width(a));
}

/**
 * The risk analysis: `runs` draws of the model's uncertain inputs, each scenario run on every draw
 * (common random numbers: all scenarios meet the same draws). Each scenario is resolved once; a run only
 * replaces the arrays its draws move. The same seed gives the same numbers, in Node and in the browser.
 */
export function analyseRisk(model: Model, options: RiskOptions = {}): RiskResult {
  const runs = options.runs ?? RISK_DEFAULT_RUNS;
  const seed = options.seed ?? RISK_DEFAULT_SEED;
  const inputs = model.uncertainty?.inputs ?? [];
  const wanted = options.scenarios ? new Set(options.scenarios) : null;
  const scenarios = allScenarios(model).filter((s) => !wanted || wanted.has(s.name));
  const resolved = scenarios.map((s) => resolveScenario(model, s));
  const deterministic = resolved.map((s) => simulate(s));
  const H = model.years.length;
  const normal = normalStream(mulberry32(seed));

  const samples = resolved.map(() => ({
    result: Array.from({ length: H }, () => new Float64Array(runs)),
    resultShare: Array.from({ length: H }, () => new Float64Array(runs)),
    rollingShare: Array.from({ length: H }, () => new Float64Array(runs)),
    targetMet: new Array<number>(H).fill(0),
    balanceMet: new Array<number>(H).fill(0),
    targetAll: 0,
    balanceAll: 0,
  }));
  const judged = deterministic.map(judgedYears);
  // Only the municipality's figures are kept from a run, so each scenario's committee results are
  // written over again rather than allocated per run.
  const workspaces = resolved.map(committeeWorkspace);
  const progressEvery = Math.max(1, Math.floor(runs / 100));

  for (let run = 0; run < runs; run++) {
    const shocks = drawShocks(inputs, H, normal);
    for (let k = 0; k < resolved.length; k++) {
      const r = simulate(inputs.length === 0 ? resolved[k] : perturbed(resolved[k], inputs, shocks), workspaces[k]);
      const acc = samples[k];
      for (let t = 0; t < H; t++) {
        acc.result[t][run] = r.result[t];
        acc.resultShare[t][run] = r.resultShare[t];
        acc.rollingShare[t][run] = r.rollingShare[t];
        if (r.targetMet[t]) acc.targetMet[t]++;
        if (r.balanceMet[t]) acc.balanceMet[t]++;
      }
      if (judged[k].every((t) => r.targetMet[t])) acc.targetAll++;
      if (meetsBalance(r)) acc.balanceAll++;
    }
    if (options.onProgress && (run + 1) % progressEvery === 0) options.onProgress(run + 1, runs);
  }

  return {
    runs,
    seed,
    scenarios: resolved.map((s, k) => {
      const acc = samples[k];
      const tornadoYear = judged[k][judged[k].length - 1];
      return {
        name: s.name,
        years: s.years.slice(),
        result: band(acc.result),
        resultShare: band(acc.resultShare),
        rollingShare: band(acc.rollingShare),
        pTargetMet: acc.targetMet.map((n) => n / runs),
        pBalanceMet: acc.balanceMet.map((n) => n / runs),
        pTargetMetAll: acc.targetAll / runs,
        pBalanceMetAll: acc.balanceAll / runs,
        tornadoYear: s.years[tornadoYear],
        tornado: tornado(s, inputs, tornadoYear),
      };
    }),
  };
}
