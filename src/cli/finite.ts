/**
 * A model whose figures cannot be computed: a value so large (a tax base of 1e308) that the
 * arithmetic overflows to Infinity, or a division that gives NaN. JSON would print those as null
 * and a workbook would hold nonsense, so such a model is refused, naming the first figure that went
 * wrong in each scenario.
 */
import { allScenarios, Model, RunResult, ScenarioResult } from '../engine';
import { Problem } from '../model-file';

/** The scenario's plain number series (the version 1 ones; every later figure is derived from them). */
type Series = { [K in keyof ScenarioResult]: ScenarioResult[K] extends number[] ? K : never }[keyof ScenarioResult];

/** The scenario's series in the order the engine computes them, with their names in both languages. */
const SERIES: [Series, string, string][] = [
  ['taxBase', 'the tax base', 'skatteunderlaget'],
  ['taxRate', 'the tax rate', 'skattesatsen'],
  ['taxRevenue', 'the tax revenue', 'skatteintäkterna'],
  ['grants', 'the grants', 'statsbidragen'],
  ['revenue', 'the revenue', 'intäkterna'],
  ['financialNet', 'the financial net', 'finansnettot'],
  ['centralCosts', 'the central costs', 'de centrala kostnaderna'],
  ['netCost', 'the net cost', 'nettokostnaden'],
  ['result', 'the result', 'resultatet'],
  ['resultShare', 'the result share', 'resultatandelen'],
  ['rollingShare', 'the rolling result share', 'den rullande resultatandelen'],
  ['room', 'the room', 'utrymmet'],
  ['interest', 'the interest', 'räntan'],
  ['debt', 'the net debt', 'nettoskulden'],
  ['balanceResult', 'the balance result', 'balanskravsresultatet'],
];

const COMMITTEE_SERIES: Record<string, [string, string]> = {
  frame: ['frame', 'ramen'],
  carryIn: ['carry-in', 'den ingående överföringen'],
  allowance: ['allowance', 'den tillåtna kostnaden'],
  netCost: ['net cost', 'nettokostnaden'],
  outcome: ['outcome', 'utfallet'],
  impliedEfficiency: ['efficiency demand', 'effektiviseringskravet'],
};

interface Bad {
  year: number;
  en: string;
  sv: string;
  value: number;
}

/** The first figure that is not a finite number: the earliest year, then the engine's order. */
function firstBad(r: ScenarioResult): Bad | undefined {
  for (let t = 0; t < r.years.length; t++) {
    for (const [key, en, sv] of SERIES) {
      const v = r[key][t];
      if (!Number.isFinite(v)) return { year: r.years[t], en, sv, value: v };
    }
    for (const c of r.committees) {
      for (const [key, value] of Object.entries(c)) {
        if (!Array.isArray(value)) continue;
        const v = value[t];
        if (typeof v !== 'number' || Number.isFinite(v)) continue;
        const [en, sv] = COMMITTEE_SERIES[key] ?? [key, key];
        return { year: r.years[t], en: `the ${en} of committee ${JSON.stringify(c.id)}`, sv: `${sv} för nämnden ${JSON.stringify(c.id)}`, value: v };
      }
    }
  }
  for (const c of r.committees) {
    if (!Number.isFinite(c.outstanding)) {
      const year = r.years[r.years.length - 1];
      return { year, en: `the carry outstanding after the horizon of committee ${JSON.stringify(c.id)}`, sv: `överföringen efter planperioden för nämnden ${JSON.stringify(c.id)}`, value: c.outstanding };
    }
  }
  return undefined;
}

function problem(path: string, where: { en: string; sv: string }, bad: Bad): Problem {
  const nan = Number.isNaN(bad.value);
  return {
    path,
    code: 'range',
    message: nan
      ? `${where.en}, ${bad.en} of ${bad.year} cannot be computed (it is not a number: a division by zero, or an earlier figure too large); check the inputs for a value out of proportion`
      : `${where.en}, ${bad.en} of ${bad.year} is too large to compute (beyond ±1.8e308); check the inputs for a value out of proportion, such as the tax base or a growth rate`,
    messages: {
      sv: nan
        ? `${where.sv} går ${bad.sv} ${bad.year} inte att räkna ut (det blir inget tal: en division med noll, eller ett tidigare belopp som är för stort); se efter om något värde i modellen är orimligt`
        : `${where.sv} går ${bad.sv} ${bad.year} inte att räkna ut: beloppet blir för stort (över ±1,8e308); se efter om något värde i modellen är orimligt, till exempel skatteunderlaget eller en ökningstakt`,
    },
  };
}

/**
 * One problem per scenario whose figures are not all finite: the base at "$", a scenario at its
 * place, blamed only when its base is fine (otherwise the base's problem says it all).
 */
export function nonFiniteProblems(model: Model, run: RunResult): Problem[] {
  const scenarios = allScenarios(model);
  const problems: Problem[] = [];
  const base = firstBad(run.scenarios[0]);
  if (base) return [problem('$', { en: 'in the base scenario', sv: 'i basscenariot' }, base)];
  run.scenarios.forEach((r, i) => {
    if (i === 0) return;
    const bad = firstBad(r);
    const name = JSON.stringify(scenarios[i].name);
    if (bad) problems.push(problem(`$.scenarios[${i - 1}]`, { en: `in scenario ${name}`, sv: `i scenariot ${name}` }, bad));
  });
  return problems;
}
