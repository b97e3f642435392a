import { balanceRequirement, BalanceInputs, DEFAULT_RESERVE, runScenario } from '../../src/engine';
import { baseScenario, buildModel } from '../support/model-builders';

/** A balance requirement over the given years with the defaults of the model definition. */
function inputs(over: Partial<BalanceInputs> & { result: number[] }): BalanceInputs {
  const H = over.result.length;
  return {
    years: Array.from({ length: H }, (_, t) => 2027 + t),
    baseYear: 2026,
    revenue: new Array<number>(H).fill(1000),
    balanceAdjustments: new Array<number>(H).fill(0),
    reserve: { ...DEFAULT_RESERVE },
    openingRestoration: [],
    ...over,
  };
}

describe('the balance requirement (kommunallagen 11 kap.)', () => {
  it("reproduces Malmö's balanskravsutredning for 2015", () => {
    // Malmö stad, årsredovisning 2015 (mnkr): result 563, realised gains and other adjustments -23,
    // 1 % of revenue 162 (revenue 16 200), 193 still to restore from 2014, deposit share 1, no cap.
    // adjusted = 563 - 23 = 540; maxDeposit = min(563, 540) - 162 - 193 = 185;
    // balanceResult = 540 - 185 = 355; restored = min(355, 193) = 193; pending after 0.
    const b = balanceRequirement({
      years: [2015],
      baseYear: 2014,
      revenue: [16_200],
      result: [563],
      balanceAdjustments: [-23],
      reserve: { ...DEFAULT_RESERVE, deposit: 1, threshold: 0.01 },
      openingRestoration: [{ year: 2014, amount: 193 }],
    });
    expect(b.adjustedResult).toEqual([540]);
    expect(b.reserveMaxDeposit[0]).toBeCloseTo(185, 9);
    expect(b.reserveDeposit[0]).toBeCloseTo(185, 9);
    expect(b.balanceResult[0]).toBeCloseTo(355, 9);
    expect(b.restored[0]).toBeCloseTo(193, 9);
    expect(b.restorationPending[0]).toBeCloseTo(0, 9);
    expect(b.restorationOverdue).toEqual([0]);
    expect(b.balanceMet).toEqual([true]);
  });

  it('stops a deposit at the cap of 5 % of revenue', () => {
    // Revenue 1000, cap 5 % = 50, opening balance 40: room under the cap 10.
    // Result 80: maxDeposit = 80 - 10 (threshold 1 %) = 70; deposit = min(70, 10) = 10; balance 50.
    // Next year result 80 again: room = max(0, 50 - 50) = 0, no deposit; balance stays 50.
    const b = balanceRequirement(
      inputs({ result: [80, 80], reserve: { ...DEFAULT_RESERVE, deposit: 1, cap: 0.05, openingBalance: 40 } }),
    );
    expect(b.reserveDeposit[0]).toBeCloseTo(10, 12);
    expect(b.reserveBalance[0]).toBeCloseTo(50, 12);
    expect(b.reserveDeposit[1]).toBe(0);
    expect(b.reserveBalance[1]).toBeCloseTo(50, 12);
    expect(b.balanceResult).toEqual([70, 80]);
  });

  it('never forces the reserve down when the cap falls below the balance', () => {
    // Balance 60 above cap 5 % of 1000 = 50: no deposit, no forced withdrawal.
    const b = balanceRequirement(inputs({ result: [100], reserve: { ...DEFAULT_RESERVE, deposit: 1, cap: 0.05, openingBalance: 60 } }));
    expect(b.reserveDeposit).toEqual([0]);
    expect(b.reserveBalance).toEqual([60]);
  });

  it('covers a negative adjusted result with a withdrawal', () => {
    // Opening balance 30, withdrawals allowed. Result -20: withdrawal = min(30, 20) = 20,
    // balanceResult = -20 + 20 = 0: met. Balance 10 left.
    // Next year result -25: withdrawal = min(10, 25) = 10, balanceResult = -15: not met, 15 to restore.
    const b = balanceRequirement(inputs({ result: [-20, -25], reserve: { ...DEFAULT_RESERVE, withdraw: true, openingBalance: 30 } }));
    expect(b.reserveWithdrawal).toEqual([20, 10]);
    expect(b.reserveBalance).toEqual([10, 0]);
    expect(b.balanceResult).toEqual([0, -15]);
    expect(b.balanceMet).toEqual([true, false]);
    expect(b.restorationPending).toEqual([0, 15]);
  });

  it('does not withdraw when withdrawals are off', () => {
    const b = balanceRequirement(inputs({ result: [-20], reserve: { ...DEFAULT_RESERVE, openingBalance: 30 } }));
    expect(b.reserveWithdrawal).toEqual([0]);
    expect(b.balanceResult).toEqual([-20]);
  });

  it('restores a deficit over two later years, oldest first', () => {
    // 2027: -30 (a deficit to restore by the end of 2030). 2028: +10 restores 10 (20 left).
    // 2029: +25 restores the remaining 20. No deposits (deposit share 0).
    const b = balanceRequirement(inputs({ result: [-30, 10, 25] }));
    expect(b.newDeficit).toEqual([30, 0, 0]);
    expect(b.restored).toEqual([0, 10, 20]);
    expect(b.restorationPending).toEqual([30, 20, 0]);
    expect(b.restorationOverdue).toEqual([0, 0, 0]);
    // 2027 misses the requirement; 2028 and 2029 meet it (a positive balance result, nothing overdue).
    expect(b.balanceMet).toEqual([false, true, true]);
  });

  it('makes a deficit overdue in its fourth year', () => {
    // 2027: -30. 2028-2030: +5 each restores 15 by the end of 2030, the deadline (2027 + 3).
    // overdue(2030) = D(2027) - R(2030) = 30 - 15 = 15: the requirement is missed in 2030 despite a
    // positive balance result. 2031: +20 restores the last 15: overdue 0 again.
    const b = balanceRequirement(inputs({ result: [-30, 5, 5, 5, 20] }));
    expect(b.restored).toEqual([0, 5, 5, 5, 15]);
    expect(b.restorationOverdue).toEqual([0, 0, 0, 15, 0]);
    expect(b.balanceMet).toEqual([false, true, true, false, true]);
  });

  it('starts from an opening restoration, due three years after its year', () => {
    // 40 from 2025 still to restore (due end of 2028). 2027: +10 restores 10; 2028: +10 restores 10:
    // overdue(2028) = D(2025) - R(2028) = 40 - 20 = 20.
    const b = balanceRequirement(inputs({ result: [10, 10], openingRestoration: [{ year: 2025, amount: 40 }] }));
    expect(b.restored).toEqual([10, 10]);
    expect(b.restorationPending).toEqual([30, 20]);
    expect(b.restorationOverdue).toEqual([0, 20]);
    expect(b.balanceMet).toEqual([true, false]);
  });

  it('takes deposits only once earlier deficits are restored', () => {
    // Pending 193 from the opening: result 150 (revenue 1000, threshold 10): maxDeposit = max(0, 150 - 10 - 193) = 0.
    const b = balanceRequirement(
      inputs({ result: [150], reserve: { ...DEFAULT_RESERVE, deposit: 1 }, openingRestoration: [{ year: 2026, amount: 193 }] }),
    );
    expect(b.reserveMaxDeposit).toEqual([0]);
  });

  it('runs inside the scenario with the model defaults: no deposits, no withdrawals, threshold 1 %', () => {
    // Revenue 200, frame 100: result 100; adjustments -5: adjusted 95 = balance result.
    const m = buildModel({ horizon: 1, schemaVersion: 2, yearDefaults: { balanceAdjustments: -5 } });
    const r = runScenario(m, baseScenario());
    expect(r.adjustedResult).toEqual([95]);
    expect(r.reserveDeposit).toEqual([0]);
    expect(r.balanceResult).toEqual([95]);
    expect(r.balanceMet).toEqual([true]);
  });
});
