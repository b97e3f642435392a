/**
 * Run by bench/engine.ts in a child process: builds the large model, runs every scenario, and
 * prints its peak resident memory and the heap still used (model and results alive, after a GC).
 */
import { runModel } from '../../src/engine';
import { LargeModelOptions, makeLargeModel } from '../../src/examples';

const opts = JSON.parse(process.argv[2] ?? '{}') as LargeModelOptions;
const model = makeLargeModel(opts);
const result = runModel(model);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) gc();
const heapUsedBytes = process.memoryUsage().heapUsed;
process.stdout.write(
  JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, heapUsedBytes, scenarios: result.scenarios.length }) + '\n',
);
