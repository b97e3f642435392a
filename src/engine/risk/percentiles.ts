/**
 * The p-quantile of a sample, interpolating linearly between order statistics (Hyndman and Fan's
 * type 7, the default of R and of Excel's PERCENTILE.INC): h = (N - 1) p, x[floor h] + (h - floor h) *
 * (x[floor h + 1] - x[floor h]). `sorted` must be in ascending order.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface Band {
  p5: number[];
  p50: number[];
  p95: number[];
}

/** The 5th, 50th and 95th percentiles of each year's values: samples[t] holds every run's value for year t. */
export function band(samples: readonly Float64Array[]): Band {
  const out: Band = { p5: [], p50: [], p95: [] };
  for (const s of samples) {
    const sorted = Float64Array.from(s).sort();
    out.p5.push(quantileSorted(sorted, 0.05));
    out.p50.push(quantileSorted(sorted, 0.5));
    out.p95.push(quantileSorted(sorted, 0.95));
  }
  return out;
}
