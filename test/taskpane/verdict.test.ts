import fc from 'fast-check';
import { meetsTarget } from '../../src/engine/solver';
import { ScenarioResult } from '../../src/engine/types';
import { decimalsFor, missesUnseen, verdict } from '../../src/taskpane/model/verdict';

function result(rollingComplete: boolean[], targetMet: boolean[]): ScenarioResult {
  return { years: rollingComplete.map((_, t) => 2027 + t), rollingComplete, targetMet } as unknown as ScenarioResult;
}

describe('whether a scenario meets its target: the solver’s rule', () => {
  test('years with an incomplete window are shown but not counted', () => {
    // 2027 and 2028 have complete windows and meet the target; 2029 misses it but its window is incomplete.
    const v = verdict(result([true, true, false, false], [true, true, false, true]));
    expect(v).toEqual({ counted: [0, 1], uncounted: [2, 3], met: 2, ok: true });
  });

  test('when no window is complete, every year counts', () => {
    const v = verdict(result([false, false, false], [true, false, true]));
    expect(v).toEqual({ counted: [0, 1, 2], uncounted: [], met: 2, ok: false });
  });

  test('the verdict is exactly the solver’s meetsTarget, for any pattern of windows and years met', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 15 }), (rows) => {
        const r = result(rows.map((x) => x[0]), rows.map((x) => x[1]));
        expect(verdict(r).ok).toBe(meetsTarget(r));
      }),
    );
  });
});

describe('decimals enough that a missed target does not read as met', () => {
  test('2,9996 % against 3 % needs four decimals: 3,0 / 3,00 / 3,000 all round up to the target', () => {
    // 2.9996 % to 1, 2, 3 decimals: 3.0, 3.00, 3.000; to 4: 2.9996 < 3.0000.
    expect(decimalsFor(0.029996, 0.03, false)).toBe(4);
    expect(missesUnseen(0.029996, 0.03, false, 4)).toBe(false);
  });

  test('2,99 % against 3 % needs two: 3,0 at one decimal, 2,99 at two', () => {
    expect(decimalsFor(0.0299, 0.03, false)).toBe(2);
  });

  test('a share that meets the target, or misses it plainly, keeps one decimal', () => {
    expect(decimalsFor(0.0301, 0.03, true)).toBe(1);
    expect(decimalsFor(0.02, 0.03, false)).toBe(1);
  });

  test('a miss smaller than four decimals can show is said in words', () => {
    // 2.999999 % rounds to 3.0000 % at four decimals: the pane adds "below target".
    expect(decimalsFor(0.02999999, 0.03, false)).toBe(4);
    expect(missesUnseen(0.02999999, 0.03, false, 4)).toBe(true);
  });
});
