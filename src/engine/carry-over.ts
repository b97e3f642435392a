import { CarryOverRule } from './types';

/**
 * The surplus or deficit that an outcome sends into later years (resultatöverföring), before it is
 * spread over them: a surplus is shared and capped; a deficit is shared, capped, and returned negative.
 * Caps are fractions of the committee's frame in the year of the outcome.
 */
export function carriedAmount(
  outcome: number,
  frame: number,
  rule: { surplusShare: number; deficitShare: number; surplusCap: number | null; deficitCap: number | null },
): number {
  // A cap is a share of the frame; a frame driven below zero allows no carry at all rather than a
  // carry of the wrong sign.
  const capBase = Math.max(frame, 0);
  if (outcome > 0) {
    const s = rule.surplusShare * outcome;
    return rule.surplusCap === null ? s : Math.min(s, rule.surplusCap * capBase);
  }
  if (outcome < 0) {
    const d = rule.deficitShare * -outcome;
    const carried = rule.deficitCap === null ? d : Math.min(d, rule.deficitCap * capBase);
    return carried === 0 ? 0 : -carried;
  }
  return 0;
}

/**
 * Puts a carried amount of plan year t into later years' carry-in: a surplus into next year, a deficit
 * repaid in N equal parts. What falls after the horizon is added to `outstanding` (not lost), part by
 * part in year order, and the new total returned.
 */
export function spreadCarry(carried: number, t: number, carryIn: number[], rule: CarryOverRule, outstanding: number): number {
  const H = carryIn.length;
  if (carried > 0) {
    if (t + 1 < H) carryIn[t + 1] += carried;
    else outstanding += carried;
  } else if (carried < 0) {
    const N = rule.repaymentYears;
    const part = carried / N;
    for (let j = 1; j <= N; j++) {
      if (t + j < H) carryIn[t + j] += part;
      else outstanding += part;
    }
  }
  return outstanding;
}
