/**
 * An independent check of the risk analysis, written from the model definition's "Risk analysis" page
 * alone: its own random numbers (xorshift32 and the inverse of the normal distribution function, where
 * the engine has mulberry32 and the polar method), its own AR(1) shocks, and its own perturbation, made on the
 * MODEL (each draw a copy of the model with the uncertain values moved, the scenarios' override rows
 * included, so that the draws apply "after its overrides") and run through runModel. Only the
 * deterministic computation of a plan is shared with the engine.
 *
 * The two simulations draw different numbers, so their estimates agree within sampling error only. The
 * tolerance is 4 standard errors of the difference of two independent estimates:
 *
 *   a probability p from n1 and n2 runs:   4 * sqrt(p (1 - p) (1/n1 + 1/n2))
 *   a percentile q_p of the engine's:      the share of the reference's runs below it is p
 *                                           within 4 * sqrt(p (1 - p) (1/n1 + 1/n2))
 *
 * (the second is distribution-free: the sample quantile's distribution function value is close to p
 * with the binomial standard error). At 4 standard errors a true agreement fails one comparison in about
 * 16 000, so the hundred or so comparisons here all pass unless the engine and the page disagree; a
 * wrong persistence, a draw applied before an override, or grants moved by sd instead of by sd times
 * the value shift the figures by many standard errors. p(1 - p) is floored at 1 / (n1 + n2) so that a
 * probability of 0 or 1 in both is not a tolerance of zero for a single differing run.
 *
 * The tornado draws nothing and is recomputed exactly: each input alone at value - sd and value + sd in
 * every year, the rolling share of the last plan year with a complete window, to 1e-12.
 */
import { analyseRisk, Model, runModel, RunResult, UncertainInput, UncertaintyInput } from '../../src/engine';
import { exampleModel } from '../../src/examples';
import { parseModel } from '../../src/model-file';

/** Marsaglia's xorshift32: uniforms in (0, 1), never 0 or 1, so the inverse normal is finite. */
function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return (x + 0.5) / 4294967296;
  };
}

/** The standard normal quantile by Acklam's rational approximation (relative error below 1.2e-9). */
function inverseNormal(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** z(Y0+1) = n, z(y) = r z(y-1) + sqrt(1 - r^2) n(y): the page's AR(1) shocks for one input. */
function ar1(H: number, r: number, normal: () => number): number[] {
  const z: number[] = [];
  for (let t = 0; t < H; t++) z.push(t === 0 ? normal() : r * z[t - 1] + Math.sqrt(1 - r * r) * normal());
  return z;
}

type Shocks = Partial<Record<UncertainInput, number[]>>;

/**
 * The model with every uncertain value moved by sd * z(y) (grants by value * sd * z(y)), in the base's
 * rows and in every scenario's override rows that set the value, so that each scenario gets its own
 * values moved. Deviation: every committee in every plan year, one common z per year.
 */
function perturbModel(model: Model, inputs: readonly UncertaintyInput[], z: Shocks): Model {
  const m = JSON.parse(JSON.stringify(model)) as Model;
  const t = (year: number) => year - m.baseYear - 1;
  const sd = (input: UncertainInput) => inputs.find((u) => u.input === input)?.sd ?? 0;
  const move = (row: Record<string, unknown>, year: number, always: boolean) => {
    for (const key of ['taxBaseGrowth', 'wageIndex', 'priceIndex', 'interestRate', 'grants'] as const) {
      const shock = z[key];
      if (!shock) continue;
      if (!(key in row) && !(always && key === 'interestRate')) continue;
      const value = (row[key] as number | undefined) ?? 0;
      row[key] = key === 'grants' ? value * (1 + sd(key) * shock[t(year)]) : value + sd(key) * shock[t(year)];
    }
  };
  for (const row of m.years) move(row as unknown as Record<string, unknown>, row.year, true);
  for (const s of m.scenarios) for (const row of s.overrides.years ?? []) move(row as unknown as Record<string, unknown>, row.year, false);
  const dev = z.deviation;
  if (dev) {
    const shift = (year: number) => sd('deviation') * dev[t(year)];
    for (const c of m.committees) {
      for (const y of m.years) {
        const row = m.committeeYears.find((r) => r.committee === c.id && r.year === y.year);
        if (row) row.deviation = (row.deviation ?? 0) + shift(y.year);
        else m.committeeYears.push({ committee: c.id, year: y.year, deviation: shift(y.year) });
      }
    }
    for (const s of m.scenarios) {
      for (const row of s.overrides.committeeYears ?? []) if (row.deviation !== undefined) row.deviation += shift(row.year);
    }
  }
  return m;
}

interface Reference {
  runs: number;
  /** Per scenario: per plan year, every run's rolling share. */
  rolling: number[][][];
  pTargetMet: number[][];
  pBalanceMet: number[][];
  pTargetMetAll: number[];
  pBalanceMetAll: number[];
}

/** The plan years whose window is complete, else all of them (the page's fallback). */
function judged(run: RunResult, k: number): number[] {
  const complete = run.scenarios[k].rollingComplete.map((c, t) => (c ? t : -1)).filter((t) => t >= 0);
  return complete.length ? complete : run.scenarios[k].years.map((_, t) => t);
}

function referenceRisk(model: Model, runs: number, seed: number): Reference {
  const inputs = model.uncertainty!.inputs;
  const H = model.years.length;
  const uniform = xorshift32(seed);
  const normal = () => inverseNormal(uniform());
  const base = runModel(model);
  const S = base.scenarios.length;
  const out: Reference = {
    runs,
    rolling: base.scenarios.map(() => Array.from({ length: H }, () => [] as number[])),
    pTargetMet: base.scenarios.map(() => new Array<number>(H).fill(0)),
    pBalanceMet: base.scenarios.map(() => new Array<number>(H).fill(0)),
    pTargetMetAll: new Array<number>(S).fill(0),
    pBalanceMetAll: new Array<number>(S).fill(0),
  };
  const years = base.scenarios.map((_, k) => judged(base, k));
  for (let n = 0; n < runs; n++) {
    const z: Shocks = {};
    for (const u of inputs) z[u.input] = ar1(H, u.persistence ?? 0, normal);
    const run = runModel(perturbModel(model, inputs, z));
    run.scenarios.forEach((r, k) => {
      for (let t = 0; t < H; t++) {
        out.rolling[k][t].push(r.rollingShare[t]);
        if (r.targetMet[t]) out.pTargetMet[k][t] += 1 / runs;
        if (r.balanceMet[t]) out.pBalanceMet[k][t] += 1 / runs;
      }
      if (years[k].every((t) => r.targetMet[t])) out.pTargetMetAll[k] += 1 / runs;
      if (r.balanceMet.every((m) => m)) out.pBalanceMetAll[k] += 1 / runs;
    });
  }
  return out;
}

/** 4 standard errors of the difference of two independent estimates of p, from n1 and n2 runs. */
function tolerance(p: number, n1: number, n2: number): number {
  return 4 * Math.sqrt(Math.max(p * (1 - p), 1 / (n1 + n2)) * (1 / n1 + 1 / n2));
}

function expectClose(engine: number, reference: number, n1: number, n2: number, what: string): void {
  const p = (engine * n1 + reference * n2) / (n1 + n2);
  const tol = tolerance(p, n1, n2);
  if (Math.abs(engine - reference) > tol) {
    throw new Error(`${what}: engine ${engine}, reference ${reference}, differ by more than 4 standard errors (${tol})`);
  }
}

/** The engine and the reference agree on every probability and on the band of the rolling share. */
function compare(model: Model, engineRuns: number, referenceRuns: number): void {
  const engine = analyseRisk(model, { runs: engineRuns, seed: 20261202 });
  const ref = referenceRisk(model, referenceRuns, 7);
  const [n1, n2] = [engineRuns, referenceRuns];
  engine.scenarios.forEach((s, k) => {
    s.years.forEach((year, t) => {
      expectClose(s.pTargetMet[t], ref.pTargetMet[k][t], n1, n2, `${s.name} P(targetMet) ${year}`);
      expectClose(s.pBalanceMet[t], ref.pBalanceMet[k][t], n1, n2, `${s.name} P(balanceMet) ${year}`);
      for (const [p, q] of [
        [0.05, s.rollingShare.p5[t]],
        [0.5, s.rollingShare.p50[t]],
        [0.95, s.rollingShare.p95[t]],
      ] as const) {
        const below = ref.rolling[k][t].filter((v) => v < q).length / n2;
        expectClose(p, below, n1, n2, `${s.name} rollingShare P${p * 100} ${year} (reference share below the engine's)`);
      }
    });
    expectClose(s.pTargetMetAll, ref.pTargetMetAll[k], n1, n2, `${s.name} pTargetMetAll`);
    expectClose(s.pBalanceMetAll, ref.pBalanceMetAll[k], n1, n2, `${s.name} pBalanceMetAll`);
  });
}

/** Each input alone at value + zs * sd in every year: the rolling share of the judged year, per scenario. */
function tornadoAt(model: Model, input: UncertaintyInput, zs: number): number[] {
  const H = model.years.length;
  const run = runModel(perturbModel(model, [input], { [input.input]: new Array<number>(H).fill(zs) }));
  const base = runModel(model);
  return run.scenarios.map((r, k) => {
    const years = judged(base, k);
    return r.rollingShare[years[years.length - 1]];
  });
}

function compareTornado(model: Model): void {
  const engine = analyseRisk(model, { runs: 1, seed: 1 });
  const inputs = model.uncertainty!.inputs;
  const low = inputs.map((u) => tornadoAt(model, u, -1));
  const high = inputs.map((u) => tornadoAt(model, u, 1));
  engine.scenarios.forEach((s, k) => {
    expect(s.tornado.map((b) => b.input).sort()).toEqual(inputs.map((u) => u.input).sort());
    for (const bar of s.tornado) {
      const i = inputs.findIndex((u) => u.input === bar.input);
      expect(Math.abs(bar.low - low[i][k])).toBeLessThan(1e-12);
      expect(Math.abs(bar.high - high[i][k])).toBeLessThan(1e-12);
    }
    // Widest swing first; inputs that move nothing (a swing of rounding noise only) keep the inputs' order.
    const width = (input: UncertainInput) => {
      const i = inputs.findIndex((u) => u.input === input);
      return Math.abs(high[i][k] - low[i][k]);
    };
    for (let j = 1; j < s.tornado.length; j++) {
      const [a, b] = [s.tornado[j - 1].input, s.tornado[j].input];
      expect(width(a)).toBeGreaterThan(width(b) - 1e-12);
      if (width(a) < 1e-13 && width(b) < 1e-13) {
        expect(inputs.findIndex((u) => u.input === a)).toBeLessThan(inputs.findIndex((u) => u.input === b));
      }
    }
  });
}

/**
 * A small model of six plan years with strong persistence, windows of two years back and two forward
 * (so three plan years have a complete window), debt for the interest rate to act on, and a scenario that
 * overrides the growth, the interest rate and one committee's deviation: the draws must move those too.
 */
function persistentModel(): Model {
  const years = [2026, 2027, 2028, 2029, 2030, 2031].map((year, i) => ({
    year,
    taxBaseGrowth: 0.035,
    grants: 300 + 5 * i,
    wageIndex: 0.03,
    priceIndex: 0.02,
    financialNet: 0,
    centralCosts: 60,
    efficiency: 0.01,
    compensation: 0.6,
    interestRate: 0.03,
  }));
  const parsed = parseModel({
    schemaVersion: 2,
    name: 'Beständig kommun',
    unit: 'mnkr',
    baseYear: 2025,
    horizon: 6,
    taxBase: 5000,
    taxRate: 21,
    target: 0.02,
    windowBack: 2,
    windowForward: 2,
    measure: 'ratioOfSums',
    frameMode: 'uplift',
    history: [
      { year: 2024, revenue: 1320, result: 30 },
      { year: 2025, revenue: 1370, result: 20 },
    ],
    years,
    committees: [
      { id: 'A', name: 'Utbildning', frame: 700, labourShare: 0.7 },
      { id: 'B', name: 'Omsorg', frame: 550, labourShare: 0.65 },
    ],
    committeeYears: [{ committee: 'A', year: 2027, deviation: 0.01 }],
    debt: 900,
    scenarios: [
      {
        name: 'Svag tillväxt',
        overrides: {
          years: [
            { year: 2026, taxBaseGrowth: 0.01, interestRate: 0.045 },
            { year: 2027, taxBaseGrowth: 0.015 },
          ],
          committeeYears: [{ committee: 'B', year: 2028, deviation: 0.03 }],
        },
      },
      { name: 'Full kompensation', overrides: { compensation: 1, efficiency: 0 } },
    ],
    uncertainty: {
      inputs: [
        { input: 'taxBaseGrowth', sd: 0.012, persistence: 0.9 },
        { input: 'wageIndex', sd: 0.006, persistence: 0.8 },
        { input: 'grants', sd: 0.03, persistence: 0.5 },
        { input: 'interestRate', sd: 0.01, persistence: 0.95 },
        { input: 'deviation', sd: 0.01, persistence: 0.6 },
      ],
    },
  });
  if (!parsed.ok) throw new Error(`the persistent model was refused: ${JSON.stringify(parsed.problems)}`);
  return parsed.model;
}

describe('the risk analysis against an independent reading of the model definition', () => {
  test('the reference perturbation moves what the page says: grants relatively, deviation for every committee, override rows too', () => {
    // A worked example of perturbModel on a shock of z = 2 in the first plan year, 1 in the others.
    const model = persistentModel();
    const u = model.uncertainty!.inputs;
    const m = perturbModel(model, u, {
      taxBaseGrowth: [2, 1, 1, 1, 1, 1],
      grants: [2, 1, 1, 1, 1, 1],
      deviation: [2, 1, 1, 1, 1, 1],
    });
    expect(m.years[0].taxBaseGrowth).toBeCloseTo(0.035 + 0.012 * 2, 15); // 0.059
    expect(m.years[0].grants).toBeCloseTo(300 * (1 + 0.03 * 2), 12); // 318
    expect(m.scenarios[0].overrides.years![0].taxBaseGrowth).toBeCloseTo(0.01 + 0.012 * 2, 15); // 0.034
    // A's 2027 deviation 0.01 + 0.01 * 1; B has no row and gets 0 + 0.01 * 2 in 2026.
    expect(m.committeeYears.find((r) => r.committee === 'A' && r.year === 2027)!.deviation).toBeCloseTo(0.02, 15);
    expect(m.committeeYears.find((r) => r.committee === 'B' && r.year === 2026)!.deviation).toBeCloseTo(0.02, 15);
    expect(m.scenarios[0].overrides.committeeYears![0].deviation).toBeCloseTo(0.03 + 0.01, 15);
    // The model itself is not touched.
    expect(model.years[0].taxBaseGrowth).toBe(0.035);
  });

  test('the reference shocks are standard normal with the AR(1) correlation r between neighbouring years', () => {
    const uniform = xorshift32(99);
    const normal = () => inverseNormal(uniform());
    const n = 20_000;
    const r = 0.7;
    let sum = 0;
    let sq = 0;
    let cross = 0;
    for (let i = 0; i < n; i++) {
      const z = ar1(3, r, normal);
      sum += z[2];
      sq += z[2] * z[2];
      cross += z[1] * z[2];
    }
    // Standard errors: mean 1/sqrt(n) = 0.0071, variance sqrt(2/n) = 0.010, covariance about 0.0086.
    expect(Math.abs(sum / n)).toBeLessThan(4 * 0.0071);
    expect(Math.abs(sq / n - 1)).toBeLessThan(4 * 0.01);
    expect(Math.abs(cross / n - r)).toBeLessThan(4 * 0.0086);
  });

  test('the example: every probability and the rolling share band within sampling error', () => {
    compare(exampleModel(), 2000, 1500);
  });

  test('a small model with strong persistence and overriding scenarios: the same', () => {
    compare(persistentModel(), 2000, 1500);
  });

  test('the tornado of the example is recomputed exactly, and ordered by the swing', () => {
    compareTornado(exampleModel());
  });

  test('the tornado of the persistent model too', () => {
    compareTornado(persistentModel());
  });
});
