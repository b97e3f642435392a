import { createFakeExcel } from '../../src/fake-excel';
import { rejection } from './helpers';

describe('charts', () => {
  test('charts.add reads series from the source range; title, series, axes and position are kept', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Base'] });
    host.sheet('Base').setValues('A1:D3', [
      ['', 2026, 2027, 2028],
      ['Result %', 0.01, 0.02, 0.015],
      ['Target %', 0.02, 0.02, 0.02],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Base');
      const chart = sheet.charts.add(Excel.ChartType.line, sheet.getRange('A1:D3'), Excel.ChartSeriesBy.rows);
      chart.name = 'chResult';
      chart.title.text = 'Result against target';
      chart.setPosition('F2', 'M18');
      chart.axes.valueAxis.numberFormat = '0.0%';
      chart.legend.position = 'Bottom';
      const extra = chart.series.add('Rolling share');
      extra.setValues(sheet.getRange('B3:D3'));
      extra.setXAxisValues(sheet.getRange('B1:D1'));
      extra.chartType = 'ColumnClustered';
      await context.sync();

      const charts = sheet.charts.load('items/name, items/chartType');
      const series = sheet.charts.getItem('chResult').series.load('items/name');
      const title = sheet.charts.getItem('chResult').title.load('text');
      await context.sync();
      expect(charts.items.map((c) => [c.name, c.chartType])).toEqual([['chResult', 'Line']]);
      expect(series.items.map((s) => s.name)).toEqual(['Result %', 'Target %', 'Rolling share']);
      expect(title.text).toBe('Result against target');
    });
    const [chart] = host.charts('Base');
    expect(chart).toMatchObject({
      name: 'chResult',
      chartType: 'Line',
      title: { text: 'Result against target', visible: true },
      legend: { position: 'Bottom' },
      position: { left: 5 * 48, top: 15, width: 8 * 48, height: 17 * 15 },
      valueAxis: { numberFormat: '0.0%' },
    });
    expect(chart.series).toMatchObject([
      { name: 'Result %', values: '=Base!$B$2:$D$2', xValues: '=Base!$B$1:$D$1', chartType: null },
      { name: 'Target %', values: '=Base!$B$3:$D$3', xValues: '=Base!$B$1:$D$1', chartType: null },
      { name: 'Rolling share', values: '=Base!$B$3:$D$3', xValues: '=Base!$B$1:$D$1', chartType: 'ColumnClustered' },
    ]);

    host.sheet('Base').rename('Base scenario');
    expect(host.charts()[0].series[0].values).toBe("='Base scenario'!$B$2:$D$2");
  });

  test("a series' fill and line and the category axis's plot order are kept, as Office.js sets them", async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Risk'] });
    host.sheet('Risk').setValues('A1:D4', [
      ['', 2026, 2027, 2028],
      ['P5', 0.01, 0.0, -0.01],
      ['Band', 0.02, 0.03, 0.04],
      ['Median', 0.02, 0.015, 0.01],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Risk');
      const chart = sheet.charts.add('AreaStacked', sheet.getRange('A1:D3'), 'Rows');
      const base = chart.series.getItemAt(0);
      base.format.fill.clear();
      base.format.line.lineStyle = 'None';
      chart.series.getItemAt(1).format.fill.setSolidColor('#9DC3E6');
      const median = chart.series.add('Median');
      median.setValues(sheet.getRange('B4:D4'));
      median.chartType = 'Line';
      median.format.line.color = 'orange';
      chart.axes.categoryAxis.reversePlotOrder = true;
      await context.sync();
      const line = median.format.line.load('color,lineStyle');
      const axis = chart.axes.categoryAxis.load('reversePlotOrder');
      await context.sync();
      expect([line.color, line.lineStyle, axis.reversePlotOrder]).toEqual(['orange', 'Automatic', true]);
    });
    const [chart] = host.charts('Risk');
    expect(chart.series.map((s) => [s.name, s.chartType, s.fill, s.line])).toEqual([
      ['P5', null, { kind: 'none' }, { color: null, lineStyle: 'None' }],
      ['Band', null, { kind: 'solid', color: '#9DC3E6' }, { color: null, lineStyle: 'Automatic' }],
      ['Median', 'Line', { kind: 'automatic' }, { color: 'orange', lineStyle: 'Automatic' }],
    ]);
    expect([chart.categoryAxis.reversePlotOrder, chart.valueAxis.reversePlotOrder]).toEqual([true, false]);
  });

  test('a legend entry per series: visible by default, hidden by ChartLegendEntry.visible (ExcelApi 1.7), which keeps the series drawn; past the last series ItemNotFound', async () => {
    const setup = (apiSets?: { ExcelApi: string }) => {
      const fake = createFakeExcel({ sheets: ['S'], ...(apiSets ? { apiSets } : {}) });
      fake.host.sheet('S').setValues('A1:C3', [['', 1, 2], ['x', 3, 4], ['y', 5, 6]]);
      return fake;
    };
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const chart = sheet.charts.add('AreaStacked', sheet.getRange('A1:C2'), 'Rows');
      chart.series.add('y').setValues(sheet.getRange('B3:C3'));
      chart.legend.legendEntries.getItemAt(0).visible = false;
      const count = chart.legend.legendEntries.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
    const [chart] = host.charts('S');
    expect(chart.series.map((s) => [s.inLegend, s.values])).toEqual([
      [false, '=S!$B$2:$C$2'],
      [true, '=S!$B$3:$C$3'],
    ]);
    const past = await rejection(
      Excel.run(async (context) => {
        const c = context.workbook.worksheets.getItem('S').charts.getItemAt(0);
        c.legend.legendEntries.getItemAt(2).visible = false;
        await context.sync();
      }),
    );
    expect(past.code).toBe('ItemNotFound');
    const text = await rejection(
      Excel.run(async (context) => {
        const c = context.workbook.worksheets.getItem('S').charts.getItemAt(0);
        (c.legend.legendEntries.getItemAt(0) as unknown as { visible: unknown }).visible = 'no';
        await context.sync();
      }),
    );
    expect(text.code).toBe('InvalidArgument');
    const old = setup({ ExcelApi: '1.6' });
    const e = await rejection(
      old.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.charts.add('Line', sheet.getRange('A1:C2'), 'Rows').legend.legendEntries.getItemAt(0).visible = false;
        await context.sync();
      }),
    );
    expect(e.code).toBe('ApiNotFound');
  });

  test('a colour that is not #RRGGBB or a name, an unknown line style and an overlap off bars are InvalidArgument; reversePlotOrder needs ExcelApi 1.7, overlap 1.8', async () => {
    const setup = (apiSets?: { ExcelApi: string }) => {
      const fake = createFakeExcel({ sheets: ['S'], ...(apiSets ? { apiSets } : {}) });
      fake.host.sheet('S').setValues('A1:C2', [['', 1, 2], ['x', 3, 4]]);
      return fake;
    };
    const { Excel, host } = setup();
    const attempt = (f: (chart: Excel.Chart) => void) =>
      rejection(
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('S');
          f(sheet.charts.add('BarClustered', sheet.getRange('A1:C2'), 'Rows'));
          await context.sync();
        }),
      );
    expect((await attempt((c) => c.series.getItemAt(0).format.fill.setSolidColor('#12345'))).code).toBe('InvalidArgument');
    expect((await attempt((c) => (c.series.getItemAt(0).format.line.color = 'rgb(1,2,3)'))).code).toBe('InvalidArgument');
    expect((await attempt((c) => (c.series.getItemAt(0).format.line.lineStyle = 'Wavy' as Excel.ChartLineStyle))).code).toBe('InvalidArgument');
    expect((await attempt((c) => (c.series.getItemAt(0).overlap = 101))).code).toBe('InvalidArgument');
    // Overlap belongs to bars and columns: a series drawn as a line has none.
    expect(
      (
        await attempt((c) => {
          const s = c.series.getItemAt(0);
          s.chartType = 'Line';
          s.overlap = 50;
        })
      ).code,
    ).toBe('InvalidArgument');
    const old = setup({ ExcelApi: '1.6' });
    const e = await rejection(
      old.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.charts.add('BarClustered', sheet.getRange('A1:C2'), 'Rows').axes.categoryAxis.reversePlotOrder = true;
        await context.sync();
      }),
    );
    expect(e.code).toBe('ApiNotFound');
    const seven = setup({ ExcelApi: '1.7' });
    const overlap = await rejection(
      seven.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.charts.add('BarClustered', sheet.getRange('A1:C2'), 'Rows').series.getItemAt(0).overlap = 100;
        await context.sync();
      }),
    );
    expect(overlap.code).toBe('ApiNotFound');
    // On a bar chart, from 1.8, one series' overlap is the whole chart's.
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:C2'), 'Rows');
      const second = chart.series.add('y');
      second.setValues(sheet.getRange('B2:C2'));
      chart.series.getItemAt(0).overlap = 100;
      await context.sync();
    });
    // The attempts above left their charts (a failing operation does not undo the ones before it).
    expect(host.charts('S').at(-1)!.series.map((x) => x.overlap)).toEqual([100, 100]);
  });

  test('an unknown chart type is InvalidArgument; charts.getItem of a missing chart is ItemNotFound', async () => {
    const { Excel } = createFakeExcel();
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.charts.add('Sparkline' as Excel.ChartType, sheet.getRange('A1:B2'));
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
    const missing = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').charts.getItem('nope');
        await context.sync();
      }),
    );
    expect(missing.code).toBe('ItemNotFound');
  });
});

describe('custom XML parts', () => {
  const NS = 'urn:budgetsim:scenarios';
  const xml = (version: number) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<scenarios xmlns="${NS}" version="${version}"><s name="Bas &amp; mål"/></scenarios>`;

  test('add, getByNamespace, getItem, getXml, setXml and delete round trip', async () => {
    const { Excel, host } = createFakeExcel();
    const id = await Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.add(xml(1));
      part.load('id, namespaceUri');
      await context.sync();
      expect(part.namespaceUri).toBe(NS);
      return part.id;
    });
    expect(host.customXmlParts()).toEqual([{ id, namespaceUri: NS, xml: xml(1) }]);

    await Excel.run(async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace(NS);
      const only = scoped.getOnlyItem();
      const text = only.getXml();
      const count = scoped.getCount();
      const other = context.workbook.customXmlParts.getByNamespace('urn:other').getOnlyItemOrNullObject();
      await context.sync();
      expect(text.value).toBe(xml(1));
      expect(count.value).toBe(1);
      expect(other.isNullObject).toBe(true);

      context.workbook.customXmlParts.getItem(id).setXml(xml(2));
      await context.sync();
      const again = context.workbook.customXmlParts.getItem(id).getXml();
      await context.sync();
      expect(again.value).toBe(xml(2));

      context.workbook.customXmlParts.getItem(id).delete();
      const gone = context.workbook.customXmlParts.getItemOrNullObject(id);
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(host.customXmlParts()).toEqual([]);
  });

  test('the namespace comes from the root element, prefixed or not; malformed XML is refused', async () => {
    const { Excel, host } = createFakeExcel();
    host.addCustomXmlPart('<b:root xmlns:b="urn:prefixed" xmlns="urn:default"><b:x/></b:root>');
    host.addCustomXmlPart('<plain><x/></plain>');
    expect(host.customXmlParts().map((p) => p.namespaceUri)).toEqual(['urn:prefixed', '']);
    for (const bad of ['', 'text', '<a><b></a>', '<a/><b/>', '<a x="1" x="2"/>', '<a>', '<a></a>trailing']) {
      const e = await rejection(
        Excel.run(async (context) => {
          context.workbook.customXmlParts.add(bad);
          await context.sync();
        }),
      );
      expect({ bad, code: e.code }).toEqual({ bad, code: 'InvalidArgument' });
    }
    const two = await rejection(
      Excel.run(async (context) => {
        context.workbook.customXmlParts.add('<again xmlns="urn:prefixed"/>');
        context.workbook.customXmlParts.getByNamespace('urn:prefixed').getOnlyItem();
        await context.sync();
      }),
    );
    expect(two.code).toBe('InvalidOperation');
  });
});
