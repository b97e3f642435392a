/**
 * The engine's own logarithm and normal draws use IEEE 754's exactly rounded operations only, so a
 * seed gives the same bits in every JavaScript engine (the browser test compares Chromium with Node).
 */
import fc from 'fast-check';
import { portableLog } from '../../src/engine/portable-log';
import { mulberry32, normalStream } from '../../src/engine/random';

const view = new DataView(new ArrayBuffer(16));
/** The distance of two doubles in units in the last place. */
function ulps(a: number, b: number): number {
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Math.abs(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

describe('portableLog (fdlibm e_log.c)', () => {
  it('gives the exact values where there is one, and the edge cases', () => {
    expect(portableLog(1)).toBe(0);
    expect(portableLog(2)).toBe(0.6931471805599453); // ln 2 rounded to a double
    expect(portableLog(0.5)).toBe(-0.6931471805599453);
    expect(portableLog(1024)).toBe(10 * 0.6931471805599453);
    expect(portableLog(Math.E)).toBe(1);
    expect(portableLog(0)).toBe(-Infinity);
    expect(portableLog(-1)).toBeNaN();
    expect(portableLog(NaN)).toBeNaN();
    expect(portableLog(Infinity)).toBe(Infinity);
    // The smallest subnormal, 2^-1074: scaled up by 2^54 first. ln = -1074 ln 2.
    expect(portableLog(5e-324)).toBeCloseTo(-1074 * Math.LN2, 12);
  });

  it('is within one ulp of the true logarithm (Math.log here) over every range of doubles', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), (x) => {
        expect(ulps(portableLog(x), Math.log(x))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20000 },
    );
  });

  it('near 1, where |f| < 2^-20 takes its own branch', () => {
    for (const x of [1 + 2 ** -30, 1 - 2 ** -30, 1 + 2 ** -21, 1 - 2 ** -52]) expect(ulps(portableLog(x), Math.log(x))).toBeLessThanOrEqual(1);
  });
});

describe('normal draws by the polar method', () => {
  it('have mean 0 and variance 1, and the tails of a normal distribution', () => {
    // 200 000 draws: the sample mean has a standard error of 1/sqrt(200 000) = 0.0022, so 0.01 is
    // over 4 of them; the variance's standard error is sqrt(2/200 000) = 0.0032. P(|z| > 1.96) = 5 %,
    // with a standard error of sqrt(0.05 * 0.95 / 200 000) = 0.0005.
    const draw = normalStream(mulberry32(7));
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let tails = 0;
    for (let i = 0; i < n; i++) {
      const z = draw();
      sum += z;
      squares += z * z;
      if (Math.abs(z) > 1.959964) tails++;
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(squares / n - mean * mean - 1)).toBeLessThan(0.015);
    expect(Math.abs(tails / n - 0.05)).toBeLessThan(0.002);
  });

  it('gives the same draws for the same seed and other draws for another', () => {
    const take = (seed: number) => {
      const d = normalStream(mulberry32(seed));
      return Array.from({ length: 50 }, () => d());
    };
    expect(take(3)).toEqual(take(3));
    expect(take(3)).not.toEqual(take(4));
  });

  it('never calls Math.log, Math.sin or Math.cos, whose last bit differs between engines', () => {
    const spies = (['log', 'sin', 'cos'] as const).map((f) => jest.spyOn(Math, f));
    const d = normalStream(mulberry32(1));
    for (let i = 0; i < 1000; i++) d();
    for (const s of spies) {
      expect(s).not.toHaveBeenCalled();
      s.mockRestore();
    }
  });
});
