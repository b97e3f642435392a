/**
 * The streaming writer draws the description's charts as native Excel charts: chart parts, a drawing
 * per sheet, relationships, content types and the sheet's <drawing> element, with literal series
 * names (user text, escaped, never a formula), absolute references and the cached values.
 */
import { exampleModel } from '../../../src/examples';
import { readModelFromXlsx, renderXlsx, writeXlsxBuffer } from '../../../src/renderers/xlsx';
import { contentAt } from '../../../src/renderers/xlsx/tables';
import { range, sheetRange } from '../../../src/workbook/a1';
import { ChartDescription, isFormula, SheetDescription, WorkbookDescription } from '../../../src/workbook/description';
import { describeWorkbook } from '../../../src/workbook/layout';
import { XlsxParts, wellFormedProblems } from './chart-parts';
import { CALC, FORMULA_LOOKING_TEXT, INPUTS, smallDescription } from './fixture';

const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

/** User text a careless writer would turn into markup or a formula. */
const HOSTILE_NAMES = ['<img src=x onerror=alert(1)>', FORMULA_LOOKING_TEXT[0], 'R&D "Öst" <>\'', '=1+1', ' leading and trailing '];

async function parts(desc: WorkbookDescription): Promise<XlsxParts> {
  return new XlsxParts(await writeXlsxBuffer(desc));
}

function sheet(desc: WorkbookDescription, name: string): SheetDescription {
  return desc.sheets.find((s) => s.name === name)!;
}

/** What the description holds in a row of cells, as a chart caches it. */
function cachedRow(desc: WorkbookDescription, sheetName: string, r: { row: number; column: number; columns: number }): unknown[] {
  return Array.from({ length: r.columns }, (_, j) => {
    const c = contentAt(sheet(desc, sheetName), r.row, r.column + j);
    return isFormula(c) ? c.cached : c;
  });
}

/** Indata of the fixture gets a clustered column chart with hostile series names and an escaped format. */
function hostileDescription(): WorkbookDescription {
  const d = smallDescription();
  sheet(d, INPUTS).charts.push({
    kind: 'columnClustered',
    title: 'Belopp <b>&</b> "år"',
    // Kalkyl's year header and sums: the chart refers to another sheet than its own.
    categories: { sheet: CALC, range: range(0, 1, 1, 2) },
    series: [
      { name: HOSTILE_NAMES[0], sheet: CALC, values: range(1, 1, 1, 2) },
      { name: HOSTILE_NAMES[1], sheet: CALC, values: range(1, 1, 1, 2) },
      { name: HOSTILE_NAMES[2], sheet: CALC, values: range(1, 1, 1, 2) },
      { name: HOSTILE_NAMES[3], sheet: CALC, values: range(1, 1, 1, 2) },
      { name: HOSTILE_NAMES[4], sheet: CALC, values: range(1, 1, 1, 2) },
    ],
    anchor: range(20, 5, 15, 7),
    valueAxisFormat: '#,##0 "kr";-#,##0 "kr"',
  });
  return d;
}

describe('the small workbook: one line chart on the first sheet', () => {
  let p: XlsxParts;
  const desc = smallDescription();
  const chart = sheet(desc, CALC).charts[0];

  beforeAll(async () => {
    p = await parts(desc);
  });

  test('a chart part and a drawing part, with their content types', () => {
    expect(p.names(/^xl\/(charts|drawings)\//)).toEqual(['xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml']);
    expect(p.contentType('xl/charts/chart1.xml')).toBe(CHART_TYPE);
    expect(p.contentType('xl/drawings/drawing1.xml')).toBe(DRAWING_TYPE);
  });

  test('the sheet refers to its drawing, the drawing to its chart', () => {
    const sheetPart = p.sheetParts().get(CALC)!;
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(p.text(sheetPart))![1];
    expect(p.relationships(sheetPart)).toContainEqual({ id: drawingId, type: DRAWING_REL, part: 'xl/drawings/drawing1.xml' });
    expect(p.relationships('xl/drawings/drawing1.xml')).toEqual([{ id: 'rId1', type: CHART_REL, part: 'xl/charts/chart1.xml' }]);
    expect(p.chartsOf(p.sheetParts().get(INPUTS)!)).toEqual([]);
  });

  test('the chart spans its anchor cells: from the first cell to the corner after the last', () => {
    const [placed] = p.chartsOf(p.sheetParts().get(CALC)!);
    // anchor: row 6, column 0, 10 rows, 4 columns.
    expect(placed.from).toEqual({ row: 6, column: 0 });
    expect(placed.to).toEqual({ row: 16, column: 4 });
    expect(placed.offsets).toEqual([0, 0, 0, 0]);
    expect(placed.descr).toBe('Summa');
  });

  test('a line chart with its title, the series name as text, absolute quoted references and the cached values', () => {
    const [{ chart: c }] = p.chartsOf(p.sheetParts().get(CALC)!);
    expect(c.kind).toBe('line');
    expect(c.title).toBe('Summa');
    expect(c.legendPos).toBe('b');
    expect(c.series).toHaveLength(1);
    const [s] = c.series;
    expect(s.name).toBe('Summa');
    expect(s.literalName).toBe(true);
    // The sheet name has apostrophes: quoted, doubled.
    expect(s.categoriesRef).toBe("'Kalkyl ''A'' 2027'!$B$1:$C$1");
    expect(s.valuesRef).toBe("'Kalkyl ''A'' 2027'!$B$2:$C$2");
    expect(s.categoriesRef).toBe(sheetRange(CALC, chart.categories.range));
    expect(s.categoriesAreNumbers).toBe(true);
    expect(s.categories).toEqual(['2027', '2028']);
    expect(s.values).toEqual([297.5, 29.75]);
    // No value axis format in the description: the axis follows the cells.
    expect(c.valueAxisNumFmt).toEqual({ formatCode: 'General', sourceLinked: '1' });
    expect(wellFormedProblems(c.xml)).toEqual([]);
  });

  test('the <drawing> element sits where CT_Worksheet wants it: after the page setup, last here', () => {
    const xml = p.text(p.sheetParts().get(CALC)!);
    expect(xml).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId\d+"\/><\/worksheet>$/);
  });

  test('the in-memory renderer writes no chart parts', async () => {
    const memory = new XlsxParts(Buffer.from(await renderXlsx(desc).xlsx.writeBuffer()));
    expect(memory.names(/chart|drawing/)).toEqual([]);
  });
});

describe('user text in charts: escaped, and literal even when it looks like a formula', () => {
  let p: XlsxParts;
  const desc = hostileDescription();

  beforeAll(async () => {
    p = await parts(desc);
  });

  test('every part written for charts is well-formed XML', () => {
    for (const part of p.names(/^xl\/(charts|drawings)\//)) expect([part, wellFormedProblems(p.text(part))]).toEqual([part, []]);
  });

  test('series names come back exactly, as literal c:v text, never a reference', () => {
    const [placed] = p.chartsOf(p.sheetParts().get(INPUTS)!);
    const names = placed.chart.series.map((s) => s.name);
    expect(names).toEqual(HOSTILE_NAMES);
    for (const s of placed.chart.series) expect([s.literalName, s.tx]).toEqual([true, expect.stringMatching(/^<c:tx><c:v>[^<]*<\/c:v><\/c:tx>$/)]);
    const xml = placed.chart.xml;
    expect(xml).toContain('<c:tx><c:v>&lt;img src=x onerror=alert(1)&gt;</c:v></c:tx>');
    expect(xml).toContain('<c:tx><c:v>=HYPERLINK("http://example.com","klicka")</c:v></c:tx>');
    expect(xml).toContain('<c:tx><c:v>R&amp;D "Öst" &lt;&gt;\'</c:v></c:tx>');
    expect(xml).not.toContain('<img');
    // The only references are the categories and the values.
    expect([...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].every((m) => m[1].startsWith("'Kalkyl ''A'' 2027'!$"))).toBe(true);
    expect(xml).not.toContain('<c:strRef>');
  });

  test('the title and the alternative text are escaped', () => {
    const [placed] = p.chartsOf(p.sheetParts().get(INPUTS)!);
    expect(placed.chart.title).toBe('Belopp <b>&</b> "år"');
    expect(placed.chart.xml).toContain('<a:t>Belopp &lt;b&gt;&amp;&lt;/b&gt; "år"</a:t>');
    expect(placed.descr).toBe('Belopp <b>&</b> "år"');
    expect(p.text('xl/drawings/drawing1.xml') + p.text('xl/drawings/drawing2.xml')).toContain('descr="Belopp &lt;b&gt;&amp;&lt;/b&gt; &quot;år&quot;"');
  });

  test('a clustered column chart whose value axis has the description\'s format, not the cells\'', () => {
    const [{ chart: c }] = p.chartsOf(p.sheetParts().get(INPUTS)!);
    expect(c.kind).toBe('columnClustered');
    expect(c.valueAxisNumFmt).toEqual({ formatCode: '#,##0 "kr";-#,##0 "kr"', sourceLinked: '0' });
    expect(c.xml).toContain('formatCode="#,##0 &quot;kr&quot;;-#,##0 &quot;kr&quot;" sourceLinked="0"');
    expect(c.legendPos).toBe('b');
  });

  test('two sheets with charts: a drawing each, charts numbered across the workbook, every part typed', () => {
    const sheets = p.sheetParts();
    const calc = p.chartsOf(sheets.get(CALC)!);
    const inputs = p.chartsOf(sheets.get(INPUTS)!);
    expect([...calc, ...inputs].map((c) => c.chart.part).sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    const drawingOf = (sheetPart: string) => p.relationships(sheetPart).filter((r) => r.type === DRAWING_REL).map((r) => r.part);
    expect([...drawingOf(sheets.get(CALC)!), ...drawingOf(sheets.get(INPUTS)!)].sort()).toEqual(['xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml']);
    for (const part of p.names(/^xl\/(charts|drawings)\/[^/]+\.xml$/)) expect(p.contentType(part)).toBe(part.includes('chart') ? CHART_TYPE : DRAWING_TYPE);
  });

  test('on a sheet with tables, <drawing> comes after the validations and page setup and before <tableParts>', () => {
    const xml = p.text(p.sheetParts().get(INPUTS)!);
    const at = (marker: string) => {
      const i = xml.indexOf(marker);
      expect([marker, i >= 0]).toEqual([marker, true]);
      return i;
    };
    const order = ['</sheetData>', '<dataValidations', '<pageMargins', '<pageSetup', '<drawing ', '<tableParts', '</worksheet>'].map(at);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(xml).toMatch(/<drawing r:id="rId\d+"\/><tableParts count="1">/);
  });
});

describe('cached values', () => {
  test('text categories are cached as text; a point without a number is a gap, the count stays', async () => {
    const d = smallDescription();
    const calc = sheet(d, CALC);
    calc.blocks.push({ row: 30, column: 0, cells: [['Etikett', 'ett', null, 'tre'], ['Värde', 1.5, { formula: 'NA()', cached: null }, { formula: 'B32>0', cached: true }]] });
    calc.charts = [{ kind: 'line', title: 'T', categories: { sheet: CALC, range: range(30, 1, 1, 3) }, series: [{ name: 'V', sheet: CALC, values: range(31, 1, 1, 3) }], anchor: range(0, 6, 5, 5) }];
    const p = await parts(d);
    const [{ chart: c }] = p.chartsOf(p.sheetParts().get(CALC)!);
    expect(c.series[0].categoriesAreNumbers).toBe(false);
    expect(c.xml).toContain('<c:cat><c:strRef>');
    expect(c.series[0].categories).toEqual(['ett', undefined, 'tre']);
    expect(c.series[0].values).toEqual([1.5, undefined, undefined]);
  });
});

describe('charts Excel would repair are refused before anything is written', () => {
  const calcChart = (d: WorkbookDescription): ChartDescription => sheet(d, CALC).charts[0];
  test.each<[string, (d: WorkbookDescription) => void, RegExp]>([
    ['series on a sheet the workbook lacks', (d) => (calcChart(d).series[0].sheet = 'Nowhere'), /sheet the workbook does not have: Nowhere/],
    ['categories on a sheet the workbook lacks', (d) => (calcChart(d).categories.sheet = 'Nowhere'), /sheet the workbook does not have: Nowhere/],
    ['values of two rows', (d) => (calcChart(d).series[0].values = range(1, 1, 2, 2)), /must be one row of cells/],
    ['no series', (d) => (calcChart(d).series = []), /at least one series/],
    ['an anchor outside the grid', (d) => (calcChart(d).anchor = range(-1, 0, 3, 3)), /is not a range of cells/],
    ['an empty anchor', (d) => (calcChart(d).anchor = range(0, 0, 0, 3)), /is not a range of cells/],
    ['more series than Excel draws', (d) => (calcChart(d).series = Array.from({ length: 256 }, () => calcChart(d).series[0])), /more than Excel's 255/],
  ])('%s', async (_what, edit, message) => {
    const d = smallDescription();
    edit(d);
    await expect(writeXlsxBuffer(d)).rejects.toThrow(message);
  });
});

describe('the example workbook: the scenario charts and the comparison chart', () => {
  const desc = describeWorkbook(exampleModel());
  let bytes: Buffer;
  let p: XlsxParts;

  beforeAll(async () => {
    bytes = await writeXlsxBuffer(desc);
    p = new XlsxParts(bytes);
  });

  test('every sheet carries the charts its description has, as described', () => {
    const sheetParts = p.sheetParts();
    let total = 0;
    for (const s of desc.sheets) {
      const placed = p.chartsOf(sheetParts.get(s.name)!);
      expect([s.name, placed.length]).toEqual([s.name, s.charts.length]);
      s.charts.forEach((chart, i) => {
        const { from, to, chart: c } = placed[i];
        expect(from).toEqual({ row: chart.anchor.row, column: chart.anchor.column });
        expect(to).toEqual({ row: chart.anchor.row + chart.anchor.rows, column: chart.anchor.column + chart.anchor.columns });
        expect(c.kind).toBe(chart.kind);
        expect(c.title).toBe(chart.title);
        expect(c.valueAxisNumFmt).toEqual({ formatCode: chart.valueAxisFormat, sourceLinked: '0' });
        expect(c.series.map((x) => x.name)).toEqual(chart.series.map((x) => x.name));
        expect(c.series.every((x) => x.literalName)).toBe(true);
        expect(c.series.map((x) => x.valuesRef)).toEqual(chart.series.map((x) => sheetRange(x.sheet, x.values)));
        for (const x of c.series) expect(x.categoriesRef).toBe(sheetRange(chart.categories.sheet, chart.categories.range));
        expect(c.series.map((x) => x.values)).toEqual(chart.series.map((x) => cachedRow(desc, x.sheet, x.values)));
        expect(c.series[0].categories).toEqual(cachedRow(desc, chart.categories.sheet, chart.categories.range).map(String));
        expect(wellFormedProblems(c.xml)).toEqual([]);
      });
      total += s.charts.length;
    }
    expect(p.names(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(total);
  });

  test('the comparison sheet has the result chart; each scenario sheet the result-share line and the frames columns', () => {
    const sheetParts = p.sheetParts();
    const kinds = (name: string) => p.chartsOf(sheetParts.get(name)!).map((c) => c.chart.kind);
    const comparison = desc.sheets.find((s) => s.role === 'comparison')!;
    expect(kinds(comparison.name)).toEqual(['columnClustered']);
    expect(p.chartsOf(sheetParts.get(comparison.name)!)[0].chart.series.map((s) => s.name)).toEqual(['Bas', ...exampleModel().scenarios.map((s) => s.name)]);
    const scenarios = desc.sheets.filter((s) => s.role === 'scenario');
    expect(scenarios.length).toBeGreaterThan(1);
    for (const s of scenarios) expect(kinds(s.name)).toEqual(['line', 'columnClustered']);
    for (const s of desc.sheets.filter((x) => x.role === 'inputs')) expect(kinds(s.name)).toEqual([]);
  });

  test('the workbook still reads back as its model', async () => {
    const read = await readModelFromXlsx(bytes);
    expect(read.ok).toBe(true);
  });
});

test('committee and scenario names from the model reach the charts as escaped literal text', async () => {
  const model = exampleModel();
  model.committees[0].name = HOSTILE_NAMES[0];
  model.committees[1].name = HOSTILE_NAMES[1];
  model.scenarios[0].name = 'R&D <x> "y"';
  const desc = describeWorkbook(model);
  const p = await parts(desc);
  const sheetParts = p.sheetParts();
  const base = desc.sheets.find((s) => s.role === 'scenario')!;
  const frames = p.chartsOf(sheetParts.get(base.name)!)[1].chart;
  expect(frames.series.slice(0, 2).map((s) => [s.name, s.literalName])).toEqual(HOSTILE_NAMES.slice(0, 2).map((n) => [n, true]));
  expect(frames.xml).toContain('<c:v>&lt;img src=x onerror=alert(1)&gt;</c:v>');
  const comparison = p.chartsOf(sheetParts.get(desc.sheets.find((s) => s.role === 'comparison')!.name)!)[0].chart;
  expect(comparison.series[1].name).toBe('R&D <x> "y"');
  // Its scenario sheet is named after it; references to it are quoted and escaped.
  const renamed = desc.sheets.find((s) => s.scenario === 'R&D <x> "y"')!;
  const line = p.chartsOf(sheetParts.get(renamed.name)!)[0].chart;
  expect(line.series[0].valuesRef.startsWith(`'${renamed.name}'!$C$`)).toBe(true);
  expect(line.xml).toContain(`<c:f>'R&amp;D &lt;x&gt; "y"'!$C$`);
  for (const part of p.names(/^xl\/(charts|drawings)\//)) expect([part, wellFormedProblems(p.text(part))]).toEqual([part, []]);
});
