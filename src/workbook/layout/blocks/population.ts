/**
 * The population forecast on a scenario sheet: one row per age group (the base year and every plan
 * year, each cell pointing at its count in the Befolkning table) and the total. Committees' demography
 * and the per-inhabitant figures point here.
 */
import { INTEGER } from '../formats';
import { f, plusChain } from '../formula';
import { BlockContext, Take } from './context';

export interface PopulationRows {
  section: number;
  /** Row of each age group, by id. */
  group: Map<string, number>;
  total: number;
}

/** The groups shown: the model's age groups, in order. */
function groups(ctx: BlockContext): string[] {
  return (ctx.model.ageGroups ?? []).map((g) => g.id);
}

/** Rows for the block, or undefined when the model has no population forecast. */
export function planPopulation(ctx: BlockContext, take: Take): PopulationRows | undefined {
  if (!ctx.model.population || ctx.model.population.length === 0) return undefined;
  const section = take();
  const group = new Map(groups(ctx).map((g) => [g, take()]));
  return { section, group, total: take() };
}

export function writePopulation(ctx: BlockContext, rows: PopulationRows): void {
  const { b, model, L, H } = ctx;
  const years = [model.baseYear, ...ctx.res.years];
  const count = (year: number, g: string) => (model.population ?? []).filter((p) => p.year === year && p.group === g).reduce((s, p) => s + p.count, 0);
  ctx.section(rows.section, L('populationSection'));
  for (const g of groups(ctx)) {
    const r = rows.group.get(g)!;
    const name = model.ageGroups?.find((x) => x.id === g)?.name ?? g;
    ctx.labelRow(r, `${name} (${g})`);
    years.forEach((year, k) => {
      const refs = ctx.cells.population(year, g);
      b.set(r, ctx.yc(k - 1), refs.length ? f(plusChain(refs), count(year, g)) : 0);
    });
    ctx.format(r, INTEGER);
  }
  ctx.labelRow(rows.total, L('population'));
  const groupRows = [...rows.group.values()];
  years.forEach((year, k) => {
    const t = k - 1;
    const total = groups(ctx).reduce((s, g) => s + count(year, g), 0);
    b.set(rows.total, ctx.yc(t), f(plusChain(groupRows.map((r) => ctx.at(r, t))), t >= 0 ? ctx.res.population[t] ?? total : total));
  });
  ctx.format(rows.total, INTEGER);
  ctx.styleRow(rows.total, 'total');
  void H;
}
