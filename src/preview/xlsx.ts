/**
 * The workbook description as an .xlsx file in the browser. The renderer's entry module
 * (renderers/xlsx/write.ts) also writes files and streams and so imports Node's fs, path and
 * stream, which a browser bundle cannot; this applies the same sheet, style and table code of that
 * renderer to an in-memory ExcelJS workbook (ExcelJS's browser build) and returns the bytes.
 */
import * as ExcelJS from 'exceljs';
import { sheetRange } from '../workbook/a1';
import { WorkbookDescription } from '../workbook/description';
import { fillWorksheet, worksheetOptions, worksheetSink } from '../renderers/xlsx/sheet';
import { StyleBook } from '../renderers/xlsx/styles';
import { tableSpecs } from '../renderers/xlsx/tables';

export async function xlsxBytes(desc: WorkbookDescription, created = new Date()): Promise<ArrayBuffer> {
  const book = new StyleBook(desc.styles);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Budgetsim';
  wb.lastModifiedBy = 'Budgetsim';
  wb.created = created;
  wb.modified = created;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of desc.sheets) {
    const tables = tableSpecs(sheet);
    const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
    fillWorksheet(ws, sheet, book, tables, worksheetSink(ws));
    for (const t of tables) {
      const [top, bottom] = t.ref.split(':').map((a) => ws.getCell(a));
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = Number(top.row) + 1; r <= Number(bottom.row); r++) {
        rows.push(t.headers.map((_, j) => ws.getCell(r, Number(top.col) + j).value));
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
  }
  for (const n of desc.names) wb.definedNames.add(sheetRange(n.sheet, n.range), n.name);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
