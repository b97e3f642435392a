import { exampleModel } from '../../src/examples';
import { checkModel } from '../../src/taskpane/model/checked';
import { applyTaxRate, laterYearsDiffering, sameForLaterYears } from '../../src/taskpane/model/later-years';
import { applyLever, scenarioLevers } from '../../src/taskpane/model/levers';

const rates = (m: ReturnType<typeof exampleModel>, i: number) => scenarioLevers(m, i).years.map((y) => y.taxRate);

describe('a tax rate is a level that holds until changed', () => {
  const model = exampleModel();

  test('a new rate in 2028 carries to 2029 and 2030, which had the same rate', () => {
    expect(rates(model, 1)).toEqual([21.45, 21.45, 21.45, 21.45]);
    const next = applyTaxRate(model, 1, 2028, 22);
    expect(rates(next, 1)).toEqual([21.45, 22, 22, 22]);
    expect(checkModel(next).ok).toBe(true);
  });

  test('it stops at the first later year with a rate of its own', () => {
    let next = applyTaxRate(model, 1, 2028, 22);
    next = applyTaxRate(next, 1, 2029, 23);
    expect(rates(next, 1)).toEqual([21.45, 22, 23, 23]);
    next = applyTaxRate(next, 1, 2028, 21);
    // 2029 had 23, not 2028's old 22: it keeps 23.
    expect(rates(next, 1)).toEqual([21.45, 21, 23, 23]);
  });

  test('an empty rate is the year before’s, and carries likewise', () => {
    let next = applyTaxRate(model, 1, 2028, 22);
    next = applyTaxRate(next, 1, 2029, 23);
    next = applyTaxRate(next, 1, 2029, undefined);
    expect(rates(next, 1)).toEqual([21.45, 22, 22, 22]);
    // The first plan year's "year before" is the base year: the model's own rate.
    const first = applyTaxRate({ ...model, taxRate: 21 }, 0, 2027, undefined);
    expect(rates(first, 0)[0]).toBe(21);
  });

  test('the base’s own year rows carry the same way', () => {
    expect(rates(applyTaxRate(model, 0, 2029, 20.5), 0)).toEqual([21.45, 21.45, 20.5, 20.5]);
  });
});

describe('"same values for later years"', () => {
  test('copies the year’s requirement, compensation and tax rate to every later year and no earlier one', () => {
    const model = exampleModel();
    // 2028 of the first scenario gets its own three levers; 2027, 2029 and 2030 keep the scenario's.
    let m = applyLever(model, 1, { kind: 'year', year: 2028, key: 'efficiency', value: 0.02 });
    m = applyLever(m, 1, { kind: 'year', year: 2028, key: 'compensation', value: 0.4 });
    m = applyLever(m, 1, { kind: 'year', year: 2028, key: 'taxRate', value: 22 });
    expect(laterYearsDiffering(m, 1, 2028)).toEqual([2029, 2030]);
    const before = scenarioLevers(m, 1).years;
    const y2028 = before.find((y) => y.year === 2028)!;
    const next = sameForLaterYears(m, 1, 2028);
    const after = scenarioLevers(next, 1).years;
    expect(after[0]).toEqual(before[0]);
    for (const y of after.slice(1)) expect({ e: y.efficiency, k: y.compensation, r: y.taxRate }).toEqual({ e: y2028.efficiency, k: y2028.compensation, r: y2028.taxRate });
    expect(laterYearsDiffering(next, 1, 2028)).toEqual([]);
    expect(checkModel(next).ok).toBe(true);
  });
});
