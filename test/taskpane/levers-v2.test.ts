/**
 * Version 2's levers in the pane: the interest rate per year and a scenario's investment volume go
 * into the model as the model file holds them, change what the engine computes as the model
 * definition says, and are refused where the model file refuses them.
 */
import fc from 'fast-check';
import { runScenario } from '../../src/engine/run';
import { exampleModel } from '../../src/examples';
import { numberFormats } from '../../src/taskpane/i18n/numbers';
import { checkModel } from '../../src/taskpane/model/checked';
import { fieldKey, fieldText, parseFieldKey, readField } from '../../src/taskpane/model/lever-fields';
import { applyLever, hasInvestments, scenarioAt, scenarioLevers } from '../../src/taskpane/model/levers';
import { exampleModelV1 } from '../support/example-v1';

const sv = numberFormats('sv');
const model = exampleModel();
const RECESSION = model.scenarios.findIndex((s) => s.name === 'Lågkonjunktur') + 1;

describe('the interest rate per year', () => {
  test('the base shows the model’s rates and an edit changes its year row only', () => {
    expect(scenarioLevers(model, 0).years.map((y) => y.interestRate)).toEqual([0.029, 0.03, 0.031, 0.031]);
    const next = applyLever(model, 0, { kind: 'year', year: 2028, key: 'interestRate', value: 0.05 });
    expect(next.years.map((y) => y.interestRate)).toEqual([0.029, 0.05, 0.031, 0.031]);
    expect(model.years[1].interestRate).toBe(0.03);
    expect(checkModel(next).ok).toBe(true);
  });

  test('a scenario gets a year row of its own, merged with the rows it has', () => {
    const next = applyLever(model, RECESSION, { kind: 'year', year: 2028, key: 'interestRate', value: 0.05 });
    const rows = next.scenarios[RECESSION - 1].overrides.years!;
    expect(rows.find((r) => r.year === 2028)).toEqual({ year: 2028, taxBaseGrowth: 0.01, grants: 1035, interestRate: 0.05 });
    expect(scenarioLevers(next, RECESSION).years.map((y) => y.interestRate)).toEqual([0.029, 0.05, 0.031, 0.031]);
    expect(next.years).toBe(model.years);
    expect(checkModel(next).ok).toBe(true);
  });

  test('worked example: interest is the year’s rate times the debt at the start of the year, and the debt grows by the extra interest', () => {
    const before = runScenario(model, scenarioAt(model, 0));
    const next = applyLever(model, 0, { kind: 'year', year: 2028, key: 'interestRate', value: 0.05 });
    const after = runScenario(next, scenarioAt(next, 0));
    // 2027 is untouched: its interest is 2,9 % of the opening debt 2 500 = 72,5.
    expect(after.interest[0]).toBeCloseTo(0.029 * 2500, 9);
    expect(after.debt[0]).toBe(before.debt[0]);
    // 2028: 5 % of 2027's closing debt instead of 3 %; the result falls by the difference, so the
    // self-financing does, and the debt at the end of 2028 is that much higher.
    const extra = (0.05 - 0.03) * before.debt[0];
    expect(after.interest[1]).toBeCloseTo(0.05 * before.debt[0], 9);
    expect(after.result[1]).toBeCloseTo(before.result[1] - extra, 9);
    expect(after.debt[1]).toBeCloseTo(before.debt[1] + extra, 9);
  });

  test('the field reads a percentage and refuses what the model file refuses', () => {
    const f = { kind: 'year' as const, year: 2027, key: 'interestRate' as const };
    expect(parseFieldKey(fieldKey(f))).toEqual(f);
    expect(fieldText(scenarioLevers(model, 0), f, sv)).toBe('2,9');
    expect(readField(f, '4,5', sv)).toEqual({ ok: true, edit: { kind: 'year', year: 2027, key: 'interestRate', value: 0.045 } });
    expect(readField(f, '-150', sv)).toEqual({ ok: false, reason: 'range', range: 'interestRate' });
    expect(readField(f, 'hög', sv)).toEqual({ ok: false, reason: 'notANumber' });
  });

  test('a version 1 model has no interest rate: the pane shows none, and the model file would refuse one', () => {
    const v1 = exampleModelV1();
    expect(scenarioLevers(v1, 0).years.every((y) => !('interestRate' in y))).toBe(true);
    expect(scenarioLevers(v1, 1).investmentScale).toBeNull();
    expect(hasInvestments(v1, 1)).toBe(false);
    const refused = checkModel(applyLever(v1, 0, { kind: 'year', year: 2027, key: 'interestRate', value: 0.03 }));
    expect(refused.ok).toBe(false);
  });
});

describe('the investment volume', () => {
  test('a scenario shows 100 % until changed; an edit sets investmentScale in its overrides', () => {
    expect(scenarioLevers(model, 1).investmentScale).toBe(1);
    expect(fieldText(scenarioLevers(model, 1), { kind: 'investmentScale' }, sv)).toBe('100');
    const next = applyLever(model, 1, { kind: 'investmentScale', value: 0.5 });
    expect(next.scenarios[0].overrides).toEqual({ ...model.scenarios[0].overrides, investmentScale: 0.5 });
    expect(scenarioLevers(next, 1).investmentScale).toBe(0.5);
    expect(checkModel(next).ok).toBe(true);
  });

  test('worked example: 50 % halves every spend (2027: 120 + 60 + 90 + 50 + 40 + 25 = 385, so 192,5) and lowers the debt', () => {
    const before = runScenario(model, scenarioAt(model, 1));
    const next = applyLever(model, 1, { kind: 'investmentScale', value: 0.5 });
    const after = runScenario(next, scenarioAt(next, 1));
    expect(before.investment[0]).toBe(385);
    expect(after.investment[0]).toBe(192.5);
    after.investment.forEach((v, t) => expect(v).toBeCloseTo(before.investment[t] / 2, 9));
    // Interest is on the opening debt, so 2027's self-financing is the same and the debt is lower by the half not spent.
    expect(after.debt[0]).toBeCloseTo(before.debt[0] - 192.5, 9);
    after.debt.forEach((d, t) => expect(d).toBeLessThan(before.debt[t]));
  });

  test('the base has none: the model file allows investmentScale only in a scenario', () => {
    expect(() => applyLever(model, 0, { kind: 'investmentScale', value: 0.5 })).toThrow(RangeError);
    expect(hasInvestments(model, 0)).toBe(true);
  });

  test('the field reads a percentage and refuses a negative volume', () => {
    expect(parseFieldKey('investmentScale')).toEqual({ kind: 'investmentScale' });
    expect(readField({ kind: 'investmentScale' }, '80', sv)).toEqual({ ok: true, edit: { kind: 'investmentScale', value: 0.8 } });
    expect(readField({ kind: 'investmentScale' }, '0', sv)).toEqual({ ok: true, edit: { kind: 'investmentScale', value: 0 } });
    expect(readField({ kind: 'investmentScale' }, '-10', sv)).toEqual({ ok: false, reason: 'range', range: 'investmentScale' });
    expect(readField({ kind: 'investmentScale' }, 'halva', sv)).toEqual({ ok: false, reason: 'notANumber' });
  });

  test('property: a larger volume never gives a lower debt in any year (interest rates here are positive)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const debt = (scale: number) => {
          const m = applyLever(model, RECESSION, { kind: 'investmentScale', value: scale });
          return runScenario(m, scenarioAt(m, RECESSION)).debt;
        };
        const low = debt(lo);
        const high = debt(hi);
        return low.every((d, t) => d <= high[t] + 1e-9);
      }),
      { numRuns: 40 },
    );
  });
});
