import { performance } from 'node:perf_hooks';

/** One line of the bench's output: {"name", "value", "unit"}. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

/** A group of figures measured together. Names are dotted, area first: "engine.large.run_ms". */
export interface BenchCase {
  name: string;
  run(): BenchFigure[] | Promise<BenchFigure[]>;
}

export interface TimingOptions {
  /** Untimed calls first, so the JIT has settled. */
  warmup: number;
  /** Timed calls. */
  runs: number;
}

export interface Timing {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Anything a timed call returns is kept here so the work cannot be optimised away. */
export let sink: unknown;

/** Times `fn` in milliseconds: `warmup` untimed calls, then `runs` timed ones. */
export function time(fn: () => unknown, opts: TimingOptions): Timing {
  for (let i = 0; i < opts.warmup; i++) sink = fn();
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const start = performance.now();
    sink = fn();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples };
}

/** Rounds a figure for printing: three significant decimals are plenty for milliseconds and megabytes. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
