/**
 * The .xlsx writer's figures: the example workbook, the large one (300 committees x 15 years x 10
 * scenarios) written in a fresh process for its peak memory, and LibreOffice recalculating that
 * workbook beside the engine computing the same model.
 *
 * Run as a script (`node build/bench/xlsx.js large-child OPTIONS OUT`), this file is the child that
 * writes the large workbook and prints its report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runModel } from '../src/engine';
import { exampleModel, LargeModelOptions, makeLargeModel } from '../src/examples';
import { writeXlsxBuffer, writeXlsxFile } from '../src/renderers/xlsx';
import { describeWorkbook } from '../src/workbook/layout';
import { riskForWorkbook } from '../src/workbook/layout/risk-sheet';
import { convertWithLibreOffice, recalculateWithLibreOffice } from '../test/support/libreoffice';
import { LARGE } from './engine';
import { BenchCase, median, round3, time, TimingOptions } from './harness';

interface LargeWriteReport {
  runMs: number;
  describeMs: number;
  writeMs: number;
  maxRssKb: number;
  bytes: number;
}

async function timeAsync(fn: () => Promise<unknown>, opts: TimingOptions): Promise<number> {
  for (let i = 0; i < opts.warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Writes the large workbook in a fresh process, so its peak memory is the writer's and not the bench's. */
function writeLargeInChild(path: string): LargeWriteReport {
  const out = execFileSync(process.execPath, [__filename, 'large-child', JSON.stringify(LARGE), path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as LargeWriteReport;
}

async function largeChild(opts: LargeModelOptions, path: string): Promise<void> {
  const model = makeLargeModel(opts);
  const t0 = performance.now();
  const run = runModel(model);
  const t1 = performance.now();
  const desc = describeWorkbook(model, { run });
  const t2 = performance.now();
  await writeXlsxFile(desc, path, { overwrite: true });
  const t3 = performance.now();
  const report: LargeWriteReport = {
    runMs: t1 - t0,
    describeMs: t2 - t1,
    writeMs: t3 - t2,
    maxRssKb: process.resourceUsage().maxRSS,
    bytes: statSync(path).size,
  };
  process.stdout.write(JSON.stringify(report) + '\n');
}

export const xlsxCases: BenchCase[] = [
  {
    name: 'xlsx.example.write',
    async run() {
      const model = exampleModel();
      const desc = describeWorkbook(model);
      const render = await timeAsync(() => writeXlsxBuffer(desc), { warmup: 5, runs: 20 });
      const whole = await timeAsync(() => writeXlsxBuffer(describeWorkbook(model)), { warmup: 3, runs: 20 });
      // The Risk sheet's simulation (2 000 runs, as the CLI and the add-in run it) is the caller's,
      // outside describeWorkbook: measured apart, so the figures above stay comparable.
      const risk = time(() => riskForWorkbook(model), { warmup: 1, runs: 3 }).median;
      return [
        { name: 'xlsx.example.write_ms', value: round3(whole), unit: 'ms' },
        { name: 'xlsx.example.render_ms', value: round3(render), unit: 'ms' },
        { name: 'xlsx.example.risk_sheet_simulation_ms', value: round3(risk), unit: 'ms' },
      ];
    },
  },
  {
    name: 'xlsx.large',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'budgetsim-bench-xlsx-'));
      try {
        const file = join(dir, 'large.xlsx');
        const w = writeLargeInChild(file);
        const model = makeLargeModel(LARGE);
        const engine = time(() => runModel(model), { warmup: 2, runs: 10 }).median;
        // One soffice run that keeps the cached values measures loading and saving; the difference
        // to the run that recalculates everything is LibreOffice's recalculation.
        let start = performance.now();
        await convertWithLibreOffice([file], join(dir, 'kept'), { recalculate: false });
        const loadSave = performance.now() - start;
        start = performance.now();
        await recalculateWithLibreOffice([file], join(dir, 'recalculated'));
        const withRecalc = performance.now() - start;
        return [
          { name: 'xlsx.large.write_ms', value: round3(w.writeMs), unit: 'ms' },
          { name: 'xlsx.large.describe_ms', value: round3(w.describeMs), unit: 'ms' },
          { name: 'xlsx.large.model_to_file_ms', value: round3(w.runMs + w.describeMs + w.writeMs), unit: 'ms' },
          { name: 'xlsx.large.peak_rss_mb', value: round3(w.maxRssKb / 1024), unit: 'MB' },
          { name: 'xlsx.large.file_mb', value: round3(w.bytes / (1024 * 1024)), unit: 'MB' },
          { name: 'xlsx.large.engine_run_ms', value: round3(engine), unit: 'ms' },
          { name: 'xlsx.large.libreoffice_open_recalc_save_ms', value: round3(withRecalc), unit: 'ms' },
          { name: 'xlsx.large.libreoffice_recalc_ms', value: round3(Math.max(0, withRecalc - loadSave)), unit: 'ms' },
        ];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];

if (require.main === module && process.argv[2] === 'large-child') {
  largeChild(JSON.parse(process.argv[3]) as LargeModelOptions, process.argv[4]).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
