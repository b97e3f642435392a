import fc from 'fast-check';
import { fanGeometry, pointsText } from '../../src/taskpane/risk/fan';
import { tornadoGeometry } from '../../src/taskpane/risk/tornado';
import { numberFormats } from '../../src/taskpane/i18n/numbers';
import { shareText } from '../../src/taskpane/risk/words';

describe('the fan chart’s geometry', () => {
  test('a worked band: 2027 from 0 % to 2 % (median 1 %), 2028 from 1 % to 3 % (median 2 %), target 2 %', () => {
    const g = fanGeometry([2027, 2028], { p5: [0, 0.01], p50: [0.01, 0.02], p95: [0.02, 0.03] }, 0.02);
    // Ticks over [0, 3 %]: the step is 1 % (3 steps), so the axis is 0 .. 3 %.
    expect(g.ticks.map((t) => t.value)).toEqual([0, 0.01, 0.02, 0.03]);
    // 320 x 160 with margins left 46, right 8, top 10, bottom 22: the plot is 266 wide and 128 high.
    // Two years share it in slots of 133, centred at 46 + 66.5 = 112.5 and 46 + 199.5 = 245.5.
    expect(g.years).toEqual([
      { year: 2027, x: 112.5 },
      { year: 2028, x: 245.5 },
    ]);
    // y(v) = 10 + 128 - v / 0.03 * 128: y(0) = 138, y(1 %) = 95.33, y(2 %) = 52.67, y(3 %) = 10.
    const y = (v: number) => 138 - (v / 0.03) * 128;
    expect(g.ticks.map((t) => t.y)).toEqual([0, 0.01, 0.02, 0.03].map(y));
    expect(pointsText(g.band)).toBe('112.5,52.7 245.5,10.0 245.5,95.3 112.5,138.0');
    expect(pointsText(g.median)).toBe('112.5,95.3 245.5,52.7');
    expect(g.target).toBeCloseTo(52.667, 3);
    expect([g.left, g.right]).toEqual([46, 312]);
  });

  test('one plan year: the band is a block across part of its slot', () => {
    const g = fanGeometry([2027], { p5: [0], p50: [0.01], p95: [0.02] }, 0.01);
    // One slot of 266 centred at 179; the block runs 0.2 slot either side: 125.8 .. 232.2.
    expect(g.band.map(([x]) => Number(x.toFixed(1)))).toEqual([125.8, 232.2, 232.2, 125.8]);
  });

  const year = fc.record({ a: fc.double({ min: -0.2, max: 0.2, noNaN: true }), b: fc.double({ min: -0.2, max: 0.2, noNaN: true }), c: fc.double({ min: -0.2, max: 0.2, noNaN: true }) });

  test('for any band, P95 is drawn above the median and the median above P5, all inside the plot, years left to right', () => {
    fc.assert(
      fc.property(fc.array(year, { minLength: 1, maxLength: 12 }), fc.double({ min: -0.1, max: 0.1, noNaN: true }), (rows, target) => {
        const sorted = rows.map(({ a, b, c }) => [a, b, c].sort((x, y) => x - y));
        const band = { p5: sorted.map((r) => r[0]), p50: sorted.map((r) => r[1]), p95: sorted.map((r) => r[2]) };
        const years = rows.map((_, t) => 2027 + t);
        const g = fanGeometry(years, band, target);
        const n = rows.length;
        const upper = g.band.slice(0, g.band.length / 2);
        const lower = g.band.slice(g.band.length / 2).reverse();
        const per = n === 1 ? 2 : 1;
        for (let t = 0; t < n; t++) {
          for (let k = 0; k < per; k++) {
            const i = t * per + k;
            // SVG's y grows downwards: higher shares have smaller y.
            expect(upper[i][1]).toBeLessThanOrEqual(g.median[i][1] + 1e-9);
            expect(g.median[i][1]).toBeLessThanOrEqual(lower[i][1] + 1e-9);
            expect(upper[i][0]).toBe(lower[i][0]);
          }
        }
        const ys = [...g.band, ...g.median].map(([, y]) => y).concat(g.target);
        expect(Math.min(...ys)).toBeGreaterThanOrEqual(10 - 1e-9);
        expect(Math.max(...ys)).toBeLessThanOrEqual(138 + 1e-9);
        const xs = g.years.map((y) => y.x);
        expect(xs.every((x, i) => i === 0 || x > xs[i - 1])).toBe(true);
        expect(Math.min(...g.band.map(([x]) => x))).toBeGreaterThanOrEqual(g.left);
        expect(Math.max(...g.band.map(([x]) => x))).toBeLessThanOrEqual(g.right);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the tornado’s geometry', () => {
  test('a worked tornado: base 2 %, target 3 %; tax base 1 % .. 4 %, wages 2,5 % .. 1,5 %', () => {
    const g = tornadoGeometry(
      [
        { input: 'taxBaseGrowth', low: 0.01, high: 0.04 },
        { input: 'wageIndex', low: 0.025, high: 0.015 },
      ],
      0.02,
      0.03,
    );
    // The values span 1 % .. 4 %: ticks of 1 %, so the scale runs 1 % (x = 0) to 4 % (x = 100).
    expect([g.from, g.to]).toEqual([0.01, 0.04]);
    // Base 2 % at 33.3, target 3 % at 66.7.
    expect(g.base).toBeCloseTo(100 / 3, 9);
    expect(g.target).toBeCloseTo(200 / 3, 9);
    const [tax, wages] = g.rows;
    expect(tax.input).toBe('taxBaseGrowth');
    // Lower: 1 % .. 2 % = 0 .. 33.3; higher: 2 % .. 4 % = 33.3 .. 100.
    expect(tax.lowPart.x).toBeCloseTo(0, 9);
    expect(tax.lowPart.width).toBeCloseTo(100 / 3, 9);
    expect(tax.highPart.x).toBeCloseTo(100 / 3, 9);
    expect(tax.highPart.width).toBeCloseTo(200 / 3, 9);
    // Wages the other way round: lower wages, higher share (2 % .. 2,5 %), higher wages 1,5 % .. 2 %.
    expect(wages.lowPart.x).toBeCloseTo(100 / 3, 9);
    expect(wages.lowPart.width).toBeCloseTo(50 / 3, 9);
    expect(wages.highPart.x).toBeCloseTo(50 / 3, 9);
    expect(wages.highPart.width).toBeCloseTo(50 / 3, 9);
  });

  test('for any bars, each part starts or ends at the base, inside the scale, and the rows keep the engine’s order', () => {
    const share = fc.double({ min: -0.2, max: 0.2, noNaN: true });
    const inputs = ['taxBaseGrowth', 'wageIndex', 'priceIndex', 'grants', 'interestRate', 'deviation'] as const;
    fc.assert(
      fc.property(fc.array(fc.record({ low: share, high: share }), { minLength: 1, maxLength: 6 }), share, share, (bars, base, target) => {
        const g = tornadoGeometry(bars.map((b, k) => ({ input: inputs[k], ...b })), base, target);
        expect(g.rows.map((r) => r.input)).toEqual(inputs.slice(0, bars.length));
        for (const r of g.rows) {
          for (const p of [r.lowPart, r.highPart]) {
            expect(p.x).toBeGreaterThanOrEqual(-1e-9);
            expect(p.x + p.width).toBeLessThanOrEqual(100 + 1e-9);
            expect(Math.min(Math.abs(p.x - g.base), Math.abs(p.x + p.width - g.base))).toBeLessThan(1e-9);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a probability in words', () => {
  const sv = numberFormats('sv');
  test('a whole percent, but not quite all is never 100 % and not quite none never 0 %', () => {
    expect(shareText(0.62, sv)).toEqual({ kind: 'exact', text: '62\u00a0%' });
    expect(shareText(0.4849, sv)).toEqual({ kind: 'exact', text: '48\u00a0%' });
    expect(shareText(1, sv)).toEqual({ kind: 'exact', text: '100\u00a0%' });
    expect(shareText(0, sv)).toEqual({ kind: 'exact', text: '0\u00a0%' });
    expect(shareText(0.9995, sv)).toEqual({ kind: 'above', text: '99\u00a0%' });
    expect(shareText(0.0005, sv)).toEqual({ kind: 'below', text: '1\u00a0%' });
    expect(shareText(0.99, sv)).toEqual({ kind: 'exact', text: '99\u00a0%' });
  });
});
