/**
 * Committee frames (ramar). The frame that carries forward (baseFrame) excludes the year's project
 * effects p; the frame the committee gets includes them.
 */

/** L * wageIndex + (1 - L) * priceIndex: the full price and wage uplift of a committee's cost. */
export function fullUplift(labourShare: number, wageIndex: number, priceIndex: number): number {
  return labourShare * wageIndex + (1 - labourShare) * priceIndex;
}

/**
 * Uplift mode (policy sets the frames): last year's base frame with the granted share k of the full
 * uplift, demography d, minus the efficiency requirement e, plus the initiative i.
 *
 *     baseFrame(y) = baseFrame(y-1) * (1 + k * fullUplift + d - e) + i
 */
export function upliftBaseFrame(previous: number, k: number, uplift: number, d: number, e: number, i: number): number {
  return previous * (1 + k * uplift + d - e) + i;
}

/**
 * Revenue mode (revenue sets the frames): what is available after the target, the financial net, the
 * central costs and the new depreciation is shared out by last year's base frames grown by demography;
 * initiatives and project effects are ring-fenced on top.
 *
 *     frame_c(y) = (available(y) - sum_c (i_c + p_c)) * w_c + i_c + p_c,   w_c = f_c (1 + d_c) / sum of the same
 */
export function revenueFrames(
  available: number,
  previous: readonly number[],
  demography: readonly number[],
  ringFenced: readonly number[],
): number[] {
  let weightSum = 0;
  let ringFencedSum = 0;
  for (let c = 0; c < previous.length; c++) {
    weightSum += previous[c] * (1 + demography[c]);
    ringFencedSum += ringFenced[c];
  }
  return previous.map((f, c) => {
    const w = weightSum === 0 ? 0 : (f * (1 + demography[c])) / weightSum;
    return (available - ringFencedSum) * w + ringFenced[c];
  });
}
