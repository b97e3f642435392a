/**
 * The balanskravsutredning of a scenario, in the layout of a Swedish annual report (kommunallagen
 * 11 kap. 12-14 §§): the result, the statutory adjustments, the reserve deposit and withdrawal, the
 * balance result, what is still to restore from earlier years (oldest first), and whether the
 * requirement is met. Restoration is due within three years: overdue is every deficit of three or
 * more years ago (the opening ones from the Indata table by SUMIF on their year) less all restored so far.
 */
import { RESTORATION_YEARS } from '../../../engine/balance-requirement';
import { BALANCE_TOLERANCE, DEFAULT_RESERVE } from '../../../engine/types';
import { cellA1 } from '../../a1';
import { GENERAL } from '../formats';
import { excelNumber, f } from '../formula';
import { BlockContext, rowRange, settingSource, Take } from './context';

export interface BalanceRows {
  section: number;
  result: number;
  adjustments: number;
  adjusted: number;
  maxDeposit: number;
  capRoom: number;
  deposit: number;
  withdrawal: number;
  balanceResult: number;
  pendingStart: number;
  restored: number;
  newDeficit: number;
  pending: number;
  overdue: number;
  balanceMet: number;
  reserveBalance: number;
}

export function planBalance(ctx: BlockContext, take: Take): BalanceRows {
  return {
    section: take(),
    result: take(),
    adjustments: take(),
    adjusted: take(),
    maxDeposit: take(),
    capRoom: ctx.rs.reserve.cap === null ? -1 : take(),
    deposit: take(),
    withdrawal: take(),
    balanceResult: take(),
    pendingStart: take(),
    restored: take(),
    newDeficit: take(),
    pending: take(),
    overdue: take(),
    balanceMet: take(),
    reserveBalance: take(),
  };
}

type ReserveKey = 'openingBalance' | 'threshold' | 'cap' | 'deposit' | 'withdraw';
const SETTING_KEY: Record<ReserveKey, string> = {
  openingBalance: 'reserveOpeningBalance',
  threshold: 'reserveThreshold',
  cap: 'reserveCap',
  deposit: 'reserveDeposit',
  withdraw: 'reserveWithdraw',
};

export function writeBalance(ctx: BlockContext, rows: BalanceRows, src: { result: number; revenue: number }): void {
  const { b, L, H, res, rs, model, cells } = ctx;
  const yes = L('yes');
  const no = L('no');
  const source = (key: ReserveKey) =>
    settingSource(ctx, SETTING_KEY[key], ctx.scenario.overrides.reserve?.[key] !== undefined, model.reserve?.[key] !== undefined);
  const value = (key: 'openingBalance' | 'threshold' | 'deposit') => source(key) ?? excelNumber(DEFAULT_RESERVE[key]);
  const threshold = value('threshold');
  const depositShare = value('deposit');
  const cap = source('cap');
  const withdraw = source('withdraw');
  const opening = source('openingBalance');

  ctx.section(rows.section, L('balanceSection'));
  const labels: [number, Parameters<typeof L>[0]][] = [
    [rows.result, 'result'], [rows.adjustments, 'balanceAdjustments'], [rows.adjusted, 'adjustedResult'],
    [rows.maxDeposit, 'reserveMaxDeposit'], [rows.deposit, 'reserveDeposit'], [rows.withdrawal, 'reserveWithdrawal'],
    [rows.balanceResult, 'balanceResult'], [rows.pendingStart, 'restorationFromEarlier'], [rows.restored, 'restored'],
    [rows.newDeficit, 'newDeficit'], [rows.pending, 'restorationPending'], [rows.overdue, 'restorationOverdue'],
    [rows.balanceMet, 'balanceMet'], [rows.reserveBalance, 'reserveBalance'],
  ];
  if (rows.capRoom >= 0) labels.push([rows.capRoom, 'reserveCapRoom']);
  for (const [r, key] of labels) ctx.labelRow(r, L(key));

  const years = cells.column('bsOpeningRestoration', 'year');
  const amounts = cells.column('bsOpeningRestoration', 'amount');
  const openingTotal = (model.openingRestoration ?? []).reduce((s, o) => s + o.amount, 0);
  b.set(rows.reserveBalance, ctx.yc(-1), opening ? f(opening, rs.reserve.openingBalance) : 0);
  b.set(rows.pending, ctx.yc(-1), amounts ? f(`SUM(${amounts})`, openingTotal) : 0);

  for (let t = 0; t < H; t++) {
    const at = (r: number) => ctx.at(r, t);
    const revenue = at(src.revenue);
    b.set(rows.result, ctx.yc(t), f(at(src.result), res.result[t]));
    const adj = ctx.yearSource(t, 'balanceAdjustments');
    b.set(rows.adjustments, ctx.yc(t), adj ? f(adj, rs.balanceAdjustments[t]) : 0);
    b.set(rows.adjusted, ctx.yc(t), f(`${at(rows.result)}+${at(rows.adjustments)}`, res.adjustedResult[t]));
    b.set(rows.pendingStart, ctx.yc(t), f(ctx.at(rows.pending, t - 1), t === 0 ? openingTotal : res.restorationPending[t - 1]));
    b.set(
      rows.maxDeposit,
      ctx.yc(t),
      f(`MAX(0,MIN(${at(rows.result)},${at(rows.adjusted)})-${threshold}*${revenue}-${at(rows.pendingStart)})`, res.reserveMaxDeposit[t]),
    );
    const prevBalance = ctx.at(rows.reserveBalance, t - 1);
    let deposit = `${depositShare}*${at(rows.maxDeposit)}`;
    if (rows.capRoom >= 0) {
      const capRoom = Math.max(0, (rs.reserve.cap ?? 0) * res.revenue[t] - (t === 0 ? rs.reserve.openingBalance : res.reserveBalance[t - 1]));
      b.set(rows.capRoom, ctx.yc(t), f(`MAX(0,${cap}*${revenue}-${prevBalance})`, capRoom));
      deposit = `MIN(${deposit},${at(rows.capRoom)})`;
    }
    b.set(rows.deposit, ctx.yc(t), f(deposit, res.reserveDeposit[t]));
    // Withdrawals are allowed when the switch says yes, in either language's word.
    b.set(
      rows.withdrawal,
      ctx.yc(t),
      withdraw
        ? f(`IF(AND(OR(${withdraw}="ja",${withdraw}="yes",${withdraw}=TRUE),${at(rows.adjusted)}<0),MIN(${prevBalance},-${at(rows.adjusted)}),0)`, res.reserveWithdrawal[t])
        : 0,
    );
    b.set(rows.reserveBalance, ctx.yc(t), f(`${prevBalance}+${at(rows.deposit)}-${at(rows.withdrawal)}`, res.reserveBalance[t]));
    b.set(rows.balanceResult, ctx.yc(t), f(`${at(rows.adjusted)}-${at(rows.deposit)}+${at(rows.withdrawal)}`, res.balanceResult[t]));
    b.set(rows.restored, ctx.yc(t), f(`MIN(MAX(${at(rows.balanceResult)},0),${at(rows.pendingStart)})`, res.restored[t]));
    b.set(rows.newDeficit, ctx.yc(t), f(`MAX(-${at(rows.balanceResult)},0)`, res.newDeficit[t]));
    b.set(rows.pending, ctx.yc(t), f(`${at(rows.pendingStart)}-${at(rows.restored)}+${at(rows.newDeficit)}`, res.restorationPending[t]));
    // Oldest first: overdue = deficits of years <= y-3 (opening and plan years) - everything restored up to y.
    const due = `(${ctx.yearCell(t)}-${RESTORATION_YEARS})`;
    const openingDue = years && amounts ? `SUMIF(${years},"<="&${due},${amounts})+` : '';
    const planDue = `SUMIF(${rowRange(ctx, ctx.headerRow, 0, H - 1)},"<="&${due},${rowRange(ctx, rows.newDeficit, 0, H - 1)})`;
    b.set(rows.overdue, ctx.yc(t), f(`MAX(0,${openingDue}${planDue}-SUM(${cellA1(rows.restored, ctx.yc(0), true)}:${ctx.at(rows.restored, t)}))`, res.restorationOverdue[t]));
    const tol = excelNumber(BALANCE_TOLERANCE);
    b.set(
      rows.balanceMet,
      ctx.yc(t),
      f(`IF(AND(${at(rows.balanceResult)}>=-${tol}*${revenue},${at(rows.overdue)}<=${tol}*${revenue}),"${yes}","${no}")`, res.balanceMet[t] ? yes : no),
    );
  }
  ctx.format(rows.balanceMet, GENERAL);
  ctx.styleRow(rows.balanceResult, 'result');
  b.conditionalFormats.push({ range: { row: rows.balanceMet, column: ctx.yc(0), rows: 1, columns: H }, equals: yes, style: 'good' });
  b.conditionalFormats.push({ range: { row: rows.balanceMet, column: ctx.yc(0), rows: 1, columns: H }, equals: no, style: 'bad' });
}
