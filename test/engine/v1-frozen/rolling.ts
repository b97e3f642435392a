import { Measure } from './types';

export interface RollingInputs {
  baseYear: number;
  years: number[];
  windowBack: number;
  windowForward: number;
  measure: Measure;
  history: Map<number, { revenue: number; result: number }>;
}

/**
 * The rolling surplus target (resultatmål över rullande period). For plan year y the window is the
 * years y-B .. y+F-1: with B = F = 3, three years before y, then y and the two years after it.
 * Years up to the base year come from history, plan years from the simulation. A window with unknown
 * years (no history for them, or past the horizon) is computed over the known ones and flagged
 * incomplete.
 */
export function rollingShares(
  s: RollingInputs,
  revenue: number[],
  result: number[],
): { share: number[]; complete: boolean[] } {
  const H = s.years.length;
  const firstPlan = s.years[0];
  const share = new Array<number>(H);
  const complete = new Array<boolean>(H);
  for (let t = 0; t < H; t++) {
    const y = s.years[t];
    let sumRev = 0;
    let sumRes = 0;
    let sumRatio = 0;
    let known = 0;
    let all = true;
    for (let w = y - s.windowBack; w <= y + s.windowForward - 1; w++) {
      let rev: number;
      let res: number;
      if (w <= s.baseYear) {
        const h = s.history.get(w);
        if (!h) {
          all = false;
          continue;
        }
        rev = h.revenue;
        res = h.result;
      } else {
        const i = w - firstPlan;
        if (i >= H) {
          all = false;
          continue;
        }
        rev = revenue[i];
        res = result[i];
      }
      sumRev += rev;
      sumRes += res;
      sumRatio += res / rev;
      known++;
    }
    share[t] = s.measure === 'ratioOfSums' ? sumRes / sumRev : sumRatio / known;
    complete[t] = all;
  }
  return { share, complete };
}
