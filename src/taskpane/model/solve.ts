/**
 * The solver for one scenario: the user chooses the lever (the efficiency requirement, or a change of
 * the tax rate) and the goal (the surplus target, the balance requirement, or both), as the CLI's
 * `solve --lever --goal` does. The answer is put into that scenario exactly as the solver applied it,
 * so the preview shows what the solver saw:
 * - the requirement as every year's efficiency, in uplift mode (committee-year efficiency values
 *   included);
 * - the tax change as every plan year's own tax rate (the scenario's rate that year plus the change),
 *   the frame mode kept.
 */
import { resolveScenario } from '../../engine/resolve';
import { solve, SolverGoal, SolverLever } from '../../engine/solver';
import { CommitteeYear, Model, PlanYearOverride, Scenario, ScenarioOverrides } from '../../engine/types';
import { scenarioAt } from './levers';

export interface SolveOutcome {
  lever: SolverLever;
  goal: SolverGoal;
  /** The smallest value of the lever that meets the goal; null when none in the lever's range does. */
  value: number | null;
  /** The requirement, for the efficiency lever (version 1's answer); null otherwise or without an answer. */
  efficiency: number | null;
  /** The model with the answer put in; the same model when there is no answer. */
  model: Model;
  /** The scenario was revenue-driven and is now in uplift mode, which the requirement assumes. */
  switchedToUplift: boolean;
}

function withEfficiency(rows: CommitteeYear[], e: number): CommitteeYear[] {
  return rows.map((r) => (r.efficiency === undefined ? r : { ...r, efficiency: e }));
}

function solvedOverrides(model: Model, o: ScenarioOverrides, e: number): ScenarioOverrides {
  const years = (o.years ?? [])
    .map(({ efficiency: _dropped, ...rest }) => rest)
    .filter((row) => Object.keys(row).length > 1);
  const own = new Map((o.committeeYears ?? []).map((r) => [`${r.committee}\u0000${r.year}`, { ...r }]));
  for (const r of model.committeeYears) {
    if (r.efficiency === undefined) continue;
    const key = `${r.committee}\u0000${r.year}`;
    own.set(key, { ...(own.get(key) ?? { committee: r.committee, year: r.year }), efficiency: e });
  }
  const committeeYears = withEfficiency([...own.values()], e);
  const next: ScenarioOverrides = { ...o, efficiency: e, frameMode: 'uplift' };
  if (years.length) next.years = years;
  else delete next.years;
  if (committeeYears.length) next.committeeYears = committeeYears;
  else delete next.committeeYears;
  if (o.frameMode === undefined && model.frameMode === 'uplift') delete next.frameMode;
  return next;
}

function solvedBase(model: Model, e: number): Model {
  return {
    ...model,
    frameMode: 'uplift',
    years: model.years.map((y) => ({ ...y, efficiency: e })),
    committeeYears: withEfficiency(model.committeeYears, e),
  };
}

function withEfficiencyAnswer(model: Model, index: number, e: number): Model {
  if (index === 0) return solvedBase(model, e);
  const scenarios = model.scenarios.map((s, i) => (i === index - 1 ? { ...s, overrides: solvedOverrides(model, s.overrides, e) } : s));
  return { ...model, scenarios };
}

/** Each plan year's rate as the scenario had it (a year without its own rate has the previous year's), plus x. */
function withTaxAnswer(model: Model, index: number, scenario: Scenario, x: number): Model {
  const resolved = resolveScenario(model, scenario);
  const rate = new Map(resolved.years.map((year, t) => [year, resolved.taxRate[t] + x]));
  if (index === 0) return { ...model, years: model.years.map((y) => ({ ...y, taxRate: rate.get(y.year)! })) };
  const own = new Map((scenario.overrides.years ?? []).map((r) => [r.year, r]));
  const years: PlanYearOverride[] = resolved.years.map((year) => ({ ...(own.get(year) ?? { year }), taxRate: rate.get(year)! }));
  const scenarios = model.scenarios.map((s, i) => (i === index - 1 ? { ...s, overrides: { ...s.overrides, years } } : s));
  return { ...model, scenarios };
}

/** The model with `value` of `lever` put into scenario `index`, as the solver applies it. */
export function applyAnswer(model: Model, index: number, lever: SolverLever, value: number): Model {
  return lever === 'taxRate' ? withTaxAnswer(model, index, scenarioAt(model, index), value) : withEfficiencyAnswer(model, index, value);
}

export function solveScenario(model: Model, index: number, lever: SolverLever = 'efficiency', goal: SolverGoal = 'target'): SolveOutcome {
  const scenario: Scenario = scenarioAt(model, index);
  const { value } = solve(model, scenario, { lever, goal });
  const none: SolveOutcome = { lever, goal, value, efficiency: null, model, switchedToUplift: false };
  if (value === null) return none;
  const answered = applyAnswer(model, index, lever, value);
  if (lever === 'taxRate') return { ...none, model: answered };
  const switchedToUplift = resolveScenario(model, scenario).frameMode === 'revenue';
  return { ...none, efficiency: value, model: answered, switchedToUplift };
}

/**
 * A tax change as the pane's sentence shows it, rounded up to hundredths of a krona so that the figure
 * a council adopts is enough, as the CLI's sentence does: meeting the goal is monotone in the tax rate.
 * Noise below a millionth of a hundredth is ignored (0.23 * 100 is 23.000000000000004).
 */
export function shownTaxChange(value: number): number {
  return Math.ceil(Math.round(value * 100 * 1e6) / 1e6) / 100;
}
