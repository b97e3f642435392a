import { Model, ScenarioResult } from '../../engine';
import { allZero, Block, section, Writer } from './section';

/**
 * The balanskravsutredning has nothing to add to the result row when there are no adjustments, no
 * reserve, and nothing to restore: every balance result is then the result itself, and none is negative.
 */
export function balanceIsNeutral(model: Model, r: ScenarioResult): boolean {
  return (
    r.adjustedResult.every((a, t) => Math.abs(a - r.result[t]) < 1e-12) &&
    allZero(r.reserveDeposit) &&
    allZero(r.reserveWithdrawal) &&
    allZero(r.reserveBalance) &&
    allZero(r.restored) &&
    allZero(r.newDeficit) &&
    allZero(r.restorationPending) &&
    allZero(r.restorationOverdue) &&
    (model.openingRestoration ?? []).length === 0 &&
    r.balanceMet.every((m) => m)
  );
}

/**
 * Per plan year, in the annual report's order: the result, the adjustments, the adjusted result, the
 * deposit (shown negative) and the withdrawal, so that the column adds up to the balance result; then
 * what is restored, still to restore and overdue, whether the requirement is met, and the reserve.
 */
export function renderBalance(model: Model, r: ScenarioResult, w: Writer): Block | null {
  if (balanceIsNeutral(model, r)) return null;
  const { L } = w;
  const rows: string[][] = [
    [L.result, ...r.result.map(w.amount)],
    [L.balanceAdjustments, ...r.adjustedResult.map((a, t) => w.amount(a - r.result[t]))],
    [L.adjustedResult, ...r.adjustedResult.map(w.amount)],
    [L.reserveDeposit, ...r.reserveDeposit.map((d) => w.amount(-d))],
    [L.reserveWithdrawal, ...r.reserveWithdrawal.map(w.amount)],
    [L.balanceResult, ...r.balanceResult.map(w.amount)],
    [L.restored, ...r.restored.map(w.amount)],
    [L.restorationPending, ...r.restorationPending.map(w.amount)],
    [L.restorationOverdue, ...r.restorationOverdue.map(w.amount)],
    [L.balanceMet, ...r.balanceMet.map(w.yesNo)],
    [L.reserveBalance, ...r.reserveBalance.map(w.amount)],
  ];
  return section(L.balanceTitle, rows, [L.balanceNote]);
}
