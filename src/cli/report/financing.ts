import { Model, ScenarioResult } from '../../engine';
import { allZero, Block, section, Writer } from './section';

/**
 * The financing table has nothing to say for a model without investments, existing depreciation,
 * interest or opening debt (a version 1 model): its debt would only repeat the accumulated results.
 */
export function financingIsNeutral(model: Model, r: ScenarioResult): boolean {
  return (
    allZero(r.investment) &&
    allZero(r.newDepreciation) &&
    allZero(r.depreciation) &&
    allZero(r.interest) &&
    (model.debt ?? 0) === 0 &&
    r.population.every((p) => p === null)
  );
}

/** Investment, new and existing depreciation, interest, result, self-financing with its ratio, and debt per plan year; per inhabitant where a population exists. */
export function renderFinancing(model: Model, r: ScenarioResult, w: Writer): Block | null {
  if (financingIsNeutral(model, r)) return null;
  const { L } = w;
  const rows: string[][] = [
    [L.investment, ...r.investment.map(w.amount)],
    [L.newDepreciation, ...r.newDepreciation.map(w.amount)],
    [L.existingDepreciation, ...r.depreciation.map(w.amount)],
    [L.interest, ...r.interest.map(w.amount)],
    [L.result, ...r.result.map(w.amount)],
    // The amount behind the ratio, so the ratio can be checked by hand: result + both depreciations.
    [L.selfFinancing, ...r.selfFinancing.map(w.amount)],
    [L.selfFinancingRatio, ...r.selfFinancingRatio.map(w.percent)],
    [L.debt, ...r.debt.map(w.amount)],
  ];
  if (r.population.some((p) => p !== null)) {
    rows.push(
      [L.population, ...r.population.map(w.kronor)],
      [L.netCostPerInhabitant, ...r.netCostPerInhabitant.map(w.kronor)],
      [L.debtPerInhabitant, ...r.debtPerInhabitant.map(w.kronor)],
    );
  }
  return section(L.financingTitle, rows, [L.financingNote]);
}

/** The plan period's self-financing ratio: sum of self-financing over sum of investment; null without investment. */
export function planSelfFinancingRatio(r: ScenarioResult): number | null {
  let invested = 0;
  let financed = 0;
  for (let t = 0; t < r.years.length; t++) {
    invested += r.investment[t];
    financed += r.selfFinancing[t];
  }
  return invested === 0 ? null : financed / invested;
}
