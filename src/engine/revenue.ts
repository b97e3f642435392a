/**
 * Revenue (intäkter): the tax base grows, the rate applies per 100 kr, general grants and equalisation
 * come on top.
 *
 *     taxBase(y)    = taxBase(y-1) * (1 + taxBaseGrowth(y))
 *     taxRevenue(y) = taxBase(y) * taxRate(y) / 100
 *     revenue(y)    = taxRevenue(y) + grants(y)
 */
export function revenueByYear(
  taxBase0: number,
  taxBaseGrowth: readonly number[],
  taxRate: readonly number[],
  grants: readonly number[],
): { taxBase: number[]; taxRevenue: number[]; revenue: number[] } {
  const H = taxBaseGrowth.length;
  const taxBase = new Array<number>(H);
  const taxRevenue = new Array<number>(H);
  const revenue = new Array<number>(H);
  let base = taxBase0;
  for (let t = 0; t < H; t++) {
    base = base * (1 + taxBaseGrowth[t]);
    taxBase[t] = base;
    taxRevenue[t] = (base * taxRate[t]) / 100;
    revenue[t] = taxRevenue[t] + grants[t];
  }
  return { taxBase, taxRevenue, revenue };
}
