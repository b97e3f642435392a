/**
 * The add-in writes the Risk sheet into Excel (the strict fake): its values as described, its fan
 * and tornado charts drawn natively (a stacked area chart with line series, a clustered bar chart),
 * the sheet tracked by its own key so a rewrite fills the same worksheet, and deleted when the
 * model loses its uncertainty block.
 */
import { exampleModel } from '../../src/examples';
import { Model } from '../../src/engine/types';
import { cellA1, rangeA1 } from '../../src/workbook/a1';
import { isFormula, SheetDescription } from '../../src/workbook/description';
import { createOfficeGateway, WorkbookWriteError } from '../../src/office';
import { planWorkbook } from '../../src/office/plan';
import { WorkbookSnapshot } from '../../src/fake-excel';
import { describeAsWritten, failingExcel, Fixture, fixture, TEST_RISK } from './helpers';

const model = exampleModel();
const scenarios = 1 + model.scenarios.length;

function withoutUncertainty(m: Model): Model {
  const { uncertainty: _gone, ...rest } = m;
  return rest;
}

function withSd(m: Model, sd: number): Model {
  return { ...m, uncertainty: { inputs: m.uncertainty!.inputs.map((u, k) => (k === 0 ? { ...u, sd } : u)) } };
}

function riskOf(m: Model): SheetDescription {
  return describeAsWritten(m, { reservedSheetNames: ['Blad1'] }).sheets.find((s) => s.role === 'risk')!;
}

describe('the Risk sheet through Office.js', () => {
  let f: Fixture;

  beforeEach(async () => {
    f = fixture({ sheets: ['Blad1'] });
    await f.gateway.write(model);
  });

  test('is written after the scenario sheets with every value of its description, and no formula', () => {
    const desc = describeAsWritten(model, { reservedSheetNames: ['Blad1'] });
    expect(f.host.sheetNames).toEqual(['Blad1', ...desc.sheets.map((s) => s.name)]);
    expect(f.host.sheetNames.indexOf('Risk')).toBe(1 + 1 + scenarios);
    const sheet = riskOf(model);
    const host = f.host.sheet('Risk');
    let n = 0;
    for (const b of sheet.blocks) {
      b.cells.forEach((row, i) =>
        row.forEach((c, j) => {
          if (c === null) return;
          expect(isFormula(c)).toBe(false);
          const cell = host.cell(cellA1(b.row + i, b.column + j));
          expect([cell.formula, cell.value]).toEqual([null, c]);
          n++;
        }),
      );
    }
    expect(n).toBeGreaterThan(300);
    expect(String(host.cell('A3').value)).toContain('40 körningar med fröet 1, gjord 2026-01-15');
    // The comparison sheet's probabilities, as values, name the Risk sheet.
    const cmp = describeAsWritten(model, { reservedSheetNames: ['Blad1'] }).sheets[0];
    expect(cmp.blocks[0].cells.some((r) => r.some((c) => typeof c === 'string' && c.includes('bladet Risk')))).toBe(true);
  });

  test('draws a fan chart (stacked area, P5 without fill, median and target as lines) and a tornado (bars, first input on top) per scenario', () => {
    const sheet = riskOf(model);
    const charts = f.host.charts('Risk');
    expect(charts).toHaveLength(2 * scenarios);
    sheet.charts.forEach((d, i) => {
      const c = charts[i];
      expect(c.title.text).toBe(d.title);
      expect(c.series.map((s) => s.values)).toEqual(d.series.map((s) => `=Risk!${rangeA1(s.values, true)}`));
      expect(c.series.every((s) => s.xValues === `=Risk!${rangeA1(d.categories.range, true)}`)).toBe(true);
      expect(c.valueAxis.numberFormat).toBe('0.0%');
      if (i % 2 === 0) {
        expect(c.chartType).toBe('AreaStacked');
        expect(c.series.map((s) => s.chartType)).toEqual([null, null, 'Line', 'Line']);
        expect(c.series[0].fill).toEqual({ kind: 'none' });
        expect(c.series[0].line.lineStyle).toBe('None');
        // The unfilled base of the band has no legend entry: the legend names the band, median and target.
        expect(c.series.map((s) => s.inLegend)).toEqual([false, true, true, true]);
        expect(c.series[1].fill).toEqual({ kind: 'solid', color: '#9DC3E6' });
        expect(c.series[2].line.color).toBe('#1F4E79');
        expect(c.categoryAxis.reversePlotOrder).toBe(false);
      } else {
        expect(c.chartType).toBe('BarClustered');
        expect(c.series).toHaveLength(2);
        expect(c.series.map((s) => s.inLegend)).toEqual([true, true]);
        expect(c.categoryAxis.reversePlotOrder).toBe(true);
        // The two swings of one input share its row.
        expect(c.series.map((s) => s.overlap)).toEqual([100, 100]);
      }
    });
  });

  test('a rewrite fills the same worksheet in place, even renamed, and keeps a reference the user made into it', async () => {
    const id = f.host.sheet('Risk').id;
    f.host.sheet('Risk').rename('Min risk');
    f.host.sheet('Blad1').setValues('A1', [["='Min risk'!B14"]]);
    const changed = withSd(model, 0.02);
    await f.gateway.write(changed);
    expect(f.host.sheet('Risk').id).toBe(id);
    expect(f.host.hasSheet('Min risk')).toBe(false);
    // Excel rewrote the user's formula to follow the rename back; it still points into the sheet.
    expect(f.host.sheet('Blad1').cell('A1').formula).toBe('=Risk!B14');
    // The new sd is on the sheet, and the old charts were replaced rather than added to.
    const sdRow = riskOf(changed).blocks[0].cells.findIndex((r) => r[0] === 'Skatteunderlagets ökning');
    expect(f.host.sheet('Risk').cell(cellA1(sdRow, 1)).value).toBe(0.02);
    expect(f.host.charts('Risk')).toHaveLength(2 * scenarios);
  });

  test('a model without an uncertainty block has no Risk sheet: the one written before is deleted, with its marker', async () => {
    const marker = f.host.names().find((n) => n.formula === '=Risk!$A$1')!;
    expect(marker.name).toMatch(/^bs_sheet_\d+$/);
    const report = await f.gateway.write(withoutUncertainty(model));
    expect(report.sheets).not.toContain('Risk');
    expect(f.host.hasSheet('Risk')).toBe(false);
    expect(f.host.names().some((n) => n.name === marker.name)).toBe(false);
    // Given back its uncertainty, the model gets a new Risk sheet.
    await f.gateway.write(model);
    expect(f.host.hasSheet('Risk')).toBe(true);
    expect(f.host.charts('Risk')).toHaveLength(2 * scenarios);
  });

  test('the add-in reads back an sd and a persistence edited in bsUncertainty, and ignores what is typed on the Risk sheet', async () => {
    const desc = describeAsWritten(model, { reservedSheetNames: ['Blad1'] });
    const indata = desc.sheets.find((s) => s.tables.some((t) => t.name === 'bsUncertainty'))!;
    const table = indata.tables.find((t) => t.name === 'bsUncertainty')!.range;
    f.host.sheet(indata.name).setValues(cellA1(table.row + 1, table.column + 1), [[0.03]]);
    f.host.sheet(indata.name).setValues(cellA1(table.row + 2, table.column + 2), [[0.8]]);
    f.host.sheet('Risk').setValues('B14', [[0.99]]);
    f.host.sheet('Risk').setValues('A3', [['anteckning']]);
    const read = await f.gateway.read();
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const inputs = model.uncertainty!.inputs;
    expect(read.model.uncertainty!.inputs).toEqual(inputs.map((u, k) => (k === 0 ? { ...u, sd: 0.03 } : k === 1 ? { ...u, persistence: 0.8 } : u)));
    expect({ ...read.model, uncertainty: model.uncertainty }).toEqual(model);
  });

  test('a rewrite that fails halfway draws the Risk sheet back as it was, charts included', async () => {
    const changed = withSd(model, 0.02);
    const chunks = planWorkbook(describeAsWritten(changed, { reservedSheetNames: ['Blad1'] })).chunks.length;
    // Charts come back as new objects: compared without their ids.
    const content = (snap: WorkbookSnapshot) =>
      snap.sheets.map((sh) => ({
        ...sh,
        tables: sh.tables.map((t) => ({ ...t, id: '' })),
        charts: sh.charts.map((c) => ({ ...c, id: '' })),
        conditionalFormats: sh.conditionalFormats.map((c) => ({ ...c, id: '' })),
      }));
    // 1-2 inspect, 3 prepare, then the chunks: the first one and the last one fail.
    for (const k of [4, chunks + 3]) {
      const before = f.host.snapshot();
      const excel = failingExcel(f.Excel, f.host, [k]);
      await expect(createOfficeGateway(excel, f.Office, { risk: TEST_RISK }).write(changed)).rejects.toThrow(WorkbookWriteError);
      expect([k, content(f.host.snapshot())]).toEqual([k, content(before)]);
    }
    expect(f.host.charts('Risk')).toHaveLength(2 * scenarios);
  });

  test('below ExcelApi 1.8 the tornado bars stand side by side, and the write report says so', async () => {
    const g = fixture({ sheets: ['Blad1'], apiSets: { ExcelApi: '1.7' } });
    const report = await g.gateway.write(model);
    const bars = g.host.charts('Risk').filter((c) => c.chartType === 'BarClustered');
    expect(bars).toHaveLength(scenarios);
    expect(bars.every((c) => c.series.every((s) => s.overlap === 0) && c.categoryAxis.reversePlotOrder)).toBe(true);
    expect(report.skipped).toContainEqual(expect.stringContaining(`overlapping bars of ${scenarios} tornado charts were left out`));
  });

  test("a user's sheet called Risk is left alone: Budgetsim's takes another name", async () => {
    const g = fixture({ sheets: ['Risk'] });
    g.host.sheet('Risk').setValues('A1', [['mina anteckningar']]);
    const report = await g.gateway.write(model);
    expect(report.sheets).toContain('Risk (2)');
    expect(report.keptUserSheets).toEqual(['Risk']);
    expect(g.host.sheet('Risk').cell('A1').value).toBe('mina anteckningar');
    expect(g.host.charts('Risk')).toEqual([]);
    expect(g.host.charts('Risk (2)')).toHaveLength(2 * scenarios);
  });
});
