/// <reference path="./exceljs-workbook-writer.d.ts" />
import type * as ExcelJS from 'exceljs';
// The streaming writer's own module: the browser build of 'exceljs' has no streaming writer.
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { Language } from '../../engine/types';
import { columnLetter } from '../../workbook/a1';
import { a1ToR1C1 } from '../../workbook/r1c1';
import { ChartDescription } from '../../workbook/description';
import { cellXml, SharedFormula, xString } from './cell-xml';
import { CellLookup, CHART_CONTENT_TYPE, CHART_REL, chartPartXml, DRAWING_CONTENT_TYPE, DRAWING_REL, drawingPartXml, relationshipsXml } from './charts';
import { CellSink } from './sheet';
import { TableSpec, tablePartXml } from './tables';
import { ByteSink, PackageZip, PartCompressor } from './zip';
import { customXmlParts } from './custom-xml';

const FLUSH_AT = 1 << 16;
const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

interface Zip {
  append(source: unknown, data: { name: string }): unknown;
}

/** The parts of ExcelJS 4.4's streaming writer this file builds on (checked when a writer is made). */
interface WorkbookWriterInternals {
  zip: Zip;
  stream: ByteSink;
  styles: { addStyleModel(style: Partial<ExcelJS.Style>): number };
  sharedStrings: { add(text: string): number };
}

interface WorksheetWriterInternals {
  stream: { write(xml: string): unknown };
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _write(text: string): void;
  _writeLegacyData(): void;
  _writeCloseWorksheet(): void;
}

const WORKSHEET_METHODS = ['_writeColumns', '_writeOpenSheetData', '_write', '_writeLegacyData', '_writeCloseWorksheet'] as const;

/**
 * ExcelJS's streaming WorkbookWriter with what Budgetsim's workbooks need beyond it:
 * - cells go straight into the sheet's XML stream: ExcelJS's per-cell Row and Cell objects cost
 *   about 4 µs and several hundred bytes a cell, most of the time of a large workbook;
 * - Excel tables (table parts, their relationships and content types, <tableParts>), which the
 *   streaming writer does not support;
 * - charts (chart parts, a drawing part per sheet, their relationships and content types, <drawing>),
 *   which ExcelJS cannot write at all;
 * - calcPr fullCalcOnLoad, so Excel recalculates every formula on open instead of showing cached values.
 * ExcelJS still writes everything else: styles, shared strings, column widths, views, names,
 * conditional formats, validations, document properties and the zip container.
 */
export class StreamingWorkbook {
  readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly internals: WorkbookWriterInternals;
  /** Parts this class adds, with their content types for [Content_Types].xml. */
  private readonly parts: { name: string; contentType: string }[] = [];
  private tableCount = 0;
  private chartCount = 0;
  private drawingCount = 0;
  private readonly letters: string[] = [];

  /** The workbook relationships this class adds (the stored model's part). */
  private readonly workbookRels: { id: string; type: string; target: string }[] = [];

  constructor(stream: ByteSink, compressor?: PartCompressor) {
    this.writer = new WorkbookWriter({ useStyles: true, useSharedStrings: true });
    this.internals = this.writer as unknown as WorkbookWriterInternals;
    const { zip, styles, sharedStrings } = this.internals;
    if (typeof zip?.append !== 'function' || typeof styles?.addStyleModel !== 'function' || typeof sharedStrings?.add !== 'function') {
      throw new Error('this version of ExcelJS lacks the streaming writer internals the .xlsx renderer relies on');
    }
    // The zip is fflate's (zip.ts), the same in Node and the browser; ExcelJS's archiver, made by its
    // constructor, is left unused. ExcelJS waits for the output stream's 'finish' after finalising.
    const packageZip = new PackageZip(stream, compressor);
    this.internals.zip = packageZip;
    this.internals.stream = stream;
    const append = packageZip.append.bind(packageZip);
    packageZip.append = (source, data) => append(typeof source === 'string' ? this.patchPart(data.name, source) : source, data);
    // ExcelJS's constructor added the theme and the package relationships to the archiver: again, here.
    const early = this.writer as unknown as { promise: Promise<unknown>; addThemes(): Promise<void>; addOfficeRels(): Promise<void> };
    if (typeof early.addThemes !== 'function' || typeof early.addOfficeRels !== 'function') {
      throw new Error('this version of ExcelJS lacks the streaming writer internals the .xlsx renderer relies on');
    }
    early.promise = Promise.all([early.promise, early.addThemes(), early.addOfficeRels()]);
  }

  private sheet(ws: ExcelJS.Worksheet): WorksheetWriterInternals {
    const internals = ws as unknown as WorksheetWriterInternals;
    if (WORKSHEET_METHODS.some((m) => typeof internals[m] !== 'function') || typeof internals._sheetRelsWriter?.addRelationship !== 'function') {
      throw new Error('this version of ExcelJS lacks the streaming worksheet internals the .xlsx renderer relies on');
    }
    return internals;
  }

  private letter(column: number): string {
    return (this.letters[column] ??= columnLetter(column));
  }

  /** A sink writing a worksheet's rows as XML; `finish` before committing the worksheet. */
  cells(ws: ExcelJS.Worksheet): CellSink & { finish(): void } {
    const internals = this.sheet(ws);
    const { styles, sharedStrings } = this.internals;
    const styleIds = new Map<Partial<ExcelJS.Style>, number>();
    const styleId = (style: Partial<ExcelJS.Style>) => {
      let id = styleIds.get(style);
      if (id === undefined) styleIds.set(style, (id = styles.addStyleModel(style)));
      return id;
    };
    // ExcelJS escapes & < > and keeps spaces (xml:space="preserve"); the rest is written as _xHHHH_.
    const shared = (text: string) => sharedStrings.add(xString(text));
    let started = false;
    const start = () => {
      if (started) return;
      // What ExcelJS does before its first row: the <cols> element, then <sheetData>.
      internals._writeColumns();
      internals._writeOpenSheetData();
      internals.startedData = true;
      started = true;
    };
    // A row's cells wait for the row's end: a run of formulas that are one in R1C1 form is written as
    // a shared formula, whose first cell names the run's range.
    const columns: number[] = [];
    const values: (ExcelJS.CellValue | null)[] = [];
    const styleOf: number[] = [];
    let si = 0;
    // Rows are handed to ExcelJS's stream some 64 KB at a time: it turns each write into a Buffer of
    // its own, and 6 000 rows a sheet made as many small Buffers for the zip to gather again.
    let pending = '';
    const flush = () => {
      if (pending) internals.stream.write(pending);
      pending = '';
    };
    return {
      cell: (_r, c, value, style) => {
        columns.push(c);
        values.push(value);
        styleOf.push(style ? styleId(style) : 0);
      },
      endRow: (r) => {
        if (!columns.length) return;
        start();
        const runs = sharedFormulaRuns(columns, values, r);
        let row = '';
        for (let k = 0; k < columns.length; k++) {
          const ref = this.letter(columns[k]) + (r + 1);
          const run = runs[k];
          let sharedFormula: SharedFormula | undefined;
          if (run > 1) sharedFormula = { si: si++, ref: `${ref}:${this.letter(columns[k] + run - 1)}${r + 1}` };
          else if (run === 0) sharedFormula = { si: si - 1 };
          // The first cell of a row, one after a gap and the first of a shared formula say where they
          // are; the others follow on. ExcelJS's reader takes a shared formula's origin from its first
          // cell's r (cell-xform.js reconcile), so that one keeps it.
          const implied = k > 0 && columns[k] === columns[k - 1] + 1 && !sharedFormula;
          row += cellXml(ref, values[k], styleOf[k], shared, sharedFormula, implied);
        }
        pending += `<row r="${r + 1}">${row}</row>`;
        if (pending.length >= FLUSH_AT) flush();
        columns.length = values.length = styleOf.length = 0;
      },
      finish: () => {
        start();
        flush();
      },
    };
  }

  private patchPart(name: string, xml: string): string {
    const part = name.replace(/^\//, '');
    if (part === 'xl/workbook.xml') return patchPrintTitles(patchCalcPr(xml));
    if (part === 'xl/_rels/workbook.xml.rels' && this.workbookRels.length) {
      const rels = this.workbookRels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('');
      return insertBefore(xml, '</Relationships>', rels);
    }
    if (part === '[Content_Types].xml' && this.parts.length) {
      const overrides = this.parts.map((p) => `<Override PartName="/${p.name}" ContentType="${p.contentType}"/>`).join('');
      return insertBefore(xml, '</Types>', overrides);
    }
    return xml;
  }

  private addPart(name: string, xml: string, contentType?: string): void {
    if (contentType) this.parts.push({ name, contentType });
    this.internals.zip.append(xml, { name });
  }

  /** Adds Budgetsim's stored model (its custom XML part, custom-xml.ts) to the workbook. */
  addStoredModel(xml: string, namespace: string): void {
    const custom = customXmlParts(xml, namespace);
    for (const p of custom.parts) this.addPart(p.name, p.xml, p.contentType);
    this.workbookRels.push(custom.relationship);
  }

    /** Adds tables to a worksheet that has not been committed yet. */
  addTables(ws: ExcelJS.Worksheet, tables: TableSpec[]): void {
    if (!tables.length) return;
    const internals = this.sheet(ws);
    const ids = tables.map((t) => {
      const id = ++this.tableCount;
      this.addPart(`xl/tables/table${id}.xml`, tablePartXml(t, id), TABLE_CONTENT_TYPE);
      return internals._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/table${id}.xml` });
    });
    const close = internals._writeCloseWorksheet.bind(internals);
    // <tableParts> is the last element a worksheet may hold before its extensions.
    internals._writeCloseWorksheet = () => {
      internals._write(`<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`);
      close();
    };
  }

  /**
   * Adds charts to a worksheet that has not been committed yet: a chart part each, one drawing part
   * placing them, and the sheet's <drawing> element. `lookup` gives the cached values of the cells
   * the charts refer to.
   */
  addCharts(ws: ExcelJS.Worksheet, charts: ChartDescription[], lookup: CellLookup, language: Language): void {
    if (!charts.length) return;
    const internals = this.sheet(ws);
    const placed = charts.map((chart, i) => {
      const id = ++this.chartCount;
      this.addPart(`xl/charts/chart${id}.xml`, chartPartXml(chart, lookup, language), CHART_CONTENT_TYPE);
      return { anchor: chart.anchor, title: chart.title, rId: `rId${i + 1}`, target: `../charts/chart${id}.xml` };
    });
    const drawing = ++this.drawingCount;
    this.addPart(`xl/drawings/drawing${drawing}.xml`, drawingPartXml(placed), DRAWING_CONTENT_TYPE);
    this.addPart(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationshipsXml(placed.map((p) => ({ id: p.rId, type: CHART_REL, target: p.target }))));
    const rId = internals._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: `../drawings/drawing${drawing}.xml` });
    const legacy = internals._writeLegacyData.bind(internals);
    // CT_Worksheet: ... rowBreaks, colBreaks, customProperties, cellWatches, ignoredErrors, smartTags,
    // drawing, legacyDrawing, ..., tableParts, extLst. ExcelJS writes <legacyDrawing> right after
    // <rowBreaks>, so <drawing> goes just before it.
    internals._writeLegacyData = () => {
      internals._write(`<drawing r:id="${rId}"/>`);
      legacy();
    };
  }
}

function formulaText(value: ExcelJS.CellValue | null): string | undefined {
  return value !== null && typeof value === 'object' && typeof (value as ExcelJS.CellFormulaValue).formula === 'string'
    ? (value as ExcelJS.CellFormulaValue).formula
    : undefined;
}

/**
 * For each cell of a row (columns ascending): the length of the shared-formula run it starts (2 or
 * more), 0 when it continues the run before it, 1 when it is on its own. A run is adjacent formula
 * cells that read the same in R1C1 form: a file formula's "_xlfn." prefixes are the same in every
 * cell of such a run, and its references move with the cell as a shared formula's do.
 */
export function sharedFormulaRuns(columns: number[], values: (ExcelJS.CellValue | null)[], row: number): number[] {
  const out = new Array<number>(columns.length).fill(1);
  let start = -1;
  let previous: string | undefined;
  for (let k = 0; k < columns.length; k++) {
    const f = formulaText(values[k]);
    let r1c1: string | undefined;
    if (f !== undefined) {
      try {
        r1c1 = a1ToR1C1(f, row, columns[k]);
      } catch {
        r1c1 = undefined; // outside the subset r1c1.ts knows: written on its own
      }
    }
    if (r1c1 !== undefined && r1c1 === previous && columns[k] === columns[k - 1] + 1) {
      out[start]++;
      out[k] = 0;
    } else start = k;
    previous = r1c1;
  }
  return out;
}

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.lastIndexOf(marker);
  if (at < 0) throw new Error(`ExcelJS wrote an unexpected part: no ${marker}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/**
 * ExcelJS writes a sheet's print titles as <definedName name="_xlnm.Print_Titles">'Name'!$1:$4,
 * quoting the name without doubling an apostrophe inside it ("Kim's plan" must be 'Kim''s plan').
 */
export function patchPrintTitles(xml: string): string {
  const q = "(?:'|&apos;)";
  const titles = new RegExp(`(<definedName name="_xlnm\\.Print_Titles"[^>]*>)${q}(.*?)${q}!(\\$\\d+:\\$\\d+)(</definedName>)`, 'g');
  return xml.replace(titles, (_m, open: string, name: string, rows: string, close: string) => {
    const plain = name.replace(/&apos;/g, "'");
    return `${open}'${plain.replace(/'/g, "''")}'!${rows}${close}`;
  });
}

/** ExcelJS's streaming writer always writes a bare <calcPr calcId="..."/>. */
export function patchCalcPr(xml: string): string {
  const patched = xml.replace(/<calcPr\b([^>]*?)\s*\/>/, (_m, attrs: string) =>
    attrs.includes('fullCalcOnLoad') ? `<calcPr${attrs}/>` : `<calcPr${attrs} fullCalcOnLoad="1"/>`,
  );
  if (!/<calcPr\b[^>]*fullCalcOnLoad="1"/.test(patched)) throw new Error('ExcelJS wrote xl/workbook.xml without a <calcPr> to mark for recalculation');
  return patched;
}
