import { analyseRisk } from '../src/engine';
import { exampleModel, makeLargeModel } from '../src/examples';
import { LARGE_V2 } from './engine';
import { BenchCase, round3, time } from './harness';

/** The risk analysis (Monte Carlo over the model's uncertainty block), every scenario on every draw. */
export const riskCases: BenchCase[] = [
  {
    name: 'risk.example',
    run() {
      const model = exampleModel();
      const scenarios = 1 + model.scenarios.length;
      const t2 = time(() => analyseRisk(model, { runs: 2000, seed: 1 }), { warmup: 2, runs: 5 });
      const t10 = time(() => analyseRisk(model, { runs: 10_000, seed: 1 }), { warmup: 1, runs: 3 });
      return [
        { name: 'risk.example.runs_2000_ms', value: round3(t2.median), unit: 'ms' },
        { name: 'risk.example.runs_10000_ms', value: round3(t10.median), unit: 'ms' },
        { name: 'risk.example.scenario_runs_per_s', value: Math.round((10_000 * scenarios) / (t10.median / 1000)), unit: 'runs/s' },
      ];
    },
  },
  {
    name: 'risk.large',
    run() {
      const model = makeLargeModel(LARGE_V2);
      const t = time(() => analyseRisk(model, { runs: 1000, seed: 1 }), { warmup: 0, runs: 1 });
      return [{ name: 'risk.large_v2.runs_1000_ms', value: round3(t.median), unit: 'ms' }];
    },
  },
];
