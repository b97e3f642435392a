/**
 * The scenario's projects: per project its effect on its committee's frame each year (+ cost,
 * − saving), the cumulative effect, and the payback year, the first year whose cumulative effect is no
 * longer a cost after having been one. The committees' project-effect rows add up the effect rows.
 */
import { ProjectOverride } from '../../../engine/types';
import { range } from '../../a1';
import { YEAR } from '../formats';
import { f, plusChain } from '../formula';
import { BlockContext, Take } from './context';

export interface ProjectRows {
  section: number;
  projects: { id: string; committee: string; header: number; effect: number; cumulative: number; payback: number }[];
}

export function planProjects(ctx: BlockContext, take: Take): ProjectRows | undefined {
  if (ctx.rs.projects.length === 0) return undefined;
  const section = take();
  const projects = ctx.rs.projects.map((p) => ({ id: p.id, committee: p.committee, header: take(), effect: take(), cumulative: take(), payback: take() }));
  return { section, projects };
}

export function writeProjects(ctx: BlockContext, rows: ProjectRows): void {
  const { b, L, H, res, cells, S } = ctx;
  ctx.section(rows.section, L('projectsSection'));
  const overrides: ProjectOverride[] = S ? ctx.scenario.overrides.projects ?? [] : [];
  rows.projects.forEach((pr, i) => {
    const p = ctx.rs.projects[i];
    const result = res.projects[i];
    ctx.labelRow(pr.header, `${p.id} – ${p.name} (${p.committee})`);
    ctx.styleRow(pr.header, 'committee');
    ctx.labelRow(pr.effect, L('projectEffectRow'));
    ctx.labelRow(pr.cumulative, L('projectCumulative'));
    ctx.labelRow(pr.payback, L('paybackYear'));
    // A scenario row with effects replaces the project's whole list.
    const own = overrides.find((o) => o.id === p.id && o.effects !== undefined);
    for (let t = 0; t < H; t++) {
      const year = res.years[t];
      const refs = own ? cells.all('bsScenarioProjectEffects', [S!, p.id, year], 'amount') : cells.all('bsProjectEffects', [p.id, year], 'amount');
      b.set(pr.effect, ctx.yc(t), refs.length ? f(plusChain(refs), result.effect[t]) : 0);
      b.set(pr.cumulative, ctx.yc(t), f(t === 0 ? ctx.at(pr.effect, 0) : `${ctx.at(pr.cumulative, t - 1)}+${ctx.at(pr.effect, t)}`, result.cumulative[t]));
    }
    // The first year t >= 1 with cumulative(t) <= 0 after cumulative(t-1) > 0; blank when there is none.
    let payback = '""';
    for (let t = H - 1; t >= 1; t--) {
      payback = `IF(AND(${ctx.at(pr.cumulative, t)}<=0,${ctx.at(pr.cumulative, t - 1)}>0),${ctx.yearCell(t)},${payback})`;
    }
    b.set(pr.payback, ctx.yc(0), f(payback, result.paybackYear));
    b.format(range(pr.payback, ctx.yc(0)), YEAR);
  });
}
