/**
 * Shows the user a problem's place: activates its sheet and selects its cell, or, without an
 * address, the table's row, header or whole range. One Excel.run, one sync.
 */
import { ExcelRun } from './capabilities';
import { CellLocation, formatLocation } from '../model-file/problems';
import { describeError } from './errors';

function target(context: Excel.RequestContext, loc: CellLocation): { sheet: Excel.Worksheet; range: Excel.Range } {
  const sheet = context.workbook.worksheets.getItem(loc.sheet);
  if (loc.address) return { sheet, range: sheet.getRange(loc.address) };
  const table = context.workbook.tables.getItem(loc.table);
  if (loc.row === undefined) return { sheet, range: table.getRange() };
  if (loc.row === 0) return { sheet, range: table.getHeaderRowRange() };
  return { sheet, range: table.getDataBodyRange().getRow(loc.row - 1) };
}

export async function selectLocation(excel: ExcelRun, loc: CellLocation): Promise<void> {
  try {
    await excel.run(async (context) => {
      const { sheet, range } = target(context, loc);
      sheet.activate();
      range.select();
      await context.sync();
    });
  } catch (e) {
    throw new Error(`Could not show ${formatLocation(loc)} (${describeError(e)}); the sheet or table may have been renamed or removed.`);
  }
}
