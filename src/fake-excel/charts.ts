/** Charts on worksheets: kept with their type, title, series (as sheet references), axes and position. */
import { FakeClientResult, FakeCollection, FakeObject, ProxySpec, defineProxy } from './core';
import { ChartType } from './enums';
import { invalidArgument, officeError } from './errors';
import { FakeRange } from './range';
import {
  AxisState,
  ChartState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  RangeRef,
  SeriesState,
  SheetState,
  WorkbookState,
  displayText,
  guid,
  newSeries,
  nextId,
  readValue,
} from './state';
import { FakeWorksheet, sheetRange } from './workbook';

const CHART_TYPES = (Object.values(ChartType) as string[]).filter((t) => t !== 'Invalid');
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
const LEGEND_POSITIONS = ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];

function chartType(v: unknown, location: string): string {
  if (typeof v !== 'string' || !CHART_TYPES.includes(v)) throw invalidArgument(`"${String(v)}" is not a chart type`, location);
  return v;
}

function rangeArg(v: unknown, location: string): RangeRef {
  if (!(v instanceof FakeObject)) throw invalidArgument('expected a Range', location);
  return { ...(v._t() as RangeRef) };
}

function axis(): AxisState {
  return { title: { text: '', visible: false }, numberFormat: 'General', minimum: null, maximum: null, majorUnit: null, visible: true, reversePlotOrder: false };
}

/**
 * Series from a source range, the way Excel reads it: a first row / column of text, or a blank
 * top-left cell, gives categories and series names; more rows than columns plots by columns.
 */
export function seriesFromSource(wb: WorkbookState, ref: RangeRef, seriesBy: string): SeriesState[] {
  const v = (r: number, c: number) => readValue(wb, ref.sheet, ref.row + r, ref.column + c);
  const textLine = (cells: [number, number][]) =>
    cells.some(([r, c]) => typeof v(r, c) === 'string' && v(r, c) !== '') &&
    cells.every(([r, c]) => v(r, c) === '' || typeof v(r, c) === 'string');
  const firstRow = Array.from({ length: ref.columns - 1 }, (_, i): [number, number] => [0, i + 1]);
  const firstCol = Array.from({ length: ref.rows - 1 }, (_, i): [number, number] => [i + 1, 0]);
  const cornerBlank = v(0, 0) === '' && ref.rows > 1 && ref.columns > 1;
  const headerRow = ref.rows > 1 && (cornerBlank || textLine(firstRow));
  const headerCol = ref.columns > 1 && (cornerBlank || textLine(firstCol));
  const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && ref.rows <= ref.columns);
  const out: SeriesState[] = [];
  const r0 = headerRow ? 1 : 0;
  const c0 = headerCol ? 1 : 0;
  const mk = (name: string, values: RangeRef, xValues: RangeRef | null): SeriesState => newSeries(name, values, xValues);
  if (byRows) {
    for (let r = r0; r < ref.rows; r++) {
      out.push(
        mk(
          headerCol ? displayText(v(r, 0)) : `Series${out.length + 1}`,
          { sheet: ref.sheet, row: ref.row + r, column: ref.column + c0, rows: 1, columns: ref.columns - c0 },
          headerRow ? { sheet: ref.sheet, row: ref.row, column: ref.column + c0, rows: 1, columns: ref.columns - c0 } : null,
        ),
      );
    }
  } else {
    for (let c = c0; c < ref.columns; c++) {
      out.push(
        mk(
          headerRow ? displayText(v(0, c)) : `Series${out.length + 1}`,
          { sheet: ref.sheet, row: ref.row + r0, column: ref.column + c, rows: ref.rows - r0, columns: 1 },
          headerCol ? { sheet: ref.sheet, row: ref.row + r0, column: ref.column, rows: ref.rows - r0, columns: 1 } : null,
        ),
      );
    }
  }
  return out;
}

function liveCharts(s: SheetState): ChartState[] {
  return s.charts.filter((c) => !c.deleted);
}

export class FakeChartCollection extends FakeCollection {
  static override spec: ProxySpec;

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    return this._create(FakeChart, 'add', [type, sourceData, seriesBy], (s: SheetState) => {
      const location = 'ChartCollection.add';
      const ct = chartType(type, location);
      const by = seriesBy ?? 'Auto';
      if (!SERIES_BY.includes(by)) throw invalidArgument(`"${by}" is not Auto, Columns or Rows`, location);
      const src = rangeArg(sourceData, location);
      const wb = this._wb();
      let n = liveCharts(s).length + 1;
      while (liveCharts(s).some((c) => c.name === `Chart ${n}`)) n += 1;
      const chart: ChartState = {
        id: guid(nextId(wb), 3),
        name: `Chart ${n}`,
        sheet: s,
        chartType: ct,
        title: { text: '', visible: false, overlay: false },
        series: seriesFromSource(wb, src, by),
        categoryAxis: axis(),
        valueAxis: axis(),
        legend: { visible: true, position: 'Right' },
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        deleted: false,
      };
      s.charts.push(chart);
      return chart;
    });
  }

  getItem(name: string): FakeChart {
    return this._method(FakeChart, 'getItem', [name], (s: SheetState) => {
      const c = liveCharts(s).find((x) => x.name === name);
      if (!c) throw officeError('ItemNotFound', `no chart "${name}" on "${s.name}"`, 'ChartCollection.getItem');
      return c;
    });
  }

  getItemOrNullObject(name: string): FakeChart {
    return this._method(FakeChart, 'getItemOrNullObject', [name], (s: SheetState) => liveCharts(s).find((x) => x.name === name) ?? null, '1.4');
  }

  getItemAt(index: number): FakeChart {
    return this._method(FakeChart, 'getItemAt', [index], (s: SheetState) => {
      const c = liveCharts(s)[index];
      if (!c) throw officeError('ItemNotFound', `no chart at ${index}`, 'ChartCollection.getItemAt');
      return c;
    });
  }

  getCount(): FakeClientResult<number> {
    return this._result('getCount', [], (s: SheetState) => liveCharts(s).length, '1.4');
  }

  override _listItems(s: SheetState): FakeObject[] {
    return liveCharts(s).map((c, i) => this._itemProxy(FakeChart, c, i));
  }
}

function num(v: unknown, location: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalidArgument('expected a non-negative number', location);
  return v;
}

function offsetOf(sizes: Map<number, number>, dflt: number, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += sizes.get(i) ?? dflt;
  return total;
}

export class FakeChart extends FakeObject {
  static override spec: ProxySpec = {
    type: 'Chart',
    props: {
      id: { api: '1.7', get: (c: ChartState) => c.id },
      name: {
        get: (c: ChartState) => c.name,
        set: (c: ChartState, v: unknown) => {
          if (typeof v !== 'string' || !v) throw invalidArgument('a chart name must be text', 'Chart.name');
          c.name = v;
        },
      },
      chartType: { api: '1.7', get: (c: ChartState) => c.chartType, set: (c: ChartState, v: unknown) => (c.chartType = chartType(v, 'Chart.chartType')) },
      top: { get: (c: ChartState) => c.top, set: (c: ChartState, v: unknown) => (c.top = num(v, 'Chart.top')) },
      left: { get: (c: ChartState) => c.left, set: (c: ChartState, v: unknown) => (c.left = num(v, 'Chart.left')) },
      width: { get: (c: ChartState) => c.width, set: (c: ChartState, v: unknown) => (c.width = num(v, 'Chart.width')) },
      height: { get: (c: ChartState) => c.height, set: (c: ChartState, v: unknown) => (c.height = num(v, 'Chart.height')) },
    },
    nav: {
      title: (self: FakeObject) => self._prop(FakeChartTitle, 'title', (c) => c),
      legend: (self: FakeObject) => self._prop(FakeChartLegend, 'legend', (c) => c),
      series: (self: FakeObject) => self._prop(FakeChartSeriesCollection, 'series', (c) => c),
      axes: (self: FakeObject) => self._prop(FakeChartAxes, 'axes', (c) => c),
      worksheet: (self: FakeObject) => self._prop(FakeWorksheet, 'worksheet', (c: ChartState) => c.sheet),
    },
    navApi: { worksheet: '1.2' },
  };

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._call('setPosition', [startCell, endCell], (c: ChartState) => {
      const cell = (x: FakeRange | string) =>
        typeof x === 'string' ? sheetRange(this._wb(), c.sheet, x, 'Chart.setPosition') : rangeArg(x, 'Chart.setPosition');
      const a = cell(startCell);
      const s = c.sheet;
      c.left = offsetOf(s.columnWidths, DEFAULT_COLUMN_WIDTH, 0, a.column);
      c.top = offsetOf(s.rowHeights, DEFAULT_ROW_HEIGHT, 0, a.row);
      if (endCell !== undefined) {
        const b = cell(endCell);
        c.width = offsetOf(s.columnWidths, DEFAULT_COLUMN_WIDTH, a.column, b.column + b.columns);
        c.height = offsetOf(s.rowHeights, DEFAULT_ROW_HEIGHT, a.row, b.row + b.rows);
      }
    });
  }

  setData(sourceData: FakeRange, seriesBy?: string): void {
    this._call('setData', [sourceData, seriesBy], (c: ChartState) => {
      const by = seriesBy ?? 'Auto';
      if (!SERIES_BY.includes(by)) throw invalidArgument(`"${by}" is not Auto, Columns or Rows`, 'Chart.setData');
      c.series = seriesFromSource(this._wb(), rangeArg(sourceData, 'Chart.setData'), by);
    });
  }

  activate(): void {
    this._call('activate', [], () => undefined, '1.9');
  }

  delete(): void {
    this._call('delete', [], (c: ChartState) => {
      c.deleted = true;
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c);
    });
  }
}

export class FakeChartTitle extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartTitle',
    props: {
      text: {
        get: (c: ChartState) => c.title.text,
        set: (c: ChartState, v: unknown) => {
          if (typeof v !== 'string') throw invalidArgument('a title must be text', 'ChartTitle.text');
          c.title.text = v;
          c.title.visible = v !== '';
        },
      },
      visible: {
        get: (c: ChartState) => c.title.visible,
        set: (c: ChartState, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'ChartTitle.visible');
          c.title.visible = v;
        },
      },
      overlay: {
        get: (c: ChartState) => c.title.overlay,
        set: (c: ChartState, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'ChartTitle.overlay');
          c.title.overlay = v;
        },
      },
    },
  };
}

export class FakeChartLegend extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartLegend',
    nav: {
      legendEntries: (self: FakeObject) => self._prop(FakeChartLegendEntryCollection, 'legendEntries', (c) => c),
    },
    navApi: { legendEntries: '1.7' },
    props: {
      visible: {
        get: (c: ChartState) => c.legend.visible,
        set: (c: ChartState, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'ChartLegend.visible');
          c.legend.visible = v;
        },
      },
      position: {
        get: (c: ChartState) => c.legend.position,
        set: (c: ChartState, v: unknown) => {
          if (typeof v !== 'string' || !LEGEND_POSITIONS.includes(v)) throw invalidArgument(`"${String(v)}" is not a legend position`, 'ChartLegend.position');
          c.legend.position = v;
        },
      },
    },
  };
}

interface SeriesTarget {
  chart: ChartState;
  series: SeriesState;
  readonly deleted: boolean;
}

function seriesTarget(chart: ChartState, series: SeriesState): SeriesTarget {
  return {
    chart,
    series,
    get deleted() {
      return chart.deleted || series.deleted;
    },
  };
}

function liveSeries(c: ChartState): SeriesState[] {
  return c.series.filter((s) => !s.deleted);
}

/**
 * The legend's entries, one per series in the series' order (ChartLegendEntryCollection, ExcelApi 1.7:
 * https://learn.microsoft.com/javascript/api/excel/excel.chartlegendentrycollection). An entry's
 * `visible` hides it from the legend and leaves its series drawn (Excel.ChartLegendEntry.visible,
 * "Represents the visibility of a chart legend entry", ExcelApi 1.7).
 */
export class FakeChartLegendEntryCollection extends FakeCollection {
  static override spec: ProxySpec;

  getItemAt(index: number): FakeChartLegendEntry {
    return this._method(
      FakeChartLegendEntry,
      'getItemAt',
      [index],
      (c: ChartState) => {
        const s = liveSeries(c)[index];
        if (!s) throw officeError('ItemNotFound', `no legend entry at ${index}`, 'ChartLegendEntryCollection.getItemAt');
        return seriesTarget(c, s);
      },
      '1.7',
    );
  }

  getCount(): FakeClientResult<number> {
    return this._result('getCount', [], (c: ChartState) => liveSeries(c).length, '1.7');
  }

  override _listItems(c: ChartState): FakeObject[] {
    return liveSeries(c).map((s, i) => this._itemProxy(FakeChartLegendEntry, seriesTarget(c, s), i));
  }
}

export class FakeChartLegendEntry extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartLegendEntry',
    props: {
      visible: {
        api: '1.7',
        get: (t: SeriesTarget) => t.series.inLegend,
        set: (t: SeriesTarget, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'ChartLegendEntry.visible');
          t.series.inLegend = v;
        },
      },
    },
  };
}

export class FakeChartSeriesCollection extends FakeCollection {
  static override spec: ProxySpec;

  add(name?: string, index?: number): FakeChartSeries {
    return this._create(
      FakeChartSeries,
      'add',
      [name, index],
      (c: ChartState) => {
        if (name !== undefined && typeof name !== 'string') throw invalidArgument('a series name must be text', 'ChartSeriesCollection.add');
        const live = liveSeries(c);
        if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > live.length)) {
          throw invalidArgument(`series index must be 0-${live.length}`, 'ChartSeriesCollection.add');
        }
        const s: SeriesState = newSeries(name ?? `Series${live.length + 1}`, null, null);
        const before = index === undefined ? undefined : live[index];
        c.series.splice(before ? c.series.indexOf(before) : c.series.length, 0, s);
        return seriesTarget(c, s);
      },
      '1.7',
    );
  }

  getItemAt(index: number): FakeChartSeries {
    return this._method(FakeChartSeries, 'getItemAt', [index], (c: ChartState) => {
      const s = liveSeries(c)[index];
      if (!s) throw officeError('ItemNotFound', `no series at ${index}`, 'ChartSeriesCollection.getItemAt');
      return seriesTarget(c, s);
    });
  }

  getCount(): FakeClientResult<number> {
    return this._result('getCount', [], (c: ChartState) => liveSeries(c).length, '1.4');
  }

  override _listItems(c: ChartState): FakeObject[] {
    return liveSeries(c).map((s, i) => this._itemProxy(FakeChartSeries, seriesTarget(c, s), i));
  }
}

export class FakeChartSeries extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartSeries',
    props: {
      name: {
        get: (t: SeriesTarget) => t.series.name,
        set: (t: SeriesTarget, v: unknown) => {
          if (typeof v !== 'string') throw invalidArgument('a series name must be text', 'ChartSeries.name');
          t.series.name = v;
        },
      },
      chartType: {
        api: '1.7',
        get: (t: SeriesTarget) => t.series.chartType ?? t.chart.chartType,
        set: (t: SeriesTarget, v: unknown) => (t.series.chartType = chartType(v, 'ChartSeries.chartType')),
      },
      // ExcelApi 1.8: "Specifies how bars and columns are positioned. Can be a value between -100 and
      // 100. Applies only to 2-D bar and 2-D column charts."
      // https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-overlap-member
      overlap: {
        api: '1.8',
        get: (t: SeriesTarget) => t.series.overlap,
        set: (t: SeriesTarget, v: unknown) => {
          if (typeof v !== 'number' || !Number.isFinite(v) || v < -100 || v > 100) throw invalidArgument('an overlap is a number from -100 to 100', 'ChartSeries.overlap');
          const type = t.series.chartType ?? t.chart.chartType;
          if (!/^(Bar|Column)(Clustered|Stacked|Stacked100)$/.test(type)) throw invalidArgument(`a ${type} series has no overlap`, 'ChartSeries.overlap');
          // One setting of the chart group: every bar series of the chart shows it.
          for (const s of t.chart.series) s.overlap = v;
        },
      },
    },
    // ChartSeries.format (ExcelApi 1.1): its fill and line, https://learn.microsoft.com/javascript/api/excel/excel.chartseriesformat
    nav: { format: (self: FakeObject) => self._prop(FakeChartSeriesFormat, 'format', (t) => t) },
  };

  setValues(sourceData: FakeRange): void {
    this._call('setValues', [sourceData], (t: SeriesTarget) => (t.series.values = rangeArg(sourceData, 'ChartSeries.setValues')), '1.7');
  }

  setXAxisValues(sourceData: FakeRange): void {
    this._call(
      'setXAxisValues',
      [sourceData],
      (t: SeriesTarget) => (t.series.xValues = rangeArg(sourceData, 'ChartSeries.setXAxisValues')),
      '1.7',
    );
  }

  delete(): void {
    this._call('delete', [], (t: SeriesTarget) => (t.series.deleted = true), '1.7');
  }
}

interface AxisTarget {
  chart: ChartState;
  axis: AxisState;
  type: string;
  readonly deleted: boolean;
}

function axisTarget(chart: ChartState, type: string): AxisTarget {
  return {
    chart,
    axis: type === 'Category' ? chart.categoryAxis : chart.valueAxis,
    type,
    get deleted() {
      return chart.deleted;
    },
  };
}

export class FakeChartAxes extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartAxes',
    props: {},
    nav: {
      categoryAxis: (self: FakeObject) => self._prop(FakeChartAxis, 'categoryAxis', (c: ChartState) => axisTarget(c, 'Category')),
      valueAxis: (self: FakeObject) => self._prop(FakeChartAxis, 'valueAxis', (c: ChartState) => axisTarget(c, 'Value')),
    },
  };

  getItem(type: string, group?: string): FakeChartAxis {
    return this._method(
      FakeChartAxis,
      'getItem',
      [type, group],
      (c: ChartState) => {
        if (type !== 'Category' && type !== 'Value') throw officeError('NotImplemented', 'the fake has a category and a value axis only');
        if (group !== undefined && group !== 'Primary') throw officeError('NotImplemented', 'the fake has primary axes only');
        return axisTarget(c, type);
      },
      '1.7',
    );
  }
}

function axisNumber(key: 'minimum' | 'maximum' | 'majorUnit') {
  return {
    get: (t: AxisTarget) => t.axis[key],
    set: (t: AxisTarget, v: unknown) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidArgument('expected a number', `ChartAxis.${key}`);
      t.axis[key] = v;
    },
  };
}

export class FakeChartAxis extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartAxis',
    props: {
      type: { api: '1.7', get: (t: AxisTarget) => t.type },
      numberFormat: {
        api: '1.8',
        get: (t: AxisTarget) => t.axis.numberFormat,
        set: (t: AxisTarget, v: unknown) => {
          if (typeof v !== 'string') throw invalidArgument('a number format must be a string', 'ChartAxis.numberFormat');
          t.axis.numberFormat = v;
        },
      },
      minimum: axisNumber('minimum'),
      maximum: axisNumber('maximum'),
      // ExcelApi 1.7: "Specifies if Excel plots data points from last to first",
      // https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-reverseplotorder-member
      reversePlotOrder: {
        api: '1.7',
        get: (t: AxisTarget) => t.axis.reversePlotOrder,
        set: (t: AxisTarget, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'ChartAxis.reversePlotOrder');
          t.axis.reversePlotOrder = v;
        },
      },
      majorUnit: axisNumber('majorUnit'),
      visible: {
        api: '1.7',
        get: (t: AxisTarget) => t.axis.visible,
        set: (t: AxisTarget, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'ChartAxis.visible');
          t.axis.visible = v;
        },
      },
    },
    nav: { title: (self: FakeObject) => self._prop(FakeChartAxisTitle, 'title', (t) => t) },
  };
}

export class FakeChartAxisTitle extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartAxisTitle',
    props: {
      text: {
        get: (t: AxisTarget) => t.axis.title.text,
        set: (t: AxisTarget, v: unknown) => {
          if (typeof v !== 'string') throw invalidArgument('a title must be text', 'ChartAxisTitle.text');
          t.axis.title.text = v;
          t.axis.title.visible = v !== '';
        },
      },
      visible: {
        get: (t: AxisTarget) => t.axis.title.visible,
        set: (t: AxisTarget, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'ChartAxisTitle.visible');
          t.axis.title.visible = v;
        },
      },
    },
  };
}

/** An HTML colour as Office.js takes it: #RRGGBB or a colour's name (e.g. "orange"). */
function htmlColor(v: unknown, location: string): string {
  if (typeof v !== 'string' || !(/^#[0-9A-Fa-f]{6}$/.test(v) || /^[A-Za-z]+$/.test(v))) throw invalidArgument(`"${String(v)}" is not an HTML colour`, location);
  return v;
}

const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Grey25', 'Grey50', 'Grey75', 'Automatic', 'RoundDot'];

/** ChartSeriesFormat (ExcelApi 1.1): the series' fill and line. */
export class FakeChartSeriesFormat extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartSeriesFormat',
    props: {},
    nav: {
      fill: (self: FakeObject) => self._prop(FakeChartFill, 'fill', (t) => t),
      line: (self: FakeObject) => self._prop(FakeChartLineFormat, 'line', (t) => t),
    },
  };
}

/**
 * ChartFill (ExcelApi 1.1), for a series: clear() leaves it without fill, setSolidColor(color) fills
 * it with "#RRGGBB" or a named HTML colour; https://learn.microsoft.com/javascript/api/excel/excel.chartfill
 */
export class FakeChartFill extends FakeObject {
  static override spec: ProxySpec = { type: 'ChartFill', props: {} };

  clear(): void {
    this._call('clear', [], (t: SeriesTarget) => (t.series.fill = { kind: 'none' }));
  }

  setSolidColor(color: string): void {
    this._call('setSolidColor', [color], (t: SeriesTarget) => (t.series.fill = { kind: 'solid', color: htmlColor(color, 'ChartFill.setSolidColor') }));
  }
}

/**
 * ChartLineFormat, for a series: color (ExcelApi 1.1) and lineStyle (1.7, Excel.ChartLineStyle);
 * https://learn.microsoft.com/javascript/api/excel/excel.chartlineformat
 */
export class FakeChartLineFormat extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ChartLineFormat',
    props: {
      color: {
        get: (t: SeriesTarget) => t.series.line.color ?? '#000000',
        set: (t: SeriesTarget, v: unknown) => (t.series.line.color = htmlColor(v, 'ChartLineFormat.color')),
      },
      lineStyle: {
        api: '1.7',
        get: (t: SeriesTarget) => t.series.line.lineStyle,
        set: (t: SeriesTarget, v: unknown) => {
          if (typeof v !== 'string' || !LINE_STYLES.includes(v)) throw invalidArgument(`"${String(v)}" is not a line style`, 'ChartLineFormat.lineStyle');
          t.series.line.lineStyle = v;
        },
      },
    },
  };
}

FakeChartCollection.spec = {
  type: 'ChartCollection',
  props: { count: { get: (s: SheetState) => liveCharts(s).length } },
  item: FakeChart.spec,
};
FakeChartLegendEntryCollection.spec = { type: 'ChartLegendEntryCollection', props: {}, item: FakeChartLegendEntry.spec };
FakeChartSeriesCollection.spec = {
  type: 'ChartSeriesCollection',
  props: { count: { get: (c: ChartState) => liveSeries(c).length } },
  item: FakeChartSeries.spec,
};
for (const C of [
  FakeChartCollection,
  FakeChart,
  FakeChartTitle,
  FakeChartLegend,
  FakeChartLegendEntryCollection,
  FakeChartLegendEntry,
  FakeChartSeriesCollection,
  FakeChartSeries,
  FakeChartAxes,
  FakeChartAxis,
  FakeChartAxisTitle,
  FakeChartSeriesFormat,
  FakeChartFill,
  FakeChartLineFormat,
]) {
  defineProxy(C);
}
