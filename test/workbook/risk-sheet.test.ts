/**
 * The Risk sheet as described: its figures are the engine's risk analysis (the same seed and runs
 * give the same numbers), written as values with the date, runs and seed; the fan and tornado
 * charts read its rows; the comparison sheet shows the whole plan's probabilities.
 */
import { analyseRisk, runModel } from '../../src/engine';
import { exampleModel } from '../../src/examples';
import { CellContent, isFormula, SheetDescription, WorkbookDescription } from '../../src/workbook/description';
import { describeWorkbook } from '../../src/workbook/layout';
import { riskForWorkbook } from '../../src/workbook/layout/risk-sheet';
import fc from 'fast-check';
import { arbModelV2 } from '../support/arbitraries';
import { exampleModelV1 } from '../support/example-v1';
import { cellAt, sheetNamed } from './layout/helpers';

const RUNS = 300;
const SEED = 7;
const DATE = new Date('2026-03-14T09:30:00Z');

const model = exampleModel();
const run = runModel(model);
const risk = analyseRisk(model, { runs: RUNS, seed: SEED });
const desc = describeWorkbook(model, { run, risk: { result: risk, date: DATE } });
const sheet = sheetNamed(desc, 'Risk');

function at(s: SheetDescription, row: number, column: number): CellContent {
  return cellAt(s, row, column) ?? null;
}

/** The first row at or after `from` whose label (column A) is `text`. */
function rowOf(s: SheetDescription, text: string, from = 0): number {
  for (let r = from; r < 500; r++) if (at(s, r, 0) === text) return r;
  throw new Error(`no row "${text}" on ${s.name} from row ${from}`);
}

function rowValues(s: SheetDescription, row: number, n: number, first = 1): CellContent[] {
  return Array.from({ length: n }, (_, j) => at(s, row, first + j));
}

function everyCell(s: SheetDescription): CellContent[] {
  return s.blocks.flatMap((b) => b.cells.flat());
}

const H = model.years.length;
const names = ['Bas', ...model.scenarios.map((s) => s.name)];

describe('the Risk sheet in the description', () => {
  it('is written only when the caller gives the analysis and the model has an uncertainty block', () => {
    expect(describeWorkbook(model, { run }).sheets.map((s) => s.name)).not.toContain('Risk');
    const v1 = exampleModelV1();
    expect(v1.uncertainty).toBeUndefined();
    expect(riskForWorkbook(v1)).toBeUndefined();
    const v1desc = describeWorkbook(v1, { risk: { result: analyseRisk(v1, { runs: 10 }), date: DATE } });
    expect(v1desc.sheets.some((s) => s.role === 'risk')).toBe(false);
  });

  it('sits after the scenario sheets and before the inputs, is marked as Budgetsim\'s and prints as the others do', () => {
    const order = desc.sheets.map((s) => s.name);
    expect(order.slice(0, 1 + names.length + 2)).toEqual(['Jämförelse', ...names, 'Risk', 'Indata']);
    expect(sheet.role).toBe('risk');
    expect(desc.names.filter((n) => n.sheet === 'Risk').map((n) => n.name)).toEqual([`bs_sheet_${order.indexOf('Risk') + 1}`]);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, header: { left: 'Exempelkommun', right: 'Risk' } });
    expect(sheet.tables).toEqual([]);
  });

  it('holds values only, and says it is a simulation with its date, runs and seed', () => {
    expect(everyCell(sheet).filter(isFormula)).toEqual([]);
    const note = String(at(sheet, 2, 0));
    expect(note).toContain('simulering');
    expect(note).toContain('300 körningar');
    expect(note).toContain('fröet 7');
    expect(note).toContain('2026-03-14');
    expect(String(at(sheet, 3, 0))).toContain('bsUncertainty på bladet Indata');
    expect(rowValues(sheet, rowOf(sheet, 'Simulerad'), 1)).toEqual(['2026-03-14']);
    expect(rowValues(sheet, rowOf(sheet, 'Körningar'), 1)).toEqual([RUNS]);
    expect(rowValues(sheet, rowOf(sheet, 'Frö'), 1)).toEqual([SEED]);
  });

  it('lists the uncertain inputs in words with their sd and persistence, as the model has them', () => {
    const words = {
      taxBaseGrowth: 'Skatteunderlagets ökning',
      wageIndex: 'Löneökning',
      priceIndex: 'Prisökning',
      grants: 'Generella statsbidrag och utjämning',
      interestRate: 'Räntesats på nettoskulden',
      deviation: 'Nämndernas budgetavvikelse',
    };
    const header = rowOf(sheet, 'Indata');
    expect(rowValues(sheet, header, 3, 0)).toEqual(['Indata', 'Standardavvikelse', 'Beständighet']);
    const inputs = model.uncertainty!.inputs;
    expect(inputs.length).toBe(6);
    inputs.forEach((u, k) => expect(rowValues(sheet, header + 1 + k, 3, 0)).toEqual([words[u.input], u.sd, u.persistence ?? 0]));
  });

  it("shows each scenario's percentiles, target, probabilities and tornado exactly as analyseRisk gives them", () => {
    expect(risk.scenarios.map((s) => s.name)).toEqual(['Base', ...model.scenarios.map((s) => s.name)]);
    risk.scenarios.forEach((s, si) => {
      const top = rowOf(sheet, `Scenario: ${names[si]}`);
      const rolling = rowOf(sheet, 'Rullande resultat %', top);
      expect(rowValues(sheet, rolling, H)).toEqual(s.years);
      expect(rowValues(sheet, rolling + 1, H)).toEqual(s.rollingShare.p5);
      expect(rowValues(sheet, rolling + 2, H)).toEqual(s.rollingShare.p50);
      expect(rowValues(sheet, rolling + 3, H)).toEqual(s.rollingShare.p95);
      expect(rowValues(sheet, rolling + 4, H)).toEqual(s.years.map(() => run.scenarios[si].target));
      // The band the fan chart stacks on P5: P95 - P5, so P5 + band = P95.
      const band = rowValues(sheet, rolling + 5, H) as number[];
      band.forEach((w, t) => expect(s.rollingShare.p5[t] + w).toBeCloseTo(s.rollingShare.p95[t], 12));
      const result = rowOf(sheet, 'Årets resultat', top);
      expect(rowValues(sheet, result + 1, H)).toEqual(s.result.p5);
      expect(rowValues(sheet, result + 2, H)).toEqual(s.result.p50);
      expect(rowValues(sheet, result + 3, H)).toEqual(s.result.p95);
      expect(rowValues(sheet, rowOf(sheet, 'P(mål nått)', top), H)).toEqual(s.pTargetMet);
      expect(rowValues(sheet, rowOf(sheet, 'P(balanskrav)', top), H)).toEqual(s.pBalanceMet);
      expect(rowValues(sheet, rowOf(sheet, 'P(mål nått), hela planen', top), 1)).toEqual([s.pTargetMetAll]);
      expect(rowValues(sheet, rowOf(sheet, 'P(balanskrav), hela planen', top), 1)).toEqual([s.pBalanceMetAll]);

      const tornado = rowOf(sheet, `Känslighet: rullande resultat % år ${s.tornadoYear}`, top);
      const n = s.tornado.length;
      expect(n).toBe(6);
      // Widest swing first, as the engine sorts: swings compared to 1e-12 of a share, so an input
      // that moves nothing but a rounding error of 1e-17 counts as moving nothing.
      const widths = s.tornado.map((b) => Math.round(Math.abs(b.high - b.low) * 1e12));
      expect(widths).toEqual([...widths].sort((a, b) => b - a));
      expect(rowValues(sheet, tornado + 1, n)).toEqual(s.tornado.map((b) => b.low));
      expect(rowValues(sheet, tornado + 2, n)).toEqual(s.tornado.map((b) => b.high));
      const computed = run.scenarios[si].rollingShare[s.years.indexOf(s.tornadoYear)];
      expect(rowValues(sheet, tornado + 3, n)).toEqual(s.tornado.map(() => computed));
      expect(rowValues(sheet, tornado + 4, n)).toEqual(s.tornado.map((b) => b.low - computed));
      expect(rowValues(sheet, tornado + 5, n)).toEqual(s.tornado.map((b) => b.high - computed));
    });
  });

  it('the same seed and runs give the same sheet; another seed other figures', () => {
    const again = describeWorkbook(model, { run, risk: { result: analyseRisk(model, { runs: RUNS, seed: SEED }), date: DATE } });
    expect(sheetNamed(again, 'Risk').blocks).toEqual(sheet.blocks);
    const other = describeWorkbook(model, { run, risk: { result: analyseRisk(model, { runs: RUNS, seed: SEED + 1 }), date: DATE } });
    expect(sheetNamed(other, 'Risk').blocks).not.toEqual(sheet.blocks);
  });

  it('draws a fan chart and a tornado per scenario on its own rows', () => {
    expect(sheet.charts.length).toBe(2 * names.length);
    risk.scenarios.forEach((s, si) => {
      const top = rowOf(sheet, `Scenario: ${names[si]}`);
      const rolling = rowOf(sheet, 'Rullande resultat %', top);
      const fan = sheet.charts[2 * si];
      expect(fan.kind).toBe('areaStacked');
      expect(fan.title).toContain(names[si]);
      expect(fan.categories).toEqual({ sheet: 'Risk', range: { row: rolling, column: 1, rows: 1, columns: H } });
      expect(fan.series.map((x) => [x.name, x.values.row, x.line === true, x.noFill === true])).toEqual([
        ['P5', rolling + 1, false, true],
        ['P5–P95', rolling + 5, false, false],
        ['P50 (median)', rolling + 2, true, false],
        ['Resultatmål', rolling + 4, true, false],
      ]);
      const bars = sheet.charts[2 * si + 1];
      const tornado = rowOf(sheet, `Känslighet: rullande resultat % år ${s.tornadoYear}`, top);
      expect(bars.kind).toBe('barClustered');
      expect(bars.reverseCategories).toBe(true);
      expect(bars.categories).toEqual({ sheet: 'Risk', range: { row: tornado, column: 1, rows: 1, columns: 6 } });
      expect(bars.series.map((x) => x.values.row)).toEqual([tornado + 4, tornado + 5]);
      // Both charts start at the scenario's first row, and the next scenario starts below them.
      expect([fan.anchor.row, bars.anchor.row]).toEqual([top, top]);
      if (si + 1 < names.length) expect(rowOf(sheet, `Scenario: ${names[si + 1]}`)).toBeGreaterThanOrEqual(top + fan.anchor.rows);
    });
  });

  it("puts the whole plan's probabilities per scenario on the comparison sheet, as values naming the Risk sheet", () => {
    const cmp = sheetNamed(desc, 'Jämförelse');
    const header = rowOf(cmp, 'Riskanalys, hela planen');
    expect(rowValues(cmp, header, 2)).toEqual(['P(mål nått)', 'P(balanskrav)']);
    risk.scenarios.forEach((s, si) => expect(rowValues(cmp, header + 1 + si, 3, 0)).toEqual([names[si], s.pTargetMetAll, s.pBalanceMetAll]));
    expect(String(at(cmp, header + 1 + names.length, 0))).toContain('bladet Risk');
    const plain = sheetNamed(describeWorkbook(model, { run }), 'Jämförelse');
    expect(() => rowOf(plain, 'Riskanalys, hela planen')).toThrow();
  });

  it('speaks English when the workbook does, and yields its name to a sheet of the user\'s', () => {
    const en: WorkbookDescription = describeWorkbook(model, { run, language: 'en', risk: { result: risk, date: DATE }, reservedSheetNames: ['risk'] });
    const s = en.sheets.find((x) => x.role === 'risk')!;
    expect(s.name).toBe('Risk (2)');
    expect(String(at(s, 2, 0))).toContain('300 runs with seed 7, made on 2026-03-14');
    expect(rowOf(s, 'Tax base growth')).toBeGreaterThan(0);
    expect(rowOf(s, 'Scenario: Base')).toBeGreaterThan(0);
    const cmp = en.sheets.find((x) => x.role === 'comparison')!;
    expect(String(at(cmp, rowOf(cmp, 'Risk analysis, whole plan') + 1 + names.length, 0))).toContain("the sheet Risk (2)");
  });

  it('keeps its name before a scenario called Risk, whose sheet takes another', () => {
    const named = { ...model, scenarios: model.scenarios.map((s, i) => (i === 0 ? { ...s, name: 'Risk' } : s)) };
    const d = describeWorkbook(named, { risk: { result: analyseRisk(named, { runs: 10 }), date: DATE } });
    expect(d.sheets.filter((s) => s.role === 'risk').map((s) => s.name)).toEqual(['Risk']);
    expect(d.sheets.find((s) => s.role === 'scenario' && s.scenario === 'Risk')!.name).toBe('Risk (2)');
    expect(rowOf(sheetNamed(d, 'Risk'), 'Scenario: Risk')).toBeGreaterThan(0);
  });

  it('riskForWorkbook runs 2 000 draws with seed 1 unless told otherwise, and dates the sheet as told', () => {
    const small = riskForWorkbook(model, { runs: 20, seed: 3, date: DATE })!;
    expect([small.result.runs, small.result.seed, small.date]).toEqual([20, 3, DATE]);
    expect(small.result).toEqual(analyseRisk(model, { runs: 20, seed: 3 }));
    const before = Date.now();
    const byDefault = riskForWorkbook(model)!;
    expect([byDefault.result.runs, byDefault.result.seed]).toEqual([2000, 1]);
    expect(byDefault.date.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('for any model with an uncertainty block: a Risk sheet of values only, P5 <= P50 <= P95, a band that is never negative, probabilities in [0, 1]', () => {
    fc.assert(
      fc.property(arbModelV2({ maxHorizon: 4, maxCommittees: 3 }), (m) => {
        const analysis = riskForWorkbook(m, { runs: 25, seed: 3, date: DATE });
        const d = describeWorkbook(m, { language: 'sv', ...(analysis ? { risk: analysis } : {}) });
        const sheets = d.sheets.filter((s) => s.role === 'risk');
        expect(sheets.length).toBe(m.uncertainty ? 1 : 0);
        if (!analysis) return;
        const s = sheets[0];
        expect(everyCell(s).filter(isFormula)).toEqual([]);
        const years = m.years.length;
        for (const sc of analysis.result.scenarios) {
          const top = rowOf(s, `Scenario: ${sc.name === 'Base' ? 'Bas' : sc.name}`);
          const rolling = rowOf(s, 'Rullande resultat %', top);
          const [p5, p50, p95, , band] = [1, 2, 3, 4, 5].map((k) => rowValues(s, rolling + k, years) as number[]);
          p5.forEach((v, t) => {
            expect(v).toBeLessThanOrEqual(p50[t]);
            expect(p50[t]).toBeLessThanOrEqual(p95[t]);
            expect(band[t]).toBeGreaterThanOrEqual(0);
          });
          for (const label of ['P(mål nått)', 'P(balanskrav)']) {
            for (const p of rowValues(s, rowOf(s, label, top), years) as number[]) expect(p >= 0 && p <= 1).toBe(true);
          }
          // One fan chart per scenario, and a tornado when there is an uncertain input.
          expect(sc.tornado.length).toBe(m.uncertainty!.inputs.length);
        }
        const tornadoes = m.uncertainty!.inputs.length > 0 ? 1 : 0;
        expect(s.charts.length).toBe(analysis.result.scenarios.length * (1 + tornadoes));
      }),
      { numRuns: 25 },
    );
  });
});
