/** The engine's risk analysis for a request: the same call in the worker and on the main thread. */
import { analyseRisk, RiskResult } from '../../engine/risk';
import { RiskRequest } from './request';

export function analyse(r: RiskRequest): RiskResult {
  return analyseRisk(r.model, { runs: r.runs, seed: r.seed, scenarios: [r.scenario] });
}
