import { Project, ProjectResult, ScenarioOverrides } from './types';

/**
 * Projects (utvecklingsinsatser, effektiviseringsprojekt): named, temporary effects on one committee's
 * frame, + a cost and - a saving, each in its own year only. They are what the rolling target is for:
 * an effort that costs in year 1 and saves in years 2-4.
 */

/**
 * The projects a scenario sees: the model's, with the scenario's rows merged by id. A row's `effects`
 * replaces the project's whole list, and `"effects": []` removes the project from the scenario.
 */
export function scenarioProjects(base: readonly Project[], overrides: ScenarioOverrides): Project[] {
  const byId = new Map(base.map((p) => [p.id, { ...p, effects: p.effects.slice() }]));
  for (const o of overrides.projects ?? []) {
    const merged = { ...(byId.get(o.id) ?? { id: o.id, name: o.id, committee: '', effects: [] }) };
    if (o.name !== undefined) merged.name = o.name;
    if (o.committee !== undefined) merged.committee = o.committee;
    if (o.effects !== undefined) merged.effects = o.effects.slice();
    if (o.effects !== undefined && o.effects.length === 0) byId.delete(o.id);
    else byId.set(o.id, merged);
  }
  return [...byId.values()];
}

/** Each project's effect per plan year (two effects in one year add up). */
export function projectEffects(project: Project, years: readonly number[]): number[] {
  const index = new Map(years.map((y, i) => [y, i]));
  const effect = new Array<number>(years.length).fill(0);
  for (const e of project.effects) {
    const i = index.get(e.year);
    if (i !== undefined) effect[i] += e.amount;
  }
  return effect;
}

/**
 * The payback year (återbetalningsår): the first plan year whose cumulative effect is no longer a cost
 * (<= 0) following a year in which it was one (> 0). A project that never costs, or never pays back
 * within the plan, has none.
 */
export function paybackYear(cumulative: readonly number[], years: readonly number[]): number | null {
  for (let t = 1; t < cumulative.length; t++) {
    if (cumulative[t] <= 0 && cumulative[t - 1] > 0) return years[t];
  }
  return null;
}

export function projectResult(project: Project, years: readonly number[]): ProjectResult {
  const effect = projectEffects(project, years);
  const cumulative: number[] = [];
  let sum = 0;
  for (const e of effect) cumulative.push((sum += e));
  return {
    id: project.id,
    name: project.name,
    committee: project.committee,
    effect,
    cumulative,
    paybackYear: paybackYear(cumulative, years),
  };
}
