import { dirname, join } from 'node:path';
import { allScenarios, analyseRisk, runModel } from '../../src/engine';
import { assertBuilt, cli, EXAMPLE_FILE, exampleJson, exampleModel, removeTempFiles, tempFile, viaJson } from './helpers';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

/** The model definition's `risk --json` keys, no more and no fewer. */
const TOP_KEYS = ['runs', 'scenarios', 'seed'];
const SCENARIO_KEYS = [
  'name',
  'pBalanceMet',
  'pBalanceMetAll',
  'pTargetMet',
  'pTargetMetAll',
  'result',
  'resultShare',
  'rollingShare',
  'tornado',
  'years',
];
const BAND_KEYS = ['p5', 'p50', 'p95'];
const BAR_KEYS = ['high', 'input', 'low'];

type Json = Record<string, any>;

function riskJson(args: string[]): Json {
  const r = cli(['risk', EXAMPLE_FILE, '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout.endsWith('\n')).toBe(true);
  expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  return JSON.parse(r.stdout) as Json;
}

describe('budgetsim risk --json', () => {
  const model = exampleModel();
  const H = model.horizon;

  test('prints exactly the keys of the model definition, tornadoYear left out', () => {
    const out = riskJson(['--runs', '50']);
    expect(Object.keys(out).sort()).toEqual(TOP_KEYS);
    expect(out.scenarios.map((s: Json) => s.name)).toEqual(allScenarios(model).map((s) => s.name));
    for (const s of out.scenarios) {
      expect(Object.keys(s).sort()).toEqual(SCENARIO_KEYS);
      expect(s.years).toEqual(model.years.map((y) => y.year));
      for (const key of ['result', 'resultShare', 'rollingShare']) {
        expect(Object.keys(s[key]).sort()).toEqual(BAND_KEYS);
        for (const p of BAND_KEYS) expect(s[key][p]).toHaveLength(H);
      }
      for (const key of ['pTargetMet', 'pBalanceMet']) expect(s[key]).toHaveLength(H);
      expect(s.tornado).toHaveLength(model.uncertainty!.inputs.length);
      for (const bar of s.tornado) expect(Object.keys(bar).sort()).toEqual(BAR_KEYS);
    }
  });

  test('holds the engine\'s figures for the runs and seed given', () => {
    const out = riskJson(['--runs', '120', '--seed', '42']);
    const engine = analyseRisk(model, { runs: 120, seed: 42 });
    expect(out.runs).toBe(120);
    expect(out.seed).toBe(42);
    expect(out.scenarios).toEqual(viaJson(engine.scenarios.map(({ tornadoYear: _year, ...rest }) => rest)));
  });

  test('without --runs and --seed: 2 000 runs, seed 1', () => {
    const out = riskJson(['--scenario', 'Bas']);
    expect(out.runs).toBe(2000);
    expect(out.seed).toBe(1);
    const { tornadoYear: _year, ...base } = analyseRisk(model, { runs: 2000, seed: 1, scenarios: ['Base'] }).scenarios[0];
    expect(out.scenarios[0]).toEqual(viaJson(base));
  });

  test('probabilities lie in [0, 1], whole multiples of 1 / runs, and the bands are ordered', () => {
    const runs = 80;
    const out = riskJson(['--runs', String(runs), '--seed', '9']);
    for (const s of out.scenarios) {
      for (const p of [...s.pTargetMet, ...s.pBalanceMet, s.pTargetMetAll, s.pBalanceMetAll]) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(Math.abs(p * runs - Math.round(p * runs))).toBeLessThan(1e-9);
      }
      // Met in every year is no likelier than met in any one of them.
      expect(s.pBalanceMetAll).toBeLessThanOrEqual(Math.min(...s.pBalanceMet) + 1e-12);
      for (const key of ['result', 'resultShare', 'rollingShare']) {
        for (let t = 0; t < H; t++) {
          expect(s[key].p5[t]).toBeLessThanOrEqual(s[key].p50[t]);
          expect(s[key].p50[t]).toBeLessThanOrEqual(s[key].p95[t]);
        }
      }
    }
  });

  test('the same seed gives the same output, another seed another', () => {
    const a = cli(['risk', EXAMPLE_FILE, '--json', '--runs', '60', '--seed', '7']);
    const b = cli(['risk', EXAMPLE_FILE, '--json', '--runs', '60', '--seed', '7']);
    const c = cli(['risk', EXAMPLE_FILE, '--json', '--runs', '60', '--seed', '8']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const [pa, pc] = [a, c].map((r) => JSON.parse(r.stdout) as Json);
    expect(pc.seed).toBe(8);
    expect(pc.scenarios[0].result.p50).not.toEqual(pa.scenarios[0].result.p50);
    // The tornado does not draw: it is the same whatever the seed.
    expect(pc.scenarios.map((s: Json) => s.tornado)).toEqual(pa.scenarios.map((s: Json) => s.tornado));
  });

  test('the largest seed, 2^32 - 1, is a seed of its own (not folded onto 0 or 1)', () => {
    const top = riskJson(['--runs', '30', '--seed', '4294967295', '--scenario', 'Base']);
    const zero = riskJson(['--runs', '30', '--seed', '0', '--scenario', 'Base']);
    expect(top.seed).toBe(4294967295);
    expect(top.scenarios[0].result.p50).not.toEqual(zero.scenarios[0].result.p50);
  });

  test('--scenario keeps only the named ones, in the model order, with the same draws as the whole run', () => {
    const out = riskJson(['--runs', '70', '--seed', '3', '--scenario', 'Lågkonjunktur', '--scenario', 'Bas']);
    expect(out.scenarios.map((s: Json) => s.name)).toEqual(['Base', 'Lågkonjunktur']);
    const all = riskJson(['--runs', '70', '--seed', '3']);
    // Common random numbers: a scenario's figures do not depend on which others are analysed beside it.
    expect(out.scenarios[1]).toEqual(all.scenarios.find((s: Json) => s.name === 'Lågkonjunktur'));
  });

  test('the tornado is ordered by the width of the swing; inputs that move nothing come last, in the inputs\' order', () => {
    const out = riskJson(['--runs', '1', '--scenario', 'Intäktsstyrd ram']);
    const bars = out.scenarios[0].tornado as { input: string; low: number; high: number }[];
    const widths = bars.map((b) => Math.abs(b.high - b.low));
    // Widths are compared to 1e-12 of a share, so rounding noise does not reorder.
    for (let i = 1; i < widths.length; i++) expect(widths[i - 1]).toBeGreaterThan(widths[i] - 1e-12);
    // In revenue mode the frames follow revenue, so the wage and price indexes and the interest rate
    // move nothing (a swing of at most rounding noise); they keep the order the model lists them in.
    expect(bars.slice(-3).map((b) => b.input)).toEqual(['wageIndex', 'priceIndex', 'interestRate']);
    for (const w of widths.slice(-3)) expect(w).toBeLessThan(1e-12);
    expect(widths[widths.length - 4]).toBeGreaterThan(1e-6);
  });

  test('a scenario name with a bidirectional override prints as a JSON escape and parses back to itself', () => {
    const m = exampleJson() as Json;
    m.scenarios[0].name = 'Ny\u202eplan';
    const file = tempFile('bidi.json', m);
    const r = cli(['risk', file, '--json', '--runs', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u202a-\u202e]/);
    expect(r.stdout).toContain('Ny\\u202eplan');
    expect(JSON.parse(r.stdout).scenarios[1].name).toBe('Ny\u202eplan');
  });

  test('a deterministic model (every sd 0) gives the run\'s figures and probabilities 0 or 1', () => {
    const m = exampleJson() as Json;
    m.uncertainty.inputs = m.uncertainty.inputs.map((u: Json) => ({ ...u, sd: 0 }));
    const out = JSON.parse(cli(['risk', tempFile('flat.json', m), '--json', '--runs', '10']).stdout) as Json;
    const run = runModel(exampleModel());
    out.scenarios.forEach((s: Json, k: number) => {
      for (const p of BAND_KEYS) expect(s.result[p]).toEqual(viaJson(run.scenarios[k].result));
      expect(s.pTargetMet).toEqual(run.scenarios[k].targetMet.map((met) => (met ? 1 : 0)));
    });
  });

  test('a workbook Budgetsim wrote is read from its input tables, uncertainty table included: the same figures', () => {
    const book = join(dirname(tempFile('beside.txt', '')), 'risk.xlsx');
    expect(cli(['run', EXAMPLE_FILE, '--out', book]).code).toBe(0);
    const fromBook = cli(['risk', book, '--json', '--runs', '40', '--seed', '2']);
    expect(fromBook.code).toBe(0);
    expect(fromBook.stdout).toBe(cli(['risk', EXAMPLE_FILE, '--json', '--runs', '40', '--seed', '2']).stdout);
  });
});
