import { ResolvedScenario } from '../resolve';
import { UncertaintyInput } from '../types';

/**
 * A resolved scenario with its uncertain inputs moved by one run's shocks, applied to the scenario's own
 * values (after its overrides), so that every scenario meets the same draws (common random numbers):
 *
 *     value + sd * z(y)           taxBaseGrowth, wageIndex, priceIndex, interestRate
 *     value * (1 + sd * z(y))     grants
 *     deviation + sd * z(y)       every committee's deviation, one common draw per year
 *
 * Only the arrays that change are copied; the scenario itself is never modified.
 */
export function perturbed(s: ResolvedScenario, inputs: readonly UncertaintyInput[], shocks: readonly number[][]): ResolvedScenario {
  const out: ResolvedScenario = { ...s };
  for (let k = 0; k < inputs.length; k++) {
    const z = shocks[k];
    const sd = inputs[k].sd;
    switch (inputs[k].input) {
      case 'taxBaseGrowth':
        out.taxBaseGrowth = shifted(out.taxBaseGrowth, sd, z);
        break;
      case 'wageIndex':
        out.wageIndex = shifted(out.wageIndex, sd, z);
        break;
      case 'priceIndex':
        out.priceIndex = shifted(out.priceIndex, sd, z);
        break;
      case 'interestRate':
        out.interestRate = shifted(out.interestRate, sd, z);
        break;
      case 'grants': {
        const g = out.grants.slice();
        for (let t = 0; t < g.length; t++) g[t] = g[t] * (1 + sd * z[t]);
        out.grants = g;
        break;
      }
      case 'deviation':
        out.committees = out.committees.map((c) => ({ ...c, deviation: shifted(c.deviation, sd, z) }));
        break;
    }
  }
  return out;
}

/** value + sd * z(y), year by year, as a new array. */
function shifted(values: readonly number[], sd: number, z: readonly number[]): number[] {
  const out = values.slice();
  for (let t = 0; t < out.length; t++) out[t] = out[t] + sd * z[t];
  return out;
}
