import { UncertaintyInput } from '../types';

/**
 * One run's standardised shocks z(y) per uncertain input, an AR(1) series over the plan years:
 *
 *     z(Y0+1) = n(Y0+1),   z(y) = r * z(y-1) + sqrt(1 - r^2) * n(y)
 *
 * with n independent standard normal draws and r the input's persistence in [0, 1). Every z(y) is
 * standard normal; persistence makes a bad year likely to be followed by another. The normals are taken
 * input by input, year by year, in the order the inputs are listed: that order is part of what a seed means.
 */
export function drawShocks(inputs: readonly UncertaintyInput[], H: number, normal: () => number): number[][] {
  return inputs.map((u) => {
    const r = u.persistence ?? 0;
    const innovation = Math.sqrt(1 - r * r);
    const z = new Array<number>(H);
    for (let t = 0; t < H; t++) z[t] = t === 0 ? normal() : r * z[t - 1] + innovation * normal();
    return z;
  });
}

/** The same shock in every year: the tornado's value - sd (z = -1) and value + sd (z = +1). */
export function constantShock(H: number, z: number): number[] {
  return new Array<number>(H).fill(z);
}
