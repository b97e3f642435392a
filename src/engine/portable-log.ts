/**
 * The natural logarithm computed with IEEE 754 additions, multiplications and divisions only, so that
 * every JavaScript engine gives the same bits. Math.log is "implementation-approximated" (ECMA-262,
 * 21.3.2): Chromium's and Node's differ in the last bit for some arguments, and a risk analysis must
 * give the same numbers for the same seed in the pane and in the CLI.
 *
 * The algorithm is fdlibm's e_log.c (Sun Microsystems, 1993: "Permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved"): x = 2^k (1+f)
 * with sqrt(2)/2 < 1+f < sqrt(2), and log(1+f) = f - s (f - R(s)) with s = f / (2+f) and R a minimax
 * polynomial in s^2. Error below 1 ulp. The words of a double are read through a DataView, which is
 * plain ECMAScript.
 */
const LN2_HI = 6.93147180369123816490e-1; // 0x3FE62E42 FEE00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
const TWO54 = 1.80143985094819840000e16; // 0x43500000 00000000
const LG1 = 6.666666666666735130e-1; // 0x3FE55555 55555593
const LG2 = 3.999999999940941908e-1; // 0x3FD99999 9997FA04
const LG3 = 2.857142874366239149e-1; // 0x3FD24924 94229359
const LG4 = 2.222219843214978396e-1; // 0x3FCC71C5 1D8E78AF
const LG5 = 1.818357216161805012e-1; // 0x3FC74664 96CB03DE
const LG6 = 1.531383769920937332e-1; // 0x3FC39A09 D078C69F
const LG7 = 1.479819860511658591e-1; // 0x3FC2F112 DF3E5244

const words = new DataView(new ArrayBuffer(8));

export function portableLog(input: number): number {
  let x = input;
  words.setFloat64(0, x);
  let hx = words.getInt32(0);
  const lx = words.getUint32(4);
  let k = 0;
  if (hx < 0x00100000) {
    // Zero, negative or subnormal.
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    words.setFloat64(0, x);
    hx = words.getInt32(0);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i0 = (hx + 0x95f64) & 0x100000;
  // Normalise x, or x/2, into [sqrt(2)/2, sqrt(2)).
  words.setInt32(0, hx | (i0 ^ 0x3ff00000));
  x = words.getFloat64(0);
  k += i0 >> 20;
  const f = x - 1.0;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20.
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  let i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - R) : dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}
