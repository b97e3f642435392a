import { BALANCE_TOLERANCE, OpeningRestoration, ReserveRule } from './types';

/**
 * The balance requirement (balanskravet, kommunallagen 2017:725 11 kap. 12-14 §§): revenue must exceed
 * costs after the statutory adjustments (the balanskravsutredning), a negative balance result must be
 * restored within the three following years (12 §), and part of a good year's result may be set aside in a
 * reserve (resultatutjämningsreserv, 13-14 §§) to cover a bad year.
 */
export interface BalanceInputs {
  years: readonly number[];
  baseYear: number;
  revenue: readonly number[];
  result: readonly number[];
  balanceAdjustments: readonly number[];
  reserve: ReserveRule;
  openingRestoration: readonly OpeningRestoration[];
}

export interface BalanceOutputs {
  adjustedResult: number[];
  reserveMaxDeposit: number[];
  reserveDeposit: number[];
  reserveWithdrawal: number[];
  reserveBalance: number[];
  balanceResult: number[];
  restored: number[];
  newDeficit: number[];
  restorationPending: number[];
  restorationOverdue: number[];
  balanceMet: boolean[];
}

/** A deficit of year t must be restored by the end of year t + RESTORATION_YEARS. */
export const RESTORATION_YEARS = 3;

export function balanceRequirement(b: BalanceInputs): BalanceOutputs {
  const H = b.years.length;
  const out: BalanceOutputs = {
    adjustedResult: new Array<number>(H),
    reserveMaxDeposit: new Array<number>(H),
    reserveDeposit: new Array<number>(H),
    reserveWithdrawal: new Array<number>(H),
    reserveBalance: new Array<number>(H),
    balanceResult: new Array<number>(H),
    restored: new Array<number>(H),
    newDeficit: new Array<number>(H),
    restorationPending: new Array<number>(H),
    restorationOverdue: new Array<number>(H),
    balanceMet: new Array<boolean>(H),
  };
  const r = b.reserve;
  let balance = r.openingBalance;
  let pending = b.openingRestoration.reduce((sum, o) => sum + o.amount, 0);

  // D(s): every deficit of years <= s, opening ones included; R(y): everything restored up to y.
  const deficitByYear = new Map<number, number>();
  for (const o of b.openingRestoration) deficitByYear.set(o.year, (deficitByYear.get(o.year) ?? 0) + o.amount);
  const deficitsUpTo = (s: number) => {
    let sum = 0;
    for (const [year, amount] of deficitByYear) if (year <= s) sum += amount;
    return sum;
  };
  let restoredSoFar = 0;

  for (let t = 0; t < H; t++) {
    const y = b.years[t];
    const revenue = b.revenue[t];
    const result = b.result[t];
    const adjusted = result + b.balanceAdjustments[t];

    // 13 §: a deposit may only come from the part of the result (and of the adjusted result) above
    // the threshold share of revenue, once earlier deficits are restored.
    const maxDeposit = Math.max(0, Math.min(result, adjusted) - r.threshold * revenue - pending);
    // The reserve is never forced down: when the cap falls below the balance, deposits stop.
    const capRoom = r.cap === null ? Infinity : Math.max(0, r.cap * revenue - balance);
    const deposit = Math.min(r.deposit * maxDeposit, capRoom);
    // 14 §: the reserve may cover a negative adjusted result, as far as it goes.
    const withdrawal = r.withdraw && adjusted < 0 ? Math.min(balance, -adjusted) : 0;
    balance = balance + deposit - withdrawal;

    const balanceResult = adjusted - deposit + withdrawal;
    const restored = Math.min(Math.max(balanceResult, 0), pending);
    const newDeficit = Math.max(-balanceResult, 0);
    pending = pending - restored + newDeficit;
    if (newDeficit > 0) deficitByYear.set(y, (deficitByYear.get(y) ?? 0) + newDeficit);
    restoredSoFar += restored;

    // 12 §: restoration goes to the oldest deficit first, so what is overdue is whatever of the deficits
    // three or more years old has not been restored yet.
    const overdue = Math.max(0, deficitsUpTo(y - RESTORATION_YEARS) - restoredSoFar);

    out.adjustedResult[t] = adjusted;
    out.reserveMaxDeposit[t] = maxDeposit;
    out.reserveDeposit[t] = deposit;
    out.reserveWithdrawal[t] = withdrawal;
    out.reserveBalance[t] = balance;
    out.balanceResult[t] = balanceResult;
    out.restored[t] = restored;
    out.newDeficit[t] = newDeficit;
    out.restorationPending[t] = pending;
    out.restorationOverdue[t] = overdue;
    out.balanceMet[t] =
      balanceResult >= -BALANCE_TOLERANCE * revenue && overdue <= BALANCE_TOLERANCE * revenue;
  }
  return out;
}
