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

// ---- Version 2 ----

const UNCERTAIN = ['taxBaseGrowth', 'wageIndex', 'priceIndex', 'grants', 'interestRate', 'deviation'];

/** A value, its null (= absent) or nothing: optional keys in all three forms. */
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });

/**
 * A rate as a number or as percent text the way the file's language writes it ("3,1 %" in Swedish,
 * "3.1 %" in English), which the parser reads as the same fraction.
 */
const rateIn = (language: unknown) => (min: number, max: number) =>
  fc.oneof(
    real(min, max),
    fc
      .integer({ min: Math.ceil(min * 1000), max: Math.floor(max * 1000) })
      .map((n) => `${language === 'en' ? String(n / 10) : String(n / 10).replace('.', ',')} %`),
  );

const yearAmounts = (plan: number[], amount: fc.Arbitrary<number>) => fc.array(fc.record({ year: fc.constantFrom(...plan), amount }), { maxLength: 3 });

const v2YearValues = (rate: ReturnType<typeof rateIn>) => ({
  interestRate: orNull(rate(-0.01, 0.06)),
  depreciation: orNull(real(0, 50)),
  balanceAdjustments: orNull(real(-20, 20)),
});

const arbReserve = (rate: ReturnType<typeof rateIn>) =>
  fc.record(
    { openingBalance: real(0, 100), threshold: rate(0, 0.05), cap: fc.option(rate(0, 0.1), { nil: null }), deposit: real(0, 1), withdraw: fc.boolean() },
    { requiredKeys: [] },
  );

/**
 * Random valid version 2 model files: arbModelFile's files said as version 2, with the version 2 keys
 * present, null or absent: year-row keys, investments, projects, age groups with a complete population
 * and weights on some committees (the first weight above 0, every count above 0), cost per FTE, a reserve,
 * opening restorations, an uncertainty block, and scenario overrides of the new keys (rows for known ids,
 * partial or removing, and complete new ones).
 */
export function arbModelFileV2(): fc.Arbitrary<Record<string, unknown>> {
  return arbModelFile().chain((base) => {
    const file = base as Record<string, any>;
    const baseYear: number = file.baseYear;
    const plan: number[] = file.years.map((y: { year: number }) => y.year);
    const ids: string[] = file.committees.map((c: { id: string }) => c.id);
    const rate = rateIn(file.language);
    const reserve = arbReserve(rate);
    const investments = fc.integer({ min: 0, max: 3 }).chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record(
            { id: fc.constant(`I${i}`), name: text, committee: fc.constantFrom(...ids), life: fc.integer({ min: 1, max: 60 }), spend: yearAmounts(plan, real(0, 100)) },
            { requiredKeys: ['id', 'name', 'life', 'spend'] },
          ),
        ),
      ),
    );
    const projects = fc.integer({ min: 0, max: 3 }).chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({ id: fc.constant(`P${i}`), name: text, committee: fc.constantFrom(...ids), effects: yearAmounts(plan, real(-10, 10)) }),
        ),
      ),
    );
    const groups = fc.integer({ min: 0, max: 3 }).map((n) => Array.from({ length: n }, (_, i) => ({ id: `G${i}`, name: `Grupp ${i}` })));
    return fc
      .record({
        investments,
        projects,
        groups,
        counts: fc.array(real(1, 10000), { minLength: 3 * (plan.length + 1), maxLength: 3 * (plan.length + 1) }),
        weights: fc.array(fc.tuple(fc.boolean(), real(0.1, 5), real(0, 5), real(0, 5)), { minLength: ids.length, maxLength: ids.length }),
        costPerFte: fc.array(fc.option(real(0.1, 2), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }),
        yearValues: fc.array(fc.record(v2YearValues(rate), { requiredKeys: [] }), { minLength: plan.length, maxLength: plan.length }),
        top: fc.record(
          {
            debt: orNull(real(-1000, 5000)),
            reserve: orNull(reserve),
            openingRestoration: fc.array(fc.record({ year: fc.integer({ min: baseYear - 5, max: baseYear }), amount: real(0.01, 50) }), { maxLength: 2 }),
            uncertainty: fc
              .subarray(UNCERTAIN)
              .chain((inputs) =>
                fc.tuple(...inputs.map((input) => fc.record({ input: fc.constant(input), sd: rate(0, 0.03), persistence: real(0, 0.99) }, { requiredKeys: ['input', 'sd'] }))),
              )
              .map((inputs) => ({ inputs })),
          },
          { requiredKeys: [] },
        ),
      })
      .chain((r) => {
        const scenarios: Record<string, any>[] = file.scenarios ?? [];
        const known = { projects: r.projects.map((p) => p.id), investments: r.investments.map((i) => i.id) };
        const overrides = fc.record(
          {
            reserve,
            projects: fc
              .tuple(
                fc.subarray(known.projects).chain((ps) => fc.tuple(...ps.map((id) => fc.oneof(fc.constant({ id, effects: [] }), fc.record({ id: fc.constant(id), committee: fc.constantFrom(...ids) }))))),
                fc.option(fc.record({ id: fc.constant('NEWP'), name: text, committee: fc.constantFrom(...ids), effects: yearAmounts(plan, real(-5, 5)) }), { nil: undefined }),
              )
              .map(([rows, added]) => [...rows, ...(added ? [added] : [])]),
            investments: fc
              .tuple(
                fc.subarray(known.investments).chain((is) => fc.tuple(...is.map((id) => fc.oneof(fc.constant({ id, spend: [] }), fc.record({ id: fc.constant(id), life: fc.integer({ min: 1, max: 40 }) }))))),
                fc.option(fc.record({ id: fc.constant('NEWI'), name: text, life: fc.integer({ min: 1, max: 40 }), spend: yearAmounts(plan, real(0, 50)) }), { nil: undefined }),
              )
              .map(([rows, added]) => [...rows, ...(added ? [added] : [])]),
            investmentScale: rate(0, 2),
            debt: real(-1000, 5000),
          },
          { requiredKeys: [] },
        );
        return fc.tuple(...scenarios.map(() => overrides)).map((extra) => ({ r, extra }));
      })
      .map(({ r, extra }) => {
        const out: Record<string, any> = structuredClone(file);
        out.schemaVersion = 2;
        out.years = out.years.map((y: object, t: number) => ({ ...y, ...r.yearValues[t] }));
        const populationYears = [baseYear, ...plan];
        out.committees = out.committees.map((c: object, i: number) => {
          const [weighted, first, second, third] = r.weights[i];
          const weights = [first, second, third].slice(0, r.groups.length).map((weight, k) => ({ group: r.groups[k].id, weight }));
          return {
            ...c,
            ...(weighted && weights.length > 0 && { demographyWeights: weights }),
            ...(r.costPerFte[i] !== undefined && { costPerFte: r.costPerFte[i] }),
          };
        });
        if (r.investments.length > 0) out.investments = r.investments;
        if (r.projects.length > 0) out.projects = r.projects;
        if (r.groups.length > 0) {
          out.ageGroups = r.groups;
          out.population = populationYears.flatMap((year, t) => r.groups.map((g, k) => ({ year, group: g.id, count: r.counts[t * 3 + k] })));
        }
        Object.assign(out, r.top);
        (out.scenarios ?? []).forEach((s: Record<string, any>, i: number) => {
          s.overrides = { ...(s.overrides ?? {}), ...extra[i] };
        });
        return out;
      });
  });
}
