import type * as ExcelJS from 'exceljs';
import { rangeA1 } from '../../workbook/a1';
import { ConditionalFormat, headerFooterCodes, isFormulaRule, ListValidation, PageSetup, SheetDescription } from '../../workbook/description';
import { forEachRow } from './rows';
import { argbColor, StyleBook } from './styles';
import { TableSpec } from './tables';
import { cellValue } from './values';

/** Excel refuses an inline validation list longer than this. */
const MAX_LIST_CHARS = 255;

/**
 * The sheet's print setup as ExcelJS takes it: <pageSetup orientation fitToWidth fitToHeight="0">
 * with <sheetPr><pageSetUpPr fitToPage/>, <headerFooter>, and the title rows, which ExcelJS writes
 * as the sheet's _xlnm.Print_Titles name. ExcelJS quotes the sheet name there without doubling an
 * apostrophe in it; `quotedNamesPatched` says the caller repairs that (see patchPrintTitles), and
 * without it a sheet whose name has an apostrophe prints without repeated titles rather than
 * giving Excel a name it would repair.
 */
function printOptions(setup: PageSetup, sheetName: string, quotedNamesPatched: boolean): Partial<ExcelJS.AddWorksheetOptions> {
  const codes = headerFooterCodes(setup);
  const titles = setup.titleRows && (quotedNamesPatched || !sheetName.includes("'")) ? { printTitlesRow: `${setup.titleRows.first + 1}:${setup.titleRows.last + 1}` } : {};
  return {
    pageSetup: {
      orientation: setup.orientation,
      fitToPage: true,
      fitToWidth: setup.fitToWidth,
      fitToHeight: 0,
      paperSize: 9,
      horizontalCentered: false,
      ...titles,
    } as Partial<ExcelJS.PageSetup>,
    headerFooter: { oddHeader: codes.header, oddFooter: codes.footer } as Partial<ExcelJS.HeaderFooter>,
  };
}

/** What ExcelJS needs when a worksheet is created: the streaming writer writes both right away. */
export function worksheetOptions(sheet: SheetDescription, quotedNamesPatched = false): Partial<ExcelJS.AddWorksheetOptions> {
  const frozen = sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.columns > 0) ? sheet.frozen : undefined;
  return {
    views: [
      frozen
        ? { state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows }
        : { state: 'normal' },
    ] as Partial<ExcelJS.WorksheetView>[],
    ...(sheet.tabColor ? { properties: { tabColor: argbColor(sheet.tabColor) } as Partial<ExcelJS.WorksheetProperties> } : {}),
    ...(sheet.pageSetup ? printOptions(sheet.pageSetup, sheet.name, quotedNamesPatched) : {}),
  };
}

function literal(value: boolean | number | string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value).toUpperCase();
  return `"${value.replace(/"/g, '""')}"`;
}

function conditionalFormat(cf: ConditionalFormat, book: StyleBook): ExcelJS.ConditionalFormattingOptions {
  if (isFormulaRule(cf)) {
    // An expression rule whose format is a number format (a dxf with numFmt, ECMA-376 18.8.17).
    return { ref: rangeA1(cf.range), rules: [{ type: 'expression', formulae: [cf.when], style: { numFmt: cf.numberFormat }, priority: 0 }] };
  }
  return {
    ref: rangeA1(cf.range),
    // ExcelJS numbers the rules of a sheet itself when the priority is 0.
    rules: [{ type: 'cellIs', operator: 'equal', formulae: [literal(cf.equals)], style: book.dxf(cf.style), priority: 0 }],
  };
}

function listValidation(v: ListValidation, sheet: string): ExcelJS.DataValidation {
  const items = v.values.map(String);
  const bad = items.find((s) => s.includes(',') || s.includes('"'));
  if (bad !== undefined) throw new Error(`sheet '${sheet}' ${rangeA1(v.range)}: a list value cannot hold a comma or quote: ${bad}`);
  const list = `"${items.join(',')}"`;
  if (list.length - 2 > MAX_LIST_CHARS) throw new Error(`sheet '${sheet}' ${rangeA1(v.range)}: the list is longer than Excel's ${MAX_LIST_CHARS} characters`);
  return { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true };
}

/** Where the cells of a sheet go, row by row, top to bottom. */
export interface CellSink {
  cell(row: number, column: number, value: ExcelJS.CellValue | null, style: Partial<ExcelJS.Style> | undefined): void;
  endRow(row: number): void;
}

/** Cells into an in-memory ExcelJS worksheet. */
export function worksheetSink(ws: ExcelJS.Worksheet): CellSink {
  return {
    cell(row, column, value, style) {
      const cell = ws.getCell(row + 1, column + 1);
      if (value !== null) cell.value = value;
      if (style) cell.style = style;
    },
    endRow() {},
  };
}

/**
 * Applies one sheet's description to a worksheet, in the order the streaming writer needs: column
 * widths before the first row, rows top to bottom, then the decorations written at the end of the
 * sheet. Tables are left to the caller.
 */
export function fillWorksheet(ws: ExcelJS.Worksheet, sheet: SheetDescription, book: StyleBook, tables: TableSpec[], sink: CellSink): void {
  for (const { column, width } of sheet.columnWidths) ws.getColumn(column + 1).width = width;

  // A table's header cell must hold exactly its column's name, as text.
  const headers = new Map<number, Map<number, string>>();
  for (const t of tables) {
    const r = sheet.tables.find((d) => d.name === t.name)!.range;
    const row = headers.get(r.row) ?? new Map<number, string>();
    t.headers.forEach((h, j) => row.set(r.column + j, h));
    headers.set(r.row, row);
  }

  forEachRow(sheet, (r, plan) => {
    const headerRow = headers.get(r);
    for (const c of plan.columns) {
      const value = headerRow?.get(c) ?? cellValue(plan.content[c], sheet.name, r, c);
      const style = book.cell(plan.format[c], plan.style[c]);
      if (value !== null || style) sink.cell(r, c, value, style);
    }
    sink.endRow(r);
  });

  for (const cf of sheet.conditionalFormats) ws.addConditionalFormatting(conditionalFormat(cf, book));
  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) validations.add(rangeA1(v.range), listValidation(v, sheet.name));
  // Charts are left to the caller: ExcelJS cannot create them; the streaming writer adds them (charts.ts).
}
