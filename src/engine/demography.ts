import { DemographyWeight, PopulationRow } from './types';

/**
 * Demography from the population forecast (demografiuppräkning): a committee's volume grows with the
 * weighted count of the inhabitants it serves, the weights being the relative cost of one inhabitant of
 * each age group to that committee:
 *
 *     demography_c(y) = sum_g W_cg * P_g(y) / sum_g W_cg * P_g(y-1) - 1
 *
 * The model file refuses a weighted sum of zero in a year that is a denominator, and groups without a
 * count; a missing count is taken as 0 here so that the engine never throws on a validated model.
 */
export function demographyFromPopulation(
  weights: readonly DemographyWeight[],
  counts: PopulationCounts,
  baseYear: number,
  years: readonly number[],
): number[] {
  const weighted = (year: number) => weights.reduce((sum, w) => sum + w.weight * counts.count(year, w.group), 0);
  let previous = weighted(baseYear);
  return years.map((y) => {
    const current = weighted(y);
    const d = previous === 0 ? 0 : current / previous - 1;
    previous = current;
    return d;
  });
}

/** The population forecast, looked up by year and group. */
export class PopulationCounts {
  private readonly byYear = new Map<number, Map<string, number>>();

  constructor(rows: readonly PopulationRow[]) {
    for (const r of rows) {
      let year = this.byYear.get(r.year);
      if (!year) this.byYear.set(r.year, (year = new Map()));
      year.set(r.group, r.count);
    }
  }

  get isEmpty(): boolean {
    return this.byYear.size === 0;
  }

  count(year: number, group: string): number {
    return this.byYear.get(year)?.get(group) ?? 0;
  }

  /** Sum of every group's count in the year; null when the forecast has no row for it. */
  total(year: number): number | null {
    const y = this.byYear.get(year);
    if (!y) return null;
    let sum = 0;
    for (const c of y.values()) sum += c;
    return sum;
  }
}
