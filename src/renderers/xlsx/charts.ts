/**
 * Native Excel charts as DrawingML parts, for the streaming writer (ExcelJS cannot write charts):
 * a chart part per ChartDescription (xl/charts/chartN.xml), a drawing part per sheet placing its
 * charts over their anchor cells (xl/drawings/drawingN.xml), and the drawing's relationships.
 *
 * A chart draws what Office.js's renderer draws: a line, clustered column, horizontal bar or stacked
 * area chart (whose line series make it a combination chart), one series per description series with its name as literal text (names are user text, never a reference or a
 * formula), categories and values as absolute references to the sheet's cells, the title, the value
 * axis in the description's number format and the legend at the bottom. Each reference carries the
 * description's cached values, so the chart shows before the workbook is recalculated.
 */
import { sheetRange } from '../../workbook/a1';
import { CellContent, CHART_KINDS, ChartDescription, ChartSeries, isFormula, RangeRef, SheetDescription, WorkbookDescription } from '../../workbook/description';
import { contentAt } from './tables';
import { xmlText } from './cell-xml';

export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's grid and its limit on the series of one chart. */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
const MAX_SERIES = 255;

const CATEGORY_AXIS_ID = 500000001;
const VALUE_AXIS_ID = 500000002;

const INVALID_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

/** An attribute value: invalid characters dropped, the five special ones escaped. */
export function xmlAttr(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function inGrid(r: RangeRef): boolean {
  return (
    Number.isInteger(r.row) && Number.isInteger(r.column) && Number.isInteger(r.rows) && Number.isInteger(r.columns) &&
    r.row >= 0 && r.column >= 0 && r.rows >= 1 && r.columns >= 1 && r.row + r.rows <= MAX_ROWS && r.column + r.columns <= MAX_COLUMNS
  );
}

/** Checks every chart for what Excel would repair or refuse, before anything is written. */
export function checkCharts(desc: WorkbookDescription): void {
  const sheets = new Set(desc.sheets.map((s) => s.name));
  for (const sheet of desc.sheets) {
    sheet.charts.forEach((chart, i) => {
      const where = `chart ${i + 1} ("${chart.title}") on sheet '${sheet.name}'`;
      if (!CHART_KINDS.includes(chart.kind)) throw new Error(`${where}: unknown chart kind ${JSON.stringify(chart.kind)}`);
      chart.series.forEach((s, j) => {
        if (s.color !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(s.color)) throw new Error(`${where}: series ${j + 1} has the colour ${JSON.stringify(s.color)}, not #RRGGBB`);
        if (s.line && chart.kind !== 'areaStacked') throw new Error(`${where}: series ${j + 1} is drawn as a line, which only an areaStacked chart combines`);
      });
      if (chart.overlap !== undefined && (!Number.isInteger(chart.overlap) || chart.overlap < -100 || chart.overlap > 100 || (chart.kind !== 'barClustered' && chart.kind !== 'columnClustered'))) {
        throw new Error(`${where}: an overlap of ${chart.overlap}; bars and columns overlap by a whole number from -100 to 100`);
      }
      if (!inGrid(chart.anchor)) throw new Error(`${where}: the anchor ${JSON.stringify(chart.anchor)} is not a range of cells`);
      if (chart.series.length === 0) throw new Error(`${where}: a chart needs at least one series`);
      if (chart.series.length > MAX_SERIES) throw new Error(`${where}: ${chart.series.length} series, more than Excel's ${MAX_SERIES}`);
      const row = (what: string, s: string, r: RangeRef) => {
        if (!sheets.has(s)) throw new Error(`${where}: ${what} refer to a sheet the workbook does not have: ${s}`);
        if (!inGrid(r) || r.rows !== 1) throw new Error(`${where}: ${what} must be one row of cells, got ${JSON.stringify(r)}`);
      };
      row('the categories', chart.categories.sheet, chart.categories.range);
      chart.series.forEach((s, j) => row(`series ${j + 1} (${JSON.stringify(s.name)})`, s.sheet, s.values));
    });
  }
}

/** What the description put in a cell of any sheet: the source of a chart's cached values. */
export type CellLookup = (sheet: string, row: number, column: number) => CellContent;

export function cellLookup(desc: WorkbookDescription): CellLookup {
  const byName = new Map<string, SheetDescription>(desc.sheets.map((s) => [s.name, s]));
  return (sheet, row, column) => {
    const s = byName.get(sheet);
    return s ? contentAt(s, row, column) : null;
  };
}

/** A cell's value as the file would show it before recalculation: a formula's cached result. */
function shown(c: CellContent): number | boolean | string | null {
  return isFormula(c) ? c.cached : c;
}

function rowValues(lookup: CellLookup, sheet: string, r: RangeRef): (number | boolean | string | null)[] {
  return Array.from({ length: r.columns }, (_, j) => shown(lookup(sheet, r.row, r.column + j)));
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** c:numRef: the reference, and the numbers cached; a point without a number is left out (a gap). */
function numRef(ref: string, values: (number | boolean | string | null)[], formatCode: string): string {
  const points = values.map((v, i) => (isNumber(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return (
    `<c:numRef><c:f>${xmlText(ref)}</c:f><c:numCache><c:formatCode>${xmlText(formatCode)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`
  );
}

function strRef(ref: string, values: (number | boolean | string | null)[]): string {
  const text = (v: number | boolean | string) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
  const points = values.map((v, i) => (v === null || v === '' ? '' : `<c:pt idx="${i}"><c:v>${xmlText(text(v))}</c:v></c:pt>`)).join('');
  return `<c:strRef><c:f>${xmlText(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

/** The categories as numbers when every one is a number (years), else as text. */
function categoriesXml(chart: ChartDescription, lookup: CellLookup): string {
  const { sheet, range } = chart.categories;
  const values = rowValues(lookup, sheet, range);
  const ref = sheetRange(sheet, range);
  const numeric = values.every((v) => v === null || isNumber(v)) && values.some(isNumber);
  return `<c:cat>${numeric ? numRef(ref, values, 'General') : strRef(ref, values)}</c:cat>`;
}

function richText(text: string, language: string, size: number): string {
  return (
    '<c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="0"/></a:pPr><a:r><a:rPr lang="${language}" sz="${size}" b="0"/><a:t>${xmlText(text)}</a:t></a:r></a:p>` +
    '</c:rich>'
  );
}

const LANGUAGE_TAG = { sv: 'sv-SE', en: 'en-US' } as const;

/** c:spPr of a series: no fill and no outline, or its colour as the fill (areas, bars) or the line. */
function seriesShape(s: ChartSeries, drawnAsLine: boolean): string {
  if (s.noFill) return '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';
  if (s.color === undefined) return '';
  const colour = `<a:solidFill><a:srgbClr val="${s.color.slice(1).toUpperCase()}"/></a:solidFill>`;
  return drawnAsLine ? `<c:spPr><a:ln w="28575" cap="rnd">${colour}<a:round/></a:ln></c:spPr>` : `<c:spPr>${colour}</c:spPr>`;
}

/** The chart part (xl/charts/chartN.xml) for one chart description. */
export function chartPartXml(chart: ChartDescription, lookup: CellLookup, language: WorkbookDescription['language']): string {
  const lang = LANGUAGE_TAG[language] ?? 'en-US';
  const valueFormat = chart.valueAxisFormat ?? 'General';
  const category = categoriesXml(chart, lookup);
  // Series are numbered across the whole chart: a combination chart's line series follow its areas.
  const ser = (s: ChartSeries, i: number, as: 'line' | 'bar' | 'area') => {
    const values = numRef(sheetRange(s.sheet, s.values), rowValues(lookup, s.sheet, s.values), valueFormat);
    // CT_LineSer: idx, order, tx, spPr, marker, cat, val, smooth; CT_BarSer: idx, order, tx, spPr,
    // invertIfNegative, cat, val; CT_AreaSer: idx, order, tx, spPr, cat, val.
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
      seriesShape(s, as === 'line') +
      (as === 'line' ? '<c:marker><c:symbol val="none"/></c:marker>' : as === 'bar' ? '<c:invertIfNegative val="0"/>' : '') +
      `${category}<c:val>${values}</c:val>` +
      (as === 'line' ? '<c:smooth val="0"/>' : '') +
      '</c:ser>'
    );
  };
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  const lineChart = (series: string) => `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  const horizontal = chart.kind === 'barClustered';
  let plot: string;
  switch (chart.kind) {
    case 'line':
      plot = lineChart(chart.series.map((s, i) => ser(s, i, 'line')).join(''));
      break;
    case 'areaStacked': {
      const areas = chart.series.filter((s) => !s.line);
      const lines = chart.series.filter((s) => s.line);
      plot =
        `<c:areaChart><c:grouping val="stacked"/><c:varyColors val="0"/>${areas.map((s, i) => ser(s, i, 'area')).join('')}${axisIds}</c:areaChart>` +
        (lines.length ? lineChart(lines.map((s, i) => ser(s, areas.length + i, 'line')).join('')) : '');
      break;
    }
    default: {
      const overlap = chart.overlap !== undefined ? `<c:overlap val="${chart.overlap}"/>` : '';
      plot = `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${chart.series.map((s, i) => ser(s, i, 'bar')).join('')}<c:gapWidth val="${horizontal ? 60 : 150}"/>${overlap}${axisIds}</c:barChart>`;
    }
  }
  const reversed = chart.reverseCategories === true;
  // A series drawn without fill (the base of a stacked band) is left out of the legend too.
  const order = chart.kind === 'areaStacked' ? [...chart.series.filter((s) => !s.line), ...chart.series.filter((s) => s.line)] : chart.series;
  const hiddenLegendEntries = order
    .map((s, i) => (s.noFill ? `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>` : ''))
    .join('');
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${reversed ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    // Labels below (or left of) the plot even when values are negative.
    `<c:tickLblPos val="low"/><c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/>` +
    (chart.valueAxisFormat !== undefined
      ? `<c:numFmt formatCode="${xmlAttr(chart.valueAxisFormat)}" sourceLinked="0"/>`
      : '<c:numFmt formatCode="General" sourceLinked="1"/>') +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    // With the categories reversed the value axis would move to the far end; "max" keeps it at the bottom.
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="${reversed ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    '<c:chart>' +
    `<c:title><c:tx>${richText(chart.title, lang, 1400)}</c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plot}${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/>${hiddenLegendEntries}<c:overlay val="0"/></c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '</c:chartSpace>'
  );
}

/** One chart placed on a sheet: its anchor, title (its alternative text) and the drawing's relationship to it. */
export interface PlacedChart {
  anchor: RangeRef;
  title: string;
  rId: string;
}

function marker(tag: string, row: number, column: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * The drawing part (xl/drawings/drawingN.xml) of one sheet: each chart's frame spans its anchor,
 * from the top-left corner of the first cell to the bottom-right corner of the last.
 */
export function drawingPartXml(charts: PlacedChart[]): string {
  const anchors = charts
    .map((c, i) => {
      const a = c.anchor;
      return (
        '<xdr:twoCellAnchor>' +
        marker('from', a.row, a.column) +
        marker('to', a.row + a.rows, a.column + a.columns) +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${xmlAttr(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${c.rId}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame>' +
        '<xdr:clientData/>' +
        '</xdr:twoCellAnchor>'
      );
    })
    .join('');
  return XML_DECLARATION + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}

/** A relationships part (a _rels/*.rels file). */
export function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlAttr(r.target)}"/>`).join('');
  return XML_DECLARATION + `<Relationships xmlns="${NS_RELS}">${items}</Relationships>`;
}

