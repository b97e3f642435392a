/**
 * What the preview says about a version 2 scenario beyond the surplus target: whether the balance
 * requirement holds each year (by the engine's balanceMet), restorations that are overdue, and each
 * project's payback. Plain data; the view words it.
 */
import { BALANCE_TOLERANCE, ProjectResult, ScenarioResult } from '../../engine/types';

export interface BalanceVerdict {
  /** Plan years that meet the balance requirement. */
  met: number;
  total: number;
  /** Every plan year meets it: exactly what the solver's balance goal promises. */
  ok: boolean;
}

export function balanceVerdict(r: ScenarioResult): BalanceVerdict {
  const met = r.balanceMet.filter(Boolean).length;
  return { met, total: r.years.length, ok: met === r.years.length };
}

/** A plan year by whose end earlier negative balance results should have been restored and were not. */
export interface Overdue {
  year: number;
  amount: number;
}

/**
 * The years with an overdue restoration, with the amount, as balanceMet judges it: an amount within
 * the engine's floating-point slack (a billionth of the year's revenue) is not overdue.
 */
export function overdueRestorations(r: ScenarioResult): Overdue[] {
  return r.years
    .map((year, t) => ({ year, amount: r.restorationOverdue[t], slack: BALANCE_TOLERANCE * r.revenue[t] }))
    .filter((o) => o.amount > o.slack)
    .map(({ year, amount }) => ({ year, amount }));
}

/**
 * A project's payback: the engine's paybackYear; without one, the project either never was a cost
 * (it saves from its first year, so there is nothing to pay back) or is still a cost at the plan's end.
 */
export type Payback = { kind: 'year'; year: number } | { kind: 'notWithinPlan' } | { kind: 'neverACost' };

export function payback(p: ProjectResult): Payback {
  if (p.paybackYear !== null) return { kind: 'year', year: p.paybackYear };
  return p.cumulative.some((c) => c > 0) ? { kind: 'notWithinPlan' } : { kind: 'neverACost' };
}
