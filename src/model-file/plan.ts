/** The plan years Y0+1 .. Y0+H, when the raw input's base year and horizon are readable. */
import { member } from './raw';
import { RULES, validNumber } from './rules';

export interface Plan {
  baseYear?: number;
  /** Absent when the base year or the horizon is unreadable. */
  years?: number[];
}

export function planOf(input: unknown): Plan {
  const baseYear = validNumber(member(input, 'baseYear'), RULES.baseYear);
  const horizon = validNumber(member(input, 'horizon'), RULES.horizon);
  if (baseYear === undefined || horizon === undefined) return { baseYear };
  return { baseYear, years: Array.from({ length: horizon }, (_, i) => baseYear + 1 + i) };
}

export function describePlan(years: readonly number[]): string {
  return years.length === 1 ? `the plan year ${years[0]}` : `the plan years ${years[0]}–${years[years.length - 1]}`;
}

export function describePlanSv(years: readonly number[]): string {
  return years.length === 1 ? `planåret ${years[0]}` : `planåren ${years[0]}–${years[years.length - 1]}`;
}
