/**
 * "Find the required efficiency": runs the solver for one scenario and puts its answer into that
 * scenario as the efficiency requirement of every year, in uplift mode, exactly as the solver
 * applied it (committee-year efficiency values included), so the preview shows what the solver saw.
 */
import { resolveScenario } from '../../engine/resolve';
import { solveEfficiency } from '../../engine/solver';
import { CommitteeYear, Model, Scenario, ScenarioOverrides } from '../../engine/types';
import { scenarioAt } from './levers';

export interface SolveOutcome {
  /** The smallest uniform requirement that meets the target; null when none in [-50 %, 50 %] does. */
  efficiency: number | null;
  /** The model with the answer put in; the same model when there is no answer. */
  model: Model;
  /** The scenario was revenue-driven and is now in uplift mode, which the answer assumes. */
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

export function solveScenario(model: Model, index: number): SolveOutcome {
  const scenario: Scenario = scenarioAt(model, index);
  const { efficiency } = solveEfficiency(model, scenario);
  if (efficiency === null) return { efficiency, model, switchedToUplift: false };
  const switchedToUplift = resolveScenario(model, scenario).frameMode === 'revenue';
  if (index === 0) return { efficiency, model: solvedBase(model, efficiency), switchedToUplift };
  const scenarios = model.scenarios.map((s, i) =>
    i === index - 1 ? { ...s, overrides: solvedOverrides(model, s.overrides, efficiency) } : s,
  );
  return { efficiency, model: { ...model, scenarios }, switchedToUplift };
}
