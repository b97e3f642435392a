/**
 * The written example with its Risk sheet survives LibreOffice: opened, recalculated and saved as
 * .xlsx, the file still has the Risk sheet with every value of the description, its fan and
 * tornado charts (LibreOffice keeps only the charts it understood) with their series on the same
 * cells, and it still reads back as the model. LibreOffice is slow: one file, one test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleModel } from '../../src/examples';
import { readModelFromXlsx, writeXlsxFile } from '../../src/renderers/xlsx';
import { modelWorkbook } from '../../src/renderers/xlsx/model-workbook';
import { cellA1, sheetRange } from '../../src/workbook/a1';
import { XlsxParts } from '../renderers/xlsx/chart-parts';
import { readAllCells, recalculateWithLibreOffice } from '../support/libreoffice';
import { RELATIVE_TOLERANCE } from './compare';

/** "'Risk'!$B$21:$E$21" and "Risk!$B$21:$E$21" name the same cells. */
function normalRef(ref: string): string {
  const m = /^(?:'((?:[^']|'')*)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return ref;
  return `${m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]}!${m[3]}`;
}

test('LibreOffice opens, recalculates and saves the example without losing the Risk sheet, its values or its charts', async () => {
  const model = exampleModel();
  const written = modelWorkbook(model, { risk: { runs: 200, seed: 2, date: new Date('2026-06-01T00:00:00Z') } });
  const risk = written.description.sheets.find((s) => s.name === 'Risk')!;
  const dir = mkdtempSync(join(tmpdir(), 'budgetsim-lo-risk-'));
  try {
    const path = join(dir, 'risk.xlsx');
    await writeXlsxFile(written.description, path, written.options);
    const [saved] = await recalculateWithLibreOffice([path], join(dir, 'converted'));

    const cells = (await readAllCells(saved)).get('Risk');
    expect(cells).toBeDefined();
    let n = 0;
    for (const b of risk.blocks) {
      b.cells.forEach((row, i) =>
        row.forEach((c, j) => {
          if (c === null) return;
          const got = cells!.get(cellA1(b.row + i, b.column + j));
          if (typeof c === 'number') {
            expect([cellA1(b.row + i, b.column + j), Math.abs((got?.value as number) - c) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(c))]).toEqual([cellA1(b.row + i, b.column + j), true]);
          } else expect([cellA1(b.row + i, b.column + j), got?.value]).toEqual([cellA1(b.row + i, b.column + j), c]);
          expect(got?.formula).toBeUndefined();
          n++;
        }),
      );
    }
    expect(n).toBeGreaterThan(300);

    const parts = new XlsxParts(readFileSync(saved));
    const placed = parts.chartsOf(parts.sheetParts().get('Risk')!);
    expect(placed).toHaveLength(risk.charts.length);
    for (const chart of risk.charts) {
      const got = placed.find((p) => p.chart.title === chart.title);
      expect([chart.title, got !== undefined]).toEqual([chart.title, true]);
      const xml = got!.chart.xml;
      expect(xml).toMatch(chart.kind === 'areaStacked' ? /<c:areaChart>/ : /<c:barDir val="bar"\/>/);
      // LibreOffice may list a combination chart's line series first; every series is still on its cells.
      const refs = got!.chart.series.map((s) => normalRef(s.valuesRef)).sort();
      expect(refs).toEqual(chart.series.map((s) => normalRef(sheetRange(s.sheet, s.values))).sort());
    }

    const back = await readModelFromXlsx(readFileSync(saved));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.model.uncertainty).toEqual(model.uncertainty);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
