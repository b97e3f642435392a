/// <reference types="office-js" />
import { performance } from 'node:perf_hooks';
import { exampleModel, makeLargeModel } from '../src/examples';
import { runModel } from '../src/engine';
import { Model } from '../src/engine/types';
import { createFakeExcel } from '../src/fake-excel';
import { createOfficeGateway } from '../src/office';
import { planWorkbook } from '../src/office/plan';
import { describeWorkbook } from '../src/workbook/layout';
import { LARGE } from './engine';
import { BenchCase, BenchFigure, median, round3 } from './harness';

interface WriteFigures {
  syncs: number;
  chunks: number;
  totalBytes: number;
  maxBytes: number;
  ms: number;
}

/** One write of the model into a fresh fake workbook (with one user sheet), measured. */
async function writeOnce(model: Model): Promise<WriteFigures> {
  const { Excel, Office, host } = createFakeExcel({ sheets: ['Blad1'] });
  const gateway = createOfficeGateway(Excel, Office);
  const start = performance.now();
  const report = await gateway.write(model);
  const ms = performance.now() - start;
  return {
    syncs: host.stats.syncs,
    chunks: report.chunks ?? 0,
    totalBytes: host.stats.requestBytes.reduce((a, b) => a + b, 0),
    maxBytes: host.stats.maxRequestBytes,
    ms,
  };
}

function requestFigures(prefix: string, w: WriteFigures): BenchFigure[] {
  return [
    { name: `${prefix}.syncs`, value: w.syncs, unit: 'syncs' },
    { name: `${prefix}.chunks`, value: w.chunks, unit: 'chunks' },
    { name: `${prefix}.request_mb`, value: round3(w.totalBytes / 1e6), unit: 'MB' },
    { name: `${prefix}.max_request_mb`, value: round3(w.maxBytes / 1e6), unit: 'MB' },
  ];
}

/** A write of the model over an earlier write of it (a rewrite in place), the second write measured. */
async function rewriteOnce(model: Model): Promise<WriteFigures> {
  const { Excel, Office, host } = createFakeExcel({ sheets: ['Blad1'] });
  const gateway = createOfficeGateway(Excel, Office);
  await gateway.write(model);
  host.resetStats();
  const start = performance.now();
  const report = await gateway.write({ ...model, name: `${model.name} (again)` });
  const ms = performance.now() - start;
  return {
    syncs: host.stats.syncs,
    chunks: report.chunks ?? 0,
    totalBytes: host.stats.requestBytes.reduce((a, b) => a + b, 0),
    maxBytes: host.stats.maxRequestBytes,
    ms,
  };
}

export const officeCases: BenchCase[] = [
  {
    name: 'office.example.rewrite',
    async run() {
      const w = await rewriteOnce(exampleModel());
      return [...requestFigures('office.example.rewrite', w), { name: 'office.example.rewrite_ms', value: round3(w.ms), unit: 'ms' }];
    },
  },
  {
    name: 'office.example.write',
    async run() {
      return requestFigures('office.example.write', await writeOnce(exampleModel()));
    },
  },
  {
    name: 'office.large.write',
    async run() {
      const model = makeLargeModel(LARGE);
      const runs: WriteFigures[] = [];
      for (let i = 0; i < 3; i++) runs.push(await writeOnce(model));
      return [...requestFigures('office.large.write', runs[0]), { name: 'office.large.write_ms', value: round3(median(runs.map((r) => r.ms))), unit: 'ms' }];
    },
  },
  {
    name: 'office.large.plan',
    run() {
      const model = makeLargeModel(LARGE);
      const run = runModel(model);
      const both: number[] = [];
      const describe: number[] = [];
      const plan: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        const desc = describeWorkbook(model, { reservedSheetNames: ['Blad1'], run });
        const described = performance.now();
        planWorkbook(desc);
        const end = performance.now();
        describe.push(described - start);
        plan.push(end - described);
        // As the write does it: the run is part of describing when none is given.
        const whole = performance.now();
        planWorkbook(describeWorkbook(model, { reservedSheetNames: ['Blad1'] }));
        both.push(performance.now() - whole);
      }
      return [
        { name: 'office.large.describe_and_plan_ms', value: round3(median(both)), unit: 'ms' },
        { name: 'office.large.describe_ms', value: round3(median(describe)), unit: 'ms' },
        { name: 'office.large.plan_ms', value: round3(median(plan)), unit: 'ms' },
      ];
    },
  },
];
