/**
 * The .xlsx renderer's in-memory form: a WorkbookDescription applied to an ExcelJS Workbook,
 * deciding nothing about layout. It has no Node imports, so the browser preview uses it as is;
 * files and streams are written by write.ts, which shares the checks and the sheet code.
 */
import * as ExcelJS from 'exceljs';
import { SheetDescription, WorkbookDescription } from '../../workbook/description';
import { addDefinedNames, checkDefinedNames } from './defined-names';
import { fillWorksheet, worksheetOptions, worksheetSink } from './sheet';
import { checkSheetNames } from './sheet-names';
import { StyleBook } from './styles';
import { contentAt, tableSpecs, TableSpec } from './tables';
import { cellValue } from './values';

export interface XlsxOptions {
  /** The workbook's creation time; now by default. */
  created?: Date;
}

const CREATOR = 'Budgetsim';

export function setProperties(wb: ExcelJS.Workbook, options: XlsxOptions): void {
  const created = options.created ?? new Date();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = created;
  wb.modified = created;
}

/** Checks what Excel would repair before anything is written; returns every sheet's tables. */
export function checkedTables(desc: WorkbookDescription): TableSpec[][] {
  checkSheetNames(desc);
  const specs = desc.sheets.map(tableSpecs);
  const seen = new Set<string>();
  for (const t of specs.flat()) {
    const key = t.name.toLowerCase();
    if (seen.has(key)) throw new Error(`two tables are named ${t.name}`);
    seen.add(key);
  }
  checkDefinedNames(desc, specs.flat().map((t) => t.name));
  return specs;
}

/**
 * ExcelJS's addTable writes the header and rows itself, so it is given what the description put
 * there (not the cells' read-back values, whose copies drop a cached result of 0 or false).
 */
function addTable(ws: ExcelJS.Worksheet, sheet: SheetDescription, t: TableSpec): void {
  const at = sheet.tables.find((d) => d.name === t.name)!.range;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = at.row + 1; r < at.row + at.rows; r++) {
    rows.push(t.headers.map((_, j) => cellValue(contentAt(sheet, r, at.column + j), sheet.name, r, at.column + j)));
  }
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: t.topLeft,
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: t.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** The whole workbook as an in-memory ExcelJS Workbook. */
export function renderXlsx(desc: WorkbookDescription, options: XlsxOptions = {}): ExcelJS.Workbook {
  const tables = checkedTables(desc);
  const book = new StyleBook(desc.styles);
  const wb = new ExcelJS.Workbook();
  setProperties(wb, options);
  wb.calcProperties.fullCalcOnLoad = true;
  desc.sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
    fillWorksheet(ws, sheet, book, tables[i], worksheetSink(ws));
    for (const t of tables[i]) addTable(ws, sheet, t);
    // No charts in memory: ExcelJS cannot hold them; they come with the file writer (write.ts, charts.ts).
  });
  addDefinedNames(wb, desc);
  return wb;
}

