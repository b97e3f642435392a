/**
 * Whether a scenario meets its target, by the one rule the solver, the summary, the table and the
 * workbook share: targetMet (the rolling share at or above the target, 1e-9 slack) counts for the
 * plan years whose rolling window is complete; when no window is complete, for every plan year.
 * Years with an incomplete window are shown but not counted.
 */
import { ScenarioResult } from '../../engine/types';
import { meetsTarget } from '../../engine/solver';

export interface Verdict {
  /** Indexes of the years the rule counts. */
  counted: number[];
  /** Indexes of the years shown but not counted (incomplete window while some window is complete). */
  uncounted: number[];
  /** Counted years that meet the target. */
  met: number;
  /** Every counted year meets the target: exactly what the solver promises. */
  ok: boolean;
}

export function verdict(r: ScenarioResult): Verdict {
  const anyComplete = r.rollingComplete.some(Boolean);
  const counted: number[] = [];
  const uncounted: number[] = [];
  r.years.forEach((_, t) => (!anyComplete || r.rollingComplete[t] ? counted : uncounted).push(t));
  const met = counted.filter((t) => r.targetMet[t]).length;
  const ok = met === counted.length;
  if (ok !== meetsTarget(r)) throw new Error('the verdict and the solver disagree');
  return { counted, uncounted, met, ok };
}

/**
 * How many decimals a share needs so that what is shown does not contradict whether it meets the
 * target: a rolling share of 2.9996 % misses a 3.0 % target, so "3,0 %" would read as met. Returns
 * the fewest decimals (from `min`, at most `max`) at which the shown share and the shown target
 * differ whenever the share misses it; `max` when even that does not tell them apart.
 */
export function decimalsFor(share: number, target: number, met: boolean, min = 1, max = 4): number {
  if (met) return min;
  for (let d = min; d <= max; d++) {
    const scale = 10 ** (d + 2);
    if (Math.round(share * scale) !== Math.round(target * scale) && Math.round(share * scale) < Math.round(target * scale)) return d;
  }
  return max;
}

/** The share misses the target although it shows equal to it at `decimals` decimals. */
export function missesUnseen(share: number, target: number, met: boolean, decimals: number): boolean {
  const scale = 10 ** (decimals + 2);
  return !met && Math.round(share * scale) >= Math.round(target * scale);
}
