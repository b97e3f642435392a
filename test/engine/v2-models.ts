/**
 * Random valid version 2 models for the engine's property tests: a version 1 model from arbModel with
 * an investment plan, projects, a population forecast with demography weights, costPerFte, a reserve
 * policy, opening restorations and version 2 scenario overrides added, every value inside the ranges
 * the model definition accepts.
 */
import fc from 'fast-check';
import { Investment, Model, PopulationRow, Project, ReserveRule, ScenarioOverrides } from '../../src/engine';
import { arbModel, ModelArbitraryOptions } from '../support/arbitraries';

const STEPS = 1_000_000;
const real = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: STEPS }).map((i) => (i === STEPS ? max : min + ((max - min) * i) / STEPS) + 0);

export interface V2Options extends ModelArbitraryOptions {
  /** No projects anywhere. */
  zeroProjects?: boolean;
}

export function arbModelV2(options: V2Options = {}): fc.Arbitrary<Model> {
  return arbModel(options).chain((m) => {
    const plan = m.years.map((y) => y.year);
    const revenue0 = (m.taxBase * m.taxRate) / 100;
    const committeeIds = m.committees.map((c) => c.id);
    const groups = ['g1', 'g2', 'g3'];
    const spend = fc.array(
      fc.record({ year: fc.constantFrom(...plan), amount: real(0, 0.1 * revenue0) }),
      { minLength: 0, maxLength: 3 },
    );
    const investment = (i: number): fc.Arbitrary<Investment> =>
      fc
        .record({ life: fc.integer({ min: 1, max: 50 }), spend, committee: fc.option(fc.constantFrom(...committeeIds), { nil: undefined }) })
        .map((v) => {
          const out: Investment = { id: `I${i}`, name: `Investering ${i}`, life: v.life, spend: v.spend };
          if (v.committee !== undefined) out.committee = v.committee;
          return out;
        });
    const effects = fc.array(fc.record({ year: fc.constantFrom(...plan), amount: real(-0.01 * revenue0, 0.01 * revenue0) }), {
      minLength: 1,
      maxLength: 4,
    });
    const project = (i: number): fc.Arbitrary<Project> =>
      fc.record({ committee: fc.constantFrom(...committeeIds), effects }).map((p) => ({ id: `P${i}`, name: `Projekt ${i}`, ...p }));
    const populationYears = [m.baseYear, ...plan];
    const population: fc.Arbitrary<PopulationRow[]> = fc
      .tuple(...populationYears.flatMap((year) => groups.map((group) => real(100, 10_000).map((count) => ({ year, group, count })))))
      .map((rows) => [...rows]);
    const reserve: fc.Arbitrary<Partial<ReserveRule>> = fc.record(
      {
        openingBalance: real(0, 0.05 * revenue0),
        threshold: real(0, 0.03),
        cap: fc.option(real(0, 0.1), { nil: null }),
        deposit: real(0, 1),
        withdraw: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const yearExtras = fc.tuple(
      ...m.years.map(() =>
        fc.record(
          { interestRate: real(0, 0.06), depreciation: real(0, 0.05 * revenue0), balanceAdjustments: real(-0.01 * revenue0, 0.01 * revenue0) },
          { requiredKeys: [] },
        ),
      ),
    );
    const committeeExtras = fc.tuple(
      ...m.committees.map(() =>
        fc.record(
          {
            weights: fc.option(fc.tuple(real(0.1, 10), real(0, 10), real(0, 10)), { nil: undefined }),
            costPerFte: fc.option(real(0.0002, 0.002).map((x) => x * revenue0), { nil: undefined }),
          },
        ),
      ),
    );
    const openingRestoration = fc.array(
      fc.record({ year: fc.integer({ min: m.baseYear - 4, max: m.baseYear }), amount: real(0.0001 * revenue0, 0.02 * revenue0) }),
      { maxLength: 2 },
    );
    return fc
      .record({
        debt: real(-0.5 * revenue0, 1.5 * revenue0),
        investments: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => investment(i + 1)))),
        projects: options.zeroProjects
          ? fc.constant([] as Project[])
          : fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => project(i + 1)))),
        population: fc.option(population, { nil: undefined }),
        reserve: fc.option(reserve, { nil: undefined }),
        yearExtras,
        committeeExtras,
        openingRestoration,
        scenarioExtras: fc.tuple(
          ...m.scenarios.map(() =>
            fc.record(
              {
                investmentScale: real(0, 2),
                debt: real(-0.5 * revenue0, 1.5 * revenue0),
                reserve,
              },
              { requiredKeys: [] },
            ),
          ),
        ),
      })
      .map((x): Model => {
        const withPopulation = x.population !== undefined;
        return {
          ...m,
          schemaVersion: 2,
          debt: x.debt,
          investments: [...x.investments],
          projects: [...x.projects],
          ...(withPopulation ? { ageGroups: groups.map((id) => ({ id, name: id })), population: x.population } : {}),
          ...(x.reserve !== undefined ? { reserve: x.reserve } : {}),
          openingRestoration: x.openingRestoration,
          years: m.years.map((y, t) => ({ ...y, ...x.yearExtras[t] })),
          committees: m.committees.map((c, i) => {
            const e = x.committeeExtras[i];
            const out = { ...c };
            if (withPopulation && e.weights) out.demographyWeights = groups.map((group, g) => ({ group, weight: e.weights![g] }));
            if (e.costPerFte !== undefined) out.costPerFte = e.costPerFte;
            return out;
          }),
          scenarios: m.scenarios.map((s, i) => ({
            ...s,
            overrides: { ...s.overrides, ...(x.scenarioExtras[i] as ScenarioOverrides) },
          })),
        };
      });
  });
}
