/**
 * Two scenarios side by side: per year the difference in result, rolling share and the committees'
 * frames in total, and per committee the difference in frame; always "A minus B".
 */
import { runScenario } from '../../engine/run';
import { Model } from '../../engine/types';
import { scenarioAt } from './levers';

export interface YearDifference {
  year: number;
  result: number;
  rollingShare: number;
  frames: number;
}

export interface CommitteeDifference {
  id: string;
  name: string;
  /** Per year, A's frame minus B's. */
  frame: number[];
}

export interface Comparison {
  years: YearDifference[];
  committees: CommitteeDifference[];
}

export function compareScenarios(model: Model, a: number, b: number): Comparison {
  const ra = runScenario(model, scenarioAt(model, a));
  const rb = runScenario(model, scenarioAt(model, b));
  const frames = (r: typeof ra, t: number) => r.committees.reduce((sum, c) => sum + c.frame[t], 0);
  return {
    years: ra.years.map((year, t) => ({
      year,
      result: ra.result[t] - rb.result[t],
      rollingShare: ra.rollingShare[t] - rb.rollingShare[t],
      frames: frames(ra, t) - frames(rb, t),
    })),
    committees: ra.committees.map((c, i) => ({ id: c.id, name: c.name, frame: c.frame.map((v, t) => v - rb.committees[i].frame[t]) })),
  };
}
