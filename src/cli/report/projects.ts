import { ProjectResult, ScenarioResult } from '../../engine';
import { Block, MISSING, section, Writer } from './section';

/** "2029"; "after the plan" for a cost not paid back within the plan; "–" for a project that never costs. */
function payback(p: ProjectResult, w: Writer): string {
  if (p.paybackYear !== null) return String(p.paybackYear);
  const last = p.cumulative[p.cumulative.length - 1] ?? 0;
  return last > 0 ? w.L.paybackAfterPlan : MISSING;
}

/** Each project of the scenario: its effect per plan year, the total over the plan and its payback year. */
export function renderProjects(r: ScenarioResult, w: Writer): Block | null {
  if (r.projects.length === 0) return null;
  const { L } = w;
  const rows = r.projects.map((p) => [
    // The committee by its id ("VON"), as frame tables are read: its full name would widen every table.
    `${p.name} (${p.committee})`,
    ...p.effect.map(w.amount),
    w.amount(p.cumulative[p.cumulative.length - 1] ?? 0),
    payback(p, w),
  ]);
  return section(L.projectsTitle, rows, [L.projectsNote], [L.projectTotal, L.paybackYear]);
}
