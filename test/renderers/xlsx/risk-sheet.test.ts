/**
 * The .xlsx file of a model with an uncertainty block holds the Risk sheet: its values, and two
 * chart parts per scenario (a stacked-area fan with median and target lines, and a horizontal bar
 * tornado) whose series read the sheet's rows and cache the analysis's numbers. The reader ignores
 * the sheet: the file reads back as the model it was written from.
 */
import { analyseRisk, runModel } from '../../../src/engine';
import { exampleModel } from '../../../src/examples';
import { readModelFromXlsx, readWorkbook, writeXlsxBuffer } from '../../../src/renderers/xlsx';
import { modelWorkbook } from '../../../src/renderers/xlsx/model-workbook';
import { sheetRange } from '../../../src/workbook/a1';
import { XlsxParts, parseChart, wellFormedProblems } from './chart-parts';

const RUNS = 200;
const SEED = 5;
const DATE = new Date('2026-05-04T12:00:00Z');
const model = exampleModel();
const names = ['Bas', ...model.scenarios.map((s) => s.name)];
const risk = analyseRisk(model, { runs: RUNS, seed: SEED });
/** The deterministic run the tornado's differences are taken from. */
const modelRun = runModel(model);

let bytes: Buffer;
let p: XlsxParts;
const written = modelWorkbook(model, { risk: { runs: RUNS, seed: SEED, date: DATE } });

beforeAll(async () => {
  bytes = await writeXlsxBuffer(written.description, written.options);
  p = new XlsxParts(bytes);
});

/** The c:ser elements of one chart group (c:areaChart, c:lineChart, c:barChart). */
function groupSeries(xml: string, group: string): string[] {
  const body = new RegExp(`<c:${group}>([\\s\\S]*?)</c:${group}>`).exec(xml)?.[1] ?? '';
  return [...body.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]);
}

describe('the Risk sheet in the .xlsx file', () => {
  test('the file lists the Risk sheet after the scenario sheets, dated and with runs and seed as values', async () => {
    const contents = readWorkbook(bytes);
    const sheetNames = contents.sheets.map((s) => s.name);
    expect(sheetNames.slice(0, names.length + 3)).toEqual(['Jämförelse', ...names, 'Risk', 'Indata']);
    const xml = p.text(p.sheetParts().get('Risk')!);
    // No formula on the sheet: a simulation is values.
    expect(xml).not.toMatch(/<f[ >]/);
    const shared = p.text('xl/sharedStrings.xml');
    expect(shared).toContain('200 körningar med fröet 5, gjord 2026-05-04');
    expect(shared).toContain('Skatteunderlagets ökning');
    // Printed as the other sheets: landscape, one page wide.
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
  });

  test('two chart parts per scenario on the Risk sheet, well formed', () => {
    const charts = p.chartsOf(p.sheetParts().get('Risk')!);
    expect(charts.length).toBe(2 * names.length);
    for (const c of charts) expect(wellFormedProblems(c.chart.xml)).toEqual([]);
    // The other sheets keep their own charts: the file has them all.
    const all = [...p.sheetParts().values()].reduce((n, part) => n + p.chartsOf(part).length, 0);
    expect(p.names(/^xl\/charts\/chart\d+\.xml$/).length).toBe(all);
  });

  test('each fan chart stacks P5 (no fill) and the band, with the median and target as lines, caching the analysis', () => {
    const charts = p.chartsOf(p.sheetParts().get('Risk')!);
    const desc = written.description.sheets.find((s) => s.name === 'Risk')!;
    risk.scenarios.forEach((s, si) => {
      const xml = charts[2 * si].chart.xml;
      const d = desc.charts[2 * si];
      expect(/<c:areaChart><c:grouping val="stacked"\/>/.test(xml)).toBe(true);
      const areas = groupSeries(xml, 'areaChart');
      const lines = groupSeries(xml, 'lineChart');
      expect([areas.length, lines.length]).toEqual([2, 2]);
      expect(areas[0]).toContain('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>');
      expect(areas[1]).toContain('<a:srgbClr val="9DC3E6"/>');
      // The band's lower edge stays out of the legend.
      expect(xml).toContain('<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>');
      const parsed = parseChart(xml).series;
      expect(parsed.map((x) => x.name)).toEqual(['P5', 'P5–P95', 'P50 (median)', 'Resultatmål']);
      expect(parsed.map((x) => x.valuesRef)).toEqual(d.series.map((x) => sheetRange('Risk', x.values)));
      expect(parsed[0].values).toEqual(s.rollingShare.p5);
      parsed[1].values.forEach((w, t) => expect(s.rollingShare.p5[t] + w!).toBeCloseTo(s.rollingShare.p95[t], 12));
      expect(parsed[2].values).toEqual(s.rollingShare.p50);
      expect(parsed[0].categories.map(Number)).toEqual(s.years);
      expect(parsed.every((x) => x.literalName)).toBe(true);
    });
  });

  test('each tornado is a horizontal bar chart of the two swings, widest at the top', () => {
    const charts = p.chartsOf(p.sheetParts().get('Risk')!);
    const computed = (si: number, s: (typeof risk.scenarios)[number]) => modelRun.scenarios[si].rollingShare[s.years.indexOf(s.tornadoYear)];
    risk.scenarios.forEach((s, si) => {
      const xml = charts[2 * si + 1].chart.xml;
      expect(xml).toContain('<c:barDir val="bar"/>');
      expect(xml).toContain('<c:overlap val="100"/>');
      expect(/<c:catAx>.*<c:orientation val="maxMin"\/>/.test(xml)).toBe(true);
      const parsed = parseChart(xml).series;
      expect(parsed.length).toBe(2);
      expect(parsed[0].categoriesAreNumbers).toBe(false);
      expect(parsed[0].categories.length).toBe(6);
      const base = computed(si, s);
      parsed[0].values.forEach((v, k) => expect(v).toBeCloseTo(s.tornado[k].low - base, 12));
      parsed[1].values.forEach((v, k) => expect(v).toBeCloseTo(s.tornado[k].high - base, 12));
    });
  });

  test('the reader ignores the Risk sheet: the file reads back as the model', async () => {
    const back = await readModelFromXlsx(bytes);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.model.uncertainty).toEqual(model.uncertainty);
  });
});
