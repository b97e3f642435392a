/**
 * The workbook with its charts survives LibreOffice: it opens, recalculates and saves as .xlsx with
 * every chart still there (LibreOffice only keeps charts it understood), each series still on its
 * cells and named as described, the charts' values LibreOffice's own recalculated figures, and every
 * formula cell equal to the engine's value.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleModel } from '../../src/examples';
import { writeXlsxFile } from '../../src/renderers/xlsx';
import { sheetRange } from '../../src/workbook/a1';
import { isFormula, WorkbookDescription } from '../../src/workbook/description';
import { describeWorkbook } from '../../src/workbook/layout';
import { contentAt } from '../../src/renderers/xlsx/tables';
import { PlacedChartPart, XlsxParts } from '../renderers/xlsx/chart-parts';
import { readAllCells, recalculateWithLibreOffice } from '../support/libreoffice';
import { formulaCells, mismatches, RELATIVE_TOLERANCE } from './compare';

/** "'Halv uppräkning'!$C$4:$F$4" and "Bas!$C$4:$F$4" name the same cells as ('Halv uppräkning', '$C$4:$F$4'). */
function normalRef(ref: string): string {
  const m = /^(?:'((?:[^']|'')*)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return ref;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return `${sheet}!${m[3]}`;
}

function withHostileNames(): WorkbookDescription {
  const model = exampleModel();
  model.committees[0].name = '<img src=x onerror=alert(1)>';
  model.committees[1].name = '=HYPERLINK("http://example.com","klicka")';
  model.scenarios[0].name = "R&D <x> 'y'";
  return describeWorkbook(model);
}

const CASES: [string, WorkbookDescription][] = [
  ['example', describeWorkbook(exampleModel())],
  ['hostile-names', withHostileNames()],
];

describe('LibreOffice keeps the charts of the written workbook', () => {
  let dir: string;
  const converted = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetsim-lo-charts-'));
    const paths = CASES.map(([name]) => join(dir, `${name}.xlsx`));
    for (const [i, [, desc]] of CASES.entries()) await writeXlsxFile(desc, paths[i]);
    const out = await recalculateWithLibreOffice(paths, join(dir, 'converted'));
    CASES.forEach(([name], i) => converted.set(name, out[i]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(CASES)('%s: every chart, with its kind, title, series names and references', (name, desc) => {
    const parts = new XlsxParts(readFileSync(converted.get(name)!));
    const sheetParts = parts.sheetParts();
    let total = 0;
    for (const sheet of desc.sheets) {
      const placed: PlacedChartPart[] = parts.chartsOf(sheetParts.get(sheet.name)!);
      expect([sheet.name, placed.length]).toEqual([sheet.name, sheet.charts.length]);
      // LibreOffice may store the charts of a sheet in another order; match them by title and kind.
      for (const chart of sheet.charts) {
        const got = placed.find((p) => p.chart.title === chart.title && p.chart.kind === chart.kind);
        expect([sheet.name, chart.title, got !== undefined]).toEqual([sheet.name, chart.title, true]);
        const c = got!.chart;
        expect(got!.from).toEqual({ row: chart.anchor.row, column: chart.anchor.column });
        // LibreOffice reads a literal series name as a string constant without doubling its quotes, so
        // it cuts or drops a name with a '"' in it (Excel reads the text as it is); other names come back exactly.
        expect(c.series).toHaveLength(chart.series.length);
        chart.series.forEach((s, i) => {
          if (!s.name.includes('"')) expect([i, c.series[i].name]).toEqual([i, s.name]);
        });
        expect(c.series.map((s) => normalRef(s.valuesRef))).toEqual(chart.series.map((s) => normalRef(sheetRange(s.sheet, s.values))));
        for (const s of c.series) expect(normalRef(s.categoriesRef)).toBe(normalRef(sheetRange(chart.categories.sheet, chart.categories.range)));
        // The values LibreOffice stored are its own recalculation of the cells: the engine's figures.
        chart.series.forEach((s, i) => {
          const src = desc.sheets.find((x) => x.name === s.sheet)!;
          const expected = Array.from({ length: s.values.columns }, (_, j) => {
            const content = contentAt(src, s.values.row, s.values.column + j);
            return isFormula(content) ? content.cached : content;
          });
          const values = c.series[i].values;
          expect(values).toHaveLength(expected.length);
          values.forEach((v, j) => {
            const e = expected[j] as number;
            expect([s.name, j, Math.abs((v ?? NaN) - e) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(e))]).toEqual([s.name, j, true]);
          });
        });
      }
      total += sheet.charts.length;
    }
    expect(total).toBeGreaterThan(0);
    expect(parts.names(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(total);
  });

  test.each(CASES)('%s: every formula cell still equals the engine', async (name, desc) => {
    const cells = formulaCells(desc);
    expect(cells.length).toBeGreaterThan(0);
    expect(mismatches(cells, await readAllCells(converted.get(name)!)).slice(0, 10)).toEqual([]);
  });
});
