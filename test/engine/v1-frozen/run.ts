import { resolveScenario } from './resolve';
import { simulate } from './simulate';
import { BASE_SCENARIO_NAME, Model, RunResult, Scenario, ScenarioResult } from './types';

/** The base scenario followed by each of the model's scenarios, in order. */
export function allScenarios(model: Model): Scenario[] {
  return [{ name: BASE_SCENARIO_NAME, overrides: {} }, ...model.scenarios];
}

export function runScenario(model: Model, scenario: Scenario): ScenarioResult {
  return simulate(resolveScenario(model, scenario));
}

/** Runs the base and every scenario of a validated model. */
export function runModel(model: Model): RunResult {
  return { unit: model.unit, scenarios: allScenarios(model).map((s) => runScenario(model, s)) };
}
