import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meetsTarget, runModel, solveEfficiency } from '../../src/engine';
import { exampleModel } from '../../src/examples';
import { parseModel } from '../../src/model-file';

const FILE = join(__dirname, '..', '..', 'src', 'examples', 'exempelkommun.json');
const raw = () => JSON.parse(readFileSync(FILE, 'utf8')) as unknown;

const SCENARIOS = ['Enprocentaren', 'Halv uppräkning', 'Full kompensation', 'Intäktsstyrd ram', 'Lågkonjunktur'];

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

  test('its identity: Swedish, mnkr, schema 2, base year 2026, four plan years', () => {
    expect(m.name).toBe('Exempelkommun');
    expect(m.schemaVersion).toBe(2);
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

  test('indices near SKR\'s forecasts, a slightly negative financial net after interest, central costs', () => {
    const base = runModel(m).scenarios[0];
    m.years.forEach((y, t) => {
      expect(y.wageIndex).toBeGreaterThanOrEqual(0.03);
      expect(y.wageIndex).toBeLessThanOrEqual(0.036);
      expect(y.priceIndex).toBeGreaterThanOrEqual(0.018);
      expect(y.priceIndex).toBeLessThanOrEqual(0.026);
      // Financial income (dividends, guarantee fees) before the interest on the debt; net cost after it.
      expect(y.financialNet).toBeGreaterThan(0);
      expect(base.financialNet[t]).toBeLessThan(0);
      expect(base.financialNet[t]).toBeGreaterThan(-0.02 * base.revenue[t]);
      expect(y.centralCosts).toBeGreaterThan(0);
    });
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
    // Lågkonjunktur: lower tax base growth in every year than the base.
    const recession = ov('Lågkonjunktur').years!;
    for (const y of m.years) expect(recession.find((r) => r.year === y.year)!.taxBaseGrowth!).toBeLessThan(y.taxBaseGrowth);
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

  describe('the long-term financial plan', () => {
    const run = runModel(m);
    const base = run.scenarios[0];

    test('an investment plan of 300-600 mnkr a year at first: schools, a care home, water and roads, lives 10-50 years', () => {
      expect(base.investment[0]).toBeGreaterThanOrEqual(300);
      expect(base.investment[0]).toBeLessThanOrEqual(600);
      expect(base.investment[1]).toBeGreaterThanOrEqual(300);
      expect(base.investment[1]).toBeLessThanOrEqual(600);
      const names = (m.investments ?? []).map((i) => i.name).join(' ');
      expect(names).toMatch(/skola/i);
      expect(names).toMatch(/omsorgsboende/i);
      expect(names).toMatch(/VA/);
      expect(names).toMatch(/vägar/i);
      for (const i of m.investments ?? []) {
        expect(i.life).toBeGreaterThanOrEqual(10);
        expect(i.life).toBeLessThanOrEqual(50);
      }
    });

    test('net debt around 2 500 mnkr at an interest rate near 3 %', () => {
      expect(m.debt).toBeGreaterThanOrEqual(2000);
      expect(m.debt).toBeLessThanOrEqual(3000);
      for (const y of m.years) {
        expect(y.interestRate).toBeGreaterThanOrEqual(0.025);
        expect(y.interestRate).toBeLessThanOrEqual(0.035);
      }
    });

    test('two or three projects that cost first and pay back within the plan', () => {
      expect(base.projects.length).toBeGreaterThanOrEqual(2);
      expect(base.projects.length).toBeLessThanOrEqual(3);
      for (const p of base.projects) {
        expect(p.effect[0]).toBeGreaterThan(0);
        expect(p.paybackYear).not.toBeNull();
      }
      const homeCare = base.projects.find((p) => /hemtjänst/i.test(p.name))!;
      expect(homeCare.effect[0]).toBe(4);
      expect(homeCare.effect[1]).toBeLessThanOrEqual(-2);
      expect(homeCare.effect[1]).toBeGreaterThanOrEqual(-3);
    });

    test('a population forecast of about 60 000 inhabitants by age group, driving BUN, GAN and VON', () => {
      const groups = (m.ageGroups ?? []).map((g) => g.name);
      expect(groups).toEqual(expect.arrayContaining(['1–5 år', '6–15 år', '16–18 år', '19–64 år', '65–79 år', '80 år och äldre']));
      for (const p of base.population) {
        expect(p).toBeGreaterThan(57_000);
        expect(p).toBeLessThan(63_000);
      }
      const weighted = m.committees.filter((c) => (c.demographyWeights ?? []).length > 0).map((c) => c.id);
      expect(weighted.sort()).toEqual(['BUN', 'GAN', 'VON']);
      const d = (id: string) => base.committees.find((c) => c.id === id)!.demography[0];
      // Fewer young children, more upper-secondary pupils and many more over-80s.
      expect(d('BUN')).toBeLessThan(0);
      expect(d('GAN')).toBeGreaterThan(0);
      expect(d('VON')).toBeGreaterThan(0.015);
    });

    test('costPerFte for every committee, so the requirement reads in FTEs', () => {
      for (const c of m.committees) expect(c.costPerFte).toBeGreaterThan(0.4);
      for (const c of base.committees) for (const fte of c.efficiencyFte) expect(fte).not.toBeNull();
    });

    test('the base is a plan a council could adopt: target and balance requirement met every year, debt kept in check', () => {
      expect(meetsTarget(base)).toBe(true);
      expect(base.balanceMet.every((x) => x)).toBe(true);
      expect(base.debt[base.debt.length - 1]).toBeLessThan(1.2 * (m.debt ?? 0));
    });

    test('a reserve policy: deposits at share 1 above 1 %, capped at 5 %, withdrawals allowed, an opening balance', () => {
      expect(m.reserve).toEqual({ openingBalance: expect.any(Number), threshold: 0.01, cap: 0.05, deposit: 1, withdraw: true });
      expect(m.reserve!.openingBalance!).toBeGreaterThan(0);
    });

    test('Lågkonjunktur shows the reserve used, a deficit restored and an overdue year', () => {
      const recession = run.scenarios.find((s) => s.name === 'Lågkonjunktur')!;
      expect(recession.result.some((r) => r < 0)).toBe(true);
      expect(recession.reserveWithdrawal.some((w) => w > 0)).toBe(true);
      expect(recession.restored.some((r) => r > 0)).toBe(true);
      expect(recession.restorationOverdue.some((o) => o > 0)).toBe(true);
      expect(recession.balanceMet).toContain(false);
    });
  });
});
