/**
 * Levers that reach beyond one year: a tax rate is a level that holds until it is changed, so a
 * new rate carries to the later years that had the old one; an empty tax field means "the same
 * as the year before"; and a year's levers can be copied to every later year in one go.
 */
import { Model } from '../../engine/types';
import { applyLever, scenarioLevers, YearLeverKey } from './levers';

/**
 * Sets year `year`'s tax rate of scenario `index` to `value`, and carries it to the later years
 * that had the same rate as this year before (up to the first year with a rate of its own).
 * `value` undefined takes the previous year's rate (the base year's for the first plan year).
 */
export function applyTaxRate(model: Model, index: number, year: number, value: number | undefined): Model {
  const years = scenarioLevers(model, index).years;
  const at = years.findIndex((y) => y.year === year);
  if (at < 0) return model;
  const rate = value ?? (at === 0 ? model.taxRate : years[at - 1].taxRate);
  const old = years[at].taxRate;
  let next = applyLever(model, index, { kind: 'year', year, key: 'taxRate', value: rate });
  for (let t = at + 1; t < years.length && years[t].taxRate === old; t++) {
    next = applyLever(next, index, { kind: 'year', year: years[t].year, key: 'taxRate', value: rate });
  }
  return next;
}

/** The years after `year` whose levers differ from `year`'s. */
export function laterYearsDiffering(model: Model, index: number, year: number): number[] {
  const years = scenarioLevers(model, index).years;
  const from = years.find((y) => y.year === year);
  if (!from) return [];
  const keys: YearLeverKey[] = ['efficiency', 'compensation', 'taxRate'];
  return years.filter((y) => y.year > year && keys.some((k) => y[k] !== from[k])).map((y) => y.year);
}

/** Copies year `year`'s three levers (requirement, compensation, tax rate) to every later plan year of scenario `index`. */
export function sameForLaterYears(model: Model, index: number, year: number): Model {
  const years = scenarioLevers(model, index).years;
  const from = years.find((y) => y.year === year);
  if (!from) return model;
  let next = model;
  for (const y of years) {
    if (y.year <= year) continue;
    for (const key of ['efficiency', 'compensation', 'taxRate'] as const) {
      if (y[key] !== from[key]) next = applyLever(next, index, { kind: 'year', year: y.year, key, value: from[key] });
    }
  }
  return next;
}
