/**
 * Random valid model files (as JSON objects) with optional keys present or absent, for properties
 * of the model-file module. Revenue stays positive: tax rate 15..25 and grants >= 0.
 */
import fc from 'fast-check';

const real = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');

const carryOver = fc.record(
  {
    surplusShare: real(0, 1),
    deficitShare: real(0, 1),
    surplusCap: fc.option(real(0, 1), { nil: null }),
    deficitCap: fc.option(real(0, 1), { nil: null }),
    repaymentYears: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: [] },
);

const yearValues = {
  taxBaseGrowth: real(-0.05, 0.1),
  taxRate: real(15, 25),
  grants: real(0, 1000),
  wageIndex: real(-0.01, 0.06),
  priceIndex: real(-0.01, 0.06),
  financialNet: real(-50, 50),
  centralCosts: real(-10, 100),
  efficiency: real(-0.02, 0.05),
  compensation: real(0, 1),
};

const planYearRow = (year: number) =>
  fc.record(
    { year: fc.constant(year), ...yearValues },
    {
      requiredKeys: ['year', 'taxBaseGrowth', 'grants', 'wageIndex', 'priceIndex', 'financialNet', 'centralCosts', 'efficiency', 'compensation'],
    },
  );

const committee = (id: string) =>
  fc.record(
    { id: fc.constant(id), name: text, frame: real(1, 1000), labourShare: real(0, 1), openingCarryIn: real(-10, 10), carryOver },
    { requiredKeys: ['id', 'name', 'frame', 'labourShare'] },
  );

const committeeYears = (ids: string[], plan: number[]) =>
  fc.uniqueArray(
    fc.record(
      {
        committee: fc.constantFrom(...ids),
        year: fc.constantFrom(...plan),
        efficiency: real(-0.05, 0.05),
        compensation: real(0, 1),
        demography: real(-0.02, 0.04),
        initiative: real(-20, 20),
        deviation: real(-0.1, 0.1),
      },
      { requiredKeys: ['committee', 'year'] },
    ),
    { selector: (r) => `${r.committee}\u0000${r.year}`, maxLength: 6 },
  );

const overrides = (ids: string[], plan: number[]) =>
  fc.record(
    {
      target: real(-0.05, 0.1),
      frameMode: fc.constantFrom('uplift', 'revenue'),
      windowBack: fc.integer({ min: 0, max: 4 }),
      windowForward: fc.integer({ min: 1, max: 4 }),
      measure: fc.constantFrom('ratioOfSums', 'meanOfRatios'),
      carryOver,
      efficiency: real(-0.05, 0.05),
      compensation: real(0, 1),
      years: fc.uniqueArray(
        fc.record({ year: fc.constantFrom(...plan), ...yearValues }, { requiredKeys: ['year'] }),
        { selector: (r) => r.year, maxLength: plan.length },
      ),
      committeeYears: committeeYears(ids, plan),
    },
    { requiredKeys: [] },
  );

const scenarioName = (name: string) => name.trim().toLocaleLowerCase('sv');

export function arbModelFile(): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({ baseYear: fc.integer({ min: 2000, max: 2050 }), horizon: fc.integer({ min: 1, max: 5 }), committees: fc.integer({ min: 1, max: 4 }) })
    .chain(({ baseYear, horizon, committees }) => {
      const plan = Array.from({ length: horizon }, (_, i) => baseYear + 1 + i);
      const ids = Array.from({ length: committees }, (_, i) => `N${i + 1}`);
      return fc.record(
        {
          schemaVersion: fc.constant(1),
          name: text,
          unit: fc.constantFrom('kr', 'tkr', 'mnkr'),
          language: fc.constantFrom('sv', 'en'),
          baseYear: fc.constant(baseYear),
          horizon: fc.constant(horizon),
          taxBase: real(1000, 100000),
          taxRate: real(15, 25),
          target: real(-0.05, 0.1),
          windowBack: fc.integer({ min: 0, max: 4 }),
          windowForward: fc.integer({ min: 1, max: 4 }),
          measure: fc.constantFrom('ratioOfSums', 'meanOfRatios'),
          frameMode: fc.constantFrom('uplift', 'revenue'),
          carryOver,
          history: fc.uniqueArray(
            fc.record({ year: fc.integer({ min: baseYear - 6, max: baseYear }), revenue: real(1, 5000), result: real(-100, 100) }),
            { selector: (r) => r.year, maxLength: 4 },
          ),
          years: fc.tuple(...plan.map(planYearRow)),
          committees: fc.tuple(...ids.map(committee)),
          committeeYears: committeeYears(ids, plan),
          scenarios: fc.uniqueArray(
            fc.record(
              { name: text.filter((s) => scenarioName(s) !== 'base' && scenarioName(s) !== 'bas'), overrides: overrides(ids, plan) },
              { requiredKeys: ['name'] },
            ),
            { selector: (s) => scenarioName(s.name), maxLength: 3 },
          ),
        },
        { requiredKeys: ['schemaVersion', 'name', 'unit', 'baseYear', 'horizon', 'taxBase', 'taxRate', 'target', 'years', 'committees'] },
      );
    });
}
