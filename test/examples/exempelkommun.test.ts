import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meetsTarget, runModel, solveEfficiency } from '../../src/engine';
import { exampleModel } from '../../src/examples';
import { parseModel } from '../../src/model-file';

const FILE = join(__dirname, '..', '..', 'src', 'examples', 'exempelkommun.json');
const raw = () => JSON.parse(readFileSync(FILE, 'utf8')) as unknown;

const SCENARIOS = ['Enprocentaren', 'Halv uppräkning', 'Full kompensation', 'Intäktsstyrd ram'];

describe('Exempelkommun, the example model file', () => {
  test('parses with no problems, and exampleModel() is that parse', () => {
    const parsed = parseModel(raw());
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(exampleModel()).toEqual(parsed.model);
  });

  test('exampleModel() gives a fresh copy each time', () => {
    const a = exampleModel();
    a.committees[0].frame = -1;
    a.scenarios.length = 0;
    const b = exampleModel();
    expect(b.committees[0].frame).toBeGreaterThan(0);
    expect(b.scenarios.length).toBe(SCENARIOS.length);
  });

  const m = exampleModel();

  test('its identity: Swedish, mnkr, schema 1, base year 2026, four plan years', () => {
    expect(m.name).toBe('Exempelkommun');
    expect(m.schemaVersion).toBe(1);
    expect(m.unit).toBe('mnkr');
    expect(m.language).toBe('sv');
    expect(m.baseYear).toBe(2026);
    expect(m.horizon).toBe(4);
    expect(m.years.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030]);
  });

  test('the scale of a municipality of about 60 000 inhabitants', () => {
    const inhabitants = 60_000;
    const mnkrPerInhabitantToKr = 1e6 / inhabitants;
    // Swedish tax base is about 250-290 000 kr per inhabitant.
    expect(m.taxBase * mnkrPerInhabitantToKr).toBeGreaterThan(240_000);
    expect(m.taxBase * mnkrPerInhabitantToKr).toBeLessThan(300_000);
    expect(m.taxRate).toBeGreaterThanOrEqual(20.5);
    expect(m.taxRate).toBeLessThanOrEqual(22.5);
    for (const y of m.years) {
      expect(y.grants).toBeGreaterThanOrEqual(800);
      expect(y.grants).toBeLessThanOrEqual(1400);
    }
    const frames = m.committees.reduce((s, c) => s + c.frame, 0);
    expect(frames + m.years[0].centralCosts).toBeGreaterThan(3800);
    expect(frames + m.years[0].centralCosts).toBeLessThan(5200);
  });

  test('6-8 committees with unique ids, plausible labour shares and carry-in for some', () => {
    expect(m.committees.length).toBeGreaterThanOrEqual(6);
    expect(m.committees.length).toBeLessThanOrEqual(8);
    expect(new Set(m.committees.map((c) => c.id)).size).toBe(m.committees.length);
    for (const c of m.committees) {
      expect(c.labourShare).toBeGreaterThanOrEqual(0.35);
      expect(c.labourShare).toBeLessThanOrEqual(0.75);
      expect(c.frame).toBeGreaterThan(0);
    }
    expect(m.committees.some((c) => (c.openingCarryIn ?? 0) !== 0)).toBe(true);
    expect(m.committees.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Socialnämnden']),
    );
  });

  test('three history years up to the base year, with positive revenue', () => {
    expect(m.history.map((h) => h.year)).toEqual([2024, 2025, 2026]);
    for (const h of m.history) expect(h.revenue).toBeGreaterThan(0);
  });

  test('indices near SKR\'s forecasts, a slightly negative financial net, central costs', () => {
    for (const y of m.years) {
      expect(y.wageIndex).toBeGreaterThanOrEqual(0.03);
      expect(y.wageIndex).toBeLessThanOrEqual(0.036);
      expect(y.priceIndex).toBeGreaterThanOrEqual(0.018);
      expect(y.priceIndex).toBeLessThanOrEqual(0.026);
      expect(y.financialNet).toBeLessThan(0);
      expect(y.centralCosts).toBeGreaterThan(0);
    }
  });

  test('a 3 % target over a rolling 3 + 3 window, ratio of sums, frames by uplift, capped carry-over', () => {
    expect(m.target).toBe(0.03);
    expect(m.windowBack).toBe(3);
    expect(m.windowForward).toBe(3);
    expect(m.measure).toBe('ratioOfSums');
    expect(m.frameMode).toBe('uplift');
    expect(m.carryOver.surplusCap).not.toBeNull();
    expect(m.carryOver.repaymentYears).toBeGreaterThan(1);
  });

  test('committee years with demography, an initiative and a deviation', () => {
    expect(m.committeeYears.some((r) => (r.demography ?? 0) > 0)).toBe(true);
    expect(m.committeeYears.some((r) => (r.initiative ?? 0) !== 0)).toBe(true);
    expect(m.committeeYears.some((r) => (r.deviation ?? 0) > 0)).toBe(true);
  });

  test('the four scenarios by name, each doing what its name says', () => {
    expect(m.scenarios.map((s) => s.name)).toEqual(SCENARIOS);
    const ov = (name: string) => m.scenarios.find((s) => s.name === name)!.overrides;
    expect(ov('Enprocentaren')).toMatchObject({ efficiency: 0.01, compensation: 1 });
    expect(ov('Halv uppräkning')).toMatchObject({ efficiency: 0, compensation: 0.5 });
    expect(ov('Full kompensation')).toMatchObject({ efficiency: 0, compensation: 1 });
    expect(ov('Intäktsstyrd ram')).toMatchObject({ frameMode: 'revenue' });
  });

  test('the scenarios differ: at least one meets the rolling target and at least one misses it', () => {
    const run = runModel(m);
    const met = run.scenarios.map(meetsTarget);
    expect(met).toContain(true);
    expect(met).toContain(false);
    const rolling = run.scenarios.map((s) => JSON.stringify(s.rollingShare));
    expect(new Set(rolling).size).toBe(run.scenarios.length);
    const judged = run.scenarios[0].rollingComplete;
    expect(judged).toContain(true);
    expect(judged).toContain(false);
  });

  test('the solver finds a requirement for the base', () => {
    expect(solveEfficiency(m).efficiency).not.toBeNull();
  });
});
