/**
 * A figure per inhabitant, in kr whatever the model's unit (kr = 1, tkr = 1 000, mnkr = 1 000 000);
 * null without a population, or in a year whose population is 0.
 */
export function perInhabitant(amount: readonly number[], population: readonly (number | null)[], unitFactor: number): (number | null)[] {
  return amount.map((a, t) => {
    const p = population[t];
    return p === null || p === 0 ? null : (a * unitFactor) / p;
  });
}
