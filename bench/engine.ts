import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runModel, solveEfficiency } from '../src/engine';
import { exampleModel, makeLargeModel } from '../src/examples';
import { BenchCase, round3, time } from './harness';

/** The large model of the engine's figures: 300 committees x 15 plan years, 10 scenarios besides the base. */
export const LARGE = { committees: 300, years: 15, scenarios: 10, seed: 1 } as const;

/** The same with the long-term plan: 50 investments, 20 projects and 6 age groups. */
export const LARGE_V2 = { ...LARGE, investments: 50, projects: 20, ageGroups: 6 } as const;

interface MemoryReport {
  maxRssKb: number;
  heapUsedBytes: number;
}

export const engineCases: BenchCase[] = [
  {
    name: 'engine.large.run',
    run() {
      const model = makeLargeModel(LARGE);
      const t = time(() => runModel(model), { warmup: 5, runs: 30 });
      return [{ name: 'engine.large.run_ms', value: round3(t.median), unit: 'ms' }];
    },
  },
  {
    name: 'engine.large_v2.run',
    run() {
      const model = makeLargeModel(LARGE_V2);
      const t = time(() => runModel(model), { warmup: 5, runs: 30 });
      return [{ name: 'engine.large_v2.run_ms', value: round3(t.median), unit: 'ms' }];
    },
  },
  {
    name: 'engine.example.solve',
    run() {
      const model = exampleModel();
      const t = time(() => solveEfficiency(model), { warmup: 20, runs: 50 });
      return [{ name: 'engine.example.solve_ms', value: round3(t.median), unit: 'ms' }];
    },
  },
  {
    name: 'engine.large.memory',
    run() {
      // A fresh process, so the figure is this model's footprint and not the rest of the bench's.
      const child = join(__dirname, 'children', 'large-model-memory.js');
      const out = execFileSync(process.execPath, ['--expose-gc', child, JSON.stringify(LARGE)], { encoding: 'utf8' });
      const report = JSON.parse(out) as MemoryReport;
      return [
        { name: 'engine.large.peak_rss_mb', value: round3(report.maxRssKb / 1024), unit: 'MB' },
        { name: 'engine.large.heap_used_mb', value: round3(report.heapUsedBytes / (1024 * 1024)), unit: 'MB' },
      ];
    },
  },
];
