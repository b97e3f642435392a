/**
 * The interpreter: queues one planned action on a request context. It never syncs; the caller
 * decides when a batch goes to Excel. Requirement sets: everything here is ExcelApi 1.7 or lower
 * except ChartAxis.numberFormat and Range.dataValidation (1.8), Worksheet.pageLayout and
 * Range.copyFrom (1.9), which the plan leaves out on an older Excel. The Risk sheet's charts use ChartSeries.chartType and
 * ChartAxis.reversePlotOrder (1.7), the series' fill and line formats (1.1) and ChartSeries.overlap
 * (1.8, left out below it with the axis formats).
 */
import { CellStyle, ChartSeries, headerFooterCodes, RangeRef } from '../workbook/description';
import {
  Action,
  AddSheetAction,
  ChartAction,
  ConditionalFormatAction,
  FormulaConditionalFormatAction,
  PageLayoutAction,
  StyleAction,
  StyleProperty,
} from './actions';

/** A request context and the worksheet proxies already obtained in it. */
export class ActionTarget {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(readonly context: Excel.RequestContext) {}

  sheet(name: string): Excel.Worksheet {
    let ws = this.sheets.get(name);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }

  remember(name: string, ws: Excel.Worksheet): void {
    this.sheets.set(name, ws);
  }

  range(sheet: string, r: RangeRef): Excel.Range {
    return this.sheet(sheet).getRangeByIndexes(r.row, r.column, r.rows, r.columns);
  }
}

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

function setBorder(format: Excel.RangeFormat, index: 'EdgeTop' | 'EdgeBottom' | 'InsideHorizontal', on: boolean): void {
  const border = format.borders.getItem(index);
  if (on) {
    border.style = 'Continuous';
    border.weight = 'Thin';
  } else {
    border.style = 'None';
  }
}

/** Applies a named style's properties; properties in `reset` go back to Excel's defaults. */
function applyStyle(range: Excel.Range, rows: number, style: CellStyle, reset: StyleProperty[]): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined) f.horizontalAlignment = ALIGNMENT[style.horizontalAlignment];
  if (style.wrapText !== undefined) f.wrapText = style.wrapText;
  // A bordered style borders every cell of its range, as a cell style does in the .xlsx file.
  if (style.borderTop) setBorder(f, 'EdgeTop', true);
  if (style.borderBottom) setBorder(f, 'EdgeBottom', true);
  if ((style.borderTop || style.borderBottom) && rows > 1) setBorder(f, 'InsideHorizontal', true);
  for (const key of reset) {
    switch (key) {
      case 'bold':
        f.font.bold = false;
        break;
      case 'italic':
        f.font.italic = false;
        break;
      case 'fontSize':
        f.font.size = 11;
        break;
      case 'fontColor':
        f.font.color = '#000000';
        break;
      case 'fill':
        f.fill.clear();
        break;
      case 'horizontalAlignment':
        f.horizontalAlignment = 'General';
        break;
      case 'wrapText':
        f.wrapText = false;
        break;
      case 'borderTop':
        setBorder(f, 'EdgeTop', false);
        if (rows > 1 && !style.borderBottom) setBorder(f, 'InsideHorizontal', false);
        break;
      case 'borderBottom':
        setBorder(f, 'EdgeBottom', false);
        if (rows > 1 && !style.borderTop) setBorder(f, 'InsideHorizontal', false);
        break;
    }
  }
}

function applyConditionalFormat(target: ActionTarget, a: ConditionalFormatAction): void {
  const cf = target.range(a.sheet, a.range).conditionalFormats.add('CellValue');
  const rule = cf.cellValue;
  if (a.style.bold !== undefined) rule.format.font.bold = a.style.bold;
  if (a.style.italic !== undefined) rule.format.font.italic = a.style.italic;
  if (a.style.fontColor !== undefined) rule.format.font.color = a.style.fontColor;
  if (a.style.fill !== undefined) rule.format.fill.color = a.style.fill;
  rule.rule = { formula1: a.formula, operator: 'EqualTo' };
}

/**
 * A custom conditional format (ExcelApi 1.6): ConditionalFormatCollection.add("Custom"), its
 * rule.formula in A1 for the range's top-left cell, and ConditionalRangeFormat.numberFormat ("Excel's
 * number format code for the given range", Office.js reference, Excel.ConditionalRangeFormat).
 */
function applyFormulaConditionalFormat(target: ActionTarget, a: FormulaConditionalFormatAction): void {
  const cf = target.range(a.sheet, a.range).conditionalFormats.add('Custom');
  cf.custom.rule.formula = a.formula;
  cf.custom.format.numberFormat = a.numberFormat;
}

/**
 * The print setup through Worksheet.pageLayout (ExcelApi 1.9): landscape, fit to `fitToWidth`
 * pages across and automatic pages down (0, as OOXML's fitToHeight), title rows, and the header
 * and footer as Excel's codes, the same text the .xlsx writer puts in <headerFooter>.
 */
function applyPageLayout(target: ActionTarget, a: PageLayoutAction): void {
  const layout = target.sheet(a.sheet).pageLayout;
  const s = a.setup;
  layout.orientation = s.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = { horizontalFitToPages: s.fitToWidth, verticalFitToPages: 0 };
  if (s.titleRows) layout.setPrintTitleRows(`$${s.titleRows.first + 1}:$${s.titleRows.last + 1}`);
  const codes = headerFooterCodes(s);
  const page = layout.headersFooters.defaultForAllPages;
  page.leftHeader = codes.left;
  page.rightHeader = codes.right;
  page.centerFooter = codes.centerFooter;
  page.rightFooter = codes.rightFooter;
}

/** The Office.js chart type of each description kind. */
const CHART_TYPE = { line: 'Line', columnClustered: 'ColumnClustered', areaStacked: 'AreaStacked', barClustered: 'BarClustered' } as const;

/**
 * A series' look: drawn as a line over a stacked area chart (ChartSeries.chartType, ExcelApi 1.7),
 * without fill (ChartFill.clear, 1.1) for the invisible base of a band, and its colour as the fill
 * (ChartFill.setSolidColor, 1.1) or, for a line, the line's (ChartLineFormat.color, 1.1).
 */
function styleSeries(series: Excel.ChartSeries, s: ChartSeries): void {
  if (s.line) series.chartType = 'Line';
  if (s.noFill) {
    series.format.fill.clear();
    series.format.line.lineStyle = 'None';
  }
  if (s.color !== undefined) {
    if (s.line) series.format.line.color = s.color;
    else series.format.fill.setSolidColor(s.color);
  }
}

function applyChart(target: ActionTarget, a: ChartAction): void {
  const c = a.chart;
  const ws = target.sheet(a.sheet);
  const categories = () => target.range(c.categories.sheet, c.categories.range);
  const [first, ...rest] = c.series;
  const chart = ws.charts.add(CHART_TYPE[c.kind], target.range(first.sheet, first.values), 'Rows');
  chart.title.text = c.title;
  chart.title.visible = true;
  chart.legend.visible = true;
  chart.legend.position = 'Bottom';
  const series0 = chart.series.getItemAt(0);
  series0.name = first.name;
  series0.setXAxisValues(categories());
  styleSeries(series0, first);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(target.range(s.sheet, s.values));
    series.setXAxisValues(categories());
    styleSeries(series, s);
  }
  if (c.valueAxisFormat !== undefined) chart.axes.valueAxis.numberFormat = c.valueAxisFormat;
  // A bar chart lists its categories from the bottom; reversed, the first (the widest swing) is on top.
  if (c.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
  // ChartSeries.overlap (ExcelApi 1.8) is one setting of the chart group; set through its first series.
  if (c.overlap !== undefined) series0.overlap = c.overlap;
  // A series drawn without fill (the base of a band) has no entry in the legend, as in the .xlsx
  // file's <c:legendEntry><c:delete/>: ChartLegendEntry.visible (ExcelApi 1.7), entries in series order.
  c.series.forEach((s, i) => {
    if (s.noFill) chart.legend.legendEntries.getItemAt(i).visible = false;
  });
  const end = { row: c.anchor.row + c.anchor.rows - 1, column: c.anchor.column + c.anchor.columns - 1, rows: 1, columns: 1 };
  chart.setPosition(
    ws.getRangeByIndexes(c.anchor.row, c.anchor.column, 1, 1),
    ws.getRangeByIndexes(end.row, end.column, end.rows, end.columns),
  );
}

function applyStyleAction(target: ActionTarget, a: StyleAction): void {
  applyStyle(target.range(a.sheet, a.range), a.range.rows, a.style, a.reset);
}

export function addSheet(target: ActionTarget, action: AddSheetAction): Excel.Worksheet {
  const ws = target.context.workbook.worksheets.add(action.sheet);
  target.remember(action.sheet, ws);
  return ws;
}

/** Queues one action; nothing reaches Excel until the caller syncs. */
export function applyAction(target: ActionTarget, action: Action): void {
  switch (action.kind) {
    case 'cells': {
      const rows = action.formulas.length;
      const columns = action.formulas[0]?.length ?? 0;
      if (rows === 0 || columns === 0) return;
      target.sheet(action.sheet).getRangeByIndexes(action.row, action.column, rows, columns).formulas = action.formulas;
      return;
    }
    case 'formulasR1C1':
      // One value for the whole range, applied to every cell (relative to each): see plan.ts.
      target.sheet(action.sheet).getRangeByIndexes(action.row, action.column, 1, action.columns).formulasR1C1 = action.formula as unknown as string[][];
      return;
    case 'copyRows': {
      const ws = target.sheet(action.sheet);
      const source = ws.getRangeByIndexes(action.from, 0, action.rows, action.columns);
      // Everything, blanks included, not transposed: the rows become what the source rows are.
      ws.getRangeByIndexes(action.to, 0, action.rows, action.columns).copyFrom(source, 'All', false, false);
      return;
    }
    case 'numberFormat':
      // A 1x1 array is applied to every cell of the range.
      target.range(action.sheet, action.range).numberFormat = [[action.format]];
      return;
    case 'style':
      return applyStyleAction(target, action);
    case 'columnWidth':
      target.sheet(action.sheet).getRangeByIndexes(0, action.column, 1, action.columns).format.columnWidth = action.points;
      return;
    case 'freeze': {
      const panes = target.sheet(action.sheet).freezePanes;
      if (action.rows > 0 && action.columns > 0) panes.freezeAt(target.sheet(action.sheet).getRangeByIndexes(0, 0, action.rows, action.columns));
      else if (action.rows > 0) panes.freezeRows(action.rows);
      else panes.freezeColumns(action.columns);
      return;
    }
    case 'tabColor':
      target.sheet(action.sheet).tabColor = action.color;
      return;
    case 'table': {
      const table = target.sheet(action.sheet).tables.add(target.range(action.sheet, action.range), true);
      table.name = action.name;
      table.style = action.style;
      return;
    }
    case 'name':
      target.context.workbook.names.add(action.name, action.reference, action.comment);
      return;
    case 'conditionalFormat':
      return applyConditionalFormat(target, action);
    case 'formulaConditionalFormat':
      return applyFormulaConditionalFormat(target, action);
    case 'pageLayout':
      applyPageLayout(target, action);
      break;
    case 'listValidation':
      target.range(action.sheet, action.range).dataValidation.rule = { list: { inCellDropDown: true, source: action.source } };
      return;
    case 'chart':
      return applyChart(target, action);
  }
}
