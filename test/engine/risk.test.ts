import { analyseRisk, quantileSorted, runModel } from '../../src/engine';
import { exampleModel } from '../../src/examples';

describe('the risk analysis', () => {
  const model = exampleModel();

  it('interpolates percentiles linearly between order statistics', () => {
    // 5 values: h = 4 * 0.05 = 0.2 -> 1 + 0.2 * (2 - 1) = 1.2; median 3; h = 3.8 -> 4 + 0.8 * 1 = 4.8.
    const xs = Float64Array.from([1, 2, 3, 4, 5]);
    expect(quantileSorted(xs, 0.05)).toBeCloseTo(1.2, 12);
    expect(quantileSorted(xs, 0.5)).toBe(3);
    expect(quantileSorted(xs, 0.95)).toBeCloseTo(4.8, 12);
  });

  it('gives the deterministic run and probabilities of 0 or 1 when every sd is 0', () => {
    const flat = { ...model, uncertainty: { inputs: model.uncertainty!.inputs.map((u) => ({ ...u, sd: 0 })) } };
    const risk = analyseRisk(flat, { runs: 50, seed: 7 });
    const run = runModel(flat);
    risk.scenarios.forEach((s, k) => {
      expect(s.result.p5).toEqual(run.scenarios[k].result);
      expect(s.result.p95).toEqual(run.scenarios[k].result);
      expect(s.pTargetMet).toEqual(run.scenarios[k].targetMet.map((m) => (m ? 1 : 0)));
      expect(s.pBalanceMet).toEqual(run.scenarios[k].balanceMet.map((m) => (m ? 1 : 0)));
    });
  });

  it('gives the same numbers for the same seed, and others for another', () => {
    const a = analyseRisk(model, { runs: 200, seed: 3 });
    expect(analyseRisk(model, { runs: 200, seed: 3 })).toEqual(a);
    expect(analyseRisk(model, { runs: 200, seed: 4 }).scenarios[0].result.p50).not.toEqual(a.scenarios[0].result.p50);
  });

  it('makes the target less likely as the efficiency requirement falls (common random numbers)', () => {
    const withEfficiency = (e: number) => ({ ...model, scenarios: [], years: model.years.map((y) => ({ ...y, efficiency: e })) });
    const p = [0.015, 0.01, 0.005, 0].map((e) => analyseRisk(withEfficiency(e), { runs: 400, seed: 1 }).scenarios[0].pTargetMetAll);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThanOrEqual(p[i - 1]);
    expect(p[0]).toBeGreaterThan(p[3]);
  });

  it('keeps the median result near the deterministic one for symmetric inputs', () => {
    // The inputs enter the result almost linearly over four years, so the median of 2 000 draws sits within
    // a few standard errors of the deterministic figure: the band's half-width / 1.645 is one sd, the
    // median's standard error about 1.25 sd / sqrt(2 000) = 0.028 sd; 0.15 sd is over 5 standard errors.
    const risk = analyseRisk(model, { runs: 2000, seed: 11 });
    const base = runModel(model).scenarios[0];
    risk.scenarios[0].years.forEach((_, t) => {
      const sd = (risk.scenarios[0].result.p95[t] - risk.scenarios[0].result.p5[t]) / (2 * 1.645);
      expect(Math.abs(risk.scenarios[0].result.p50[t] - base.result[t])).toBeLessThan(0.15 * sd);
    });
  });

  it('widens the band of later years with persistence', () => {
    const only = (r: number) => ({ ...model, scenarios: [], uncertainty: { inputs: [{ input: 'taxBaseGrowth' as const, sd: 0.01, persistence: r }] } });
    const width = (r: number) => {
      const s = analyseRisk(only(r), { runs: 1000, seed: 5 }).scenarios[0].result;
      return s.p95[3] - s.p5[3];
    };
    expect(width(0.8)).toBeGreaterThan(width(0));
  });

  it('orders the tornado by the width of the swing', () => {
    const t = analyseRisk(model, { runs: 10, seed: 1 }).scenarios[0].tornado;
    expect(t).toHaveLength(model.uncertainty!.inputs.length);
    for (let i = 1; i < t.length; i++) expect(Math.abs(t[i - 1].high - t[i - 1].low)).toBeGreaterThanOrEqual(Math.abs(t[i].high - t[i].low));
  });

  it('keeps the inputs\' order among inputs that move nothing, whatever their rounding noise', () => {
    // With revenue setting the frames, wages and prices only move how revenue is shared: the rolling share
    // stays where it is, and the swings of the wage index, price index and interest rate are 0 or 1e-17.
    const revenue = { ...model, frameMode: 'revenue' as const, scenarios: [] };
    const t = analyseRisk(revenue, { runs: 1, seed: 1 }).scenarios[0].tornado;
    const still = t.filter((b) => Math.abs(b.high - b.low) < 1e-12).map((b) => b.input);
    expect(still.length).toBeGreaterThanOrEqual(2);
    const order = model.uncertainty!.inputs.map((u) => u.input).filter((i) => still.includes(i));
    expect(still).toEqual(order);
    // and they come after every input that does move the share.
    expect(t.slice(t.length - still.length).map((b) => b.input)).toEqual(order);
  });
});
