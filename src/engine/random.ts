/**
 * Seeded pseudo-random numbers, the same in Node and in the browser: mulberry32 (Tommy Ettinger's
 * 32-bit generator, public domain), small, fast and good enough for Monte Carlo of a budget, and
 * Marsaglia's polar method for standard normal draws. No Math.random anywhere, and no Math.log,
 * Math.sin or Math.cos either, whose last bit differs between engines: the polar method needs only a
 * logarithm (portable-log.ts) and a square root, which IEEE 754 rounds exactly. The same seed always
 * gives the same numbers, to the bit.
 */
import { portableLog } from './portable-log';

/** Floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draws by Marsaglia's polar method (Marsaglia and Bray, 1964): a point (u, v) drawn
 * uniformly in the square (-1, 1)^2 until it falls inside the unit circle (s = u^2 + v^2 in (0, 1),
 * 79 % of the time) gives two independent normals u m and v m, m = sqrt(-2 ln s / s).
 */
export function normalStream(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * portableLog(s)) / s);
    spare = v * m;
    return u * m;
  };
}
