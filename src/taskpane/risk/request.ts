/**
 * What the Risk card asks the engine: the scenario being edited, at the engine's default runs and
 * seed, so the card's figures are the ones `budgetsim risk` prints for the same model.
 */
import { RISK_DEFAULT_RUNS, RISK_DEFAULT_SEED } from '../../engine/risk';
import { Model } from '../../engine/types';
import { scenarioAt } from '../model/levers';

export interface RiskRequest {
  model: Model;
  runs: number;
  seed: number;
  /** The one scenario analysed, by its engine name ("Base" for the base). */
  scenario: string;
}

export function riskRequest(model: Model, index: number): RiskRequest {
  return { model, runs: RISK_DEFAULT_RUNS, seed: RISK_DEFAULT_SEED, scenario: scenarioAt(model, index).name };
}

/** Equal keys ask for the same numbers: a redraw that changed nothing starts no new analysis. */
export function requestKey(r: RiskRequest): string {
  return JSON.stringify([r.runs, r.seed, r.scenario, r.model]);
}
