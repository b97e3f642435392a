/**
 * The workbook description as .xlsx bytes in the browser: the renderer's in-memory form (it has no
 * Node imports) written by ExcelJS's browser build.
 */
import { WorkbookDescription } from '../workbook/description';
import { renderXlsx } from '../renderers/xlsx/render';

export async function xlsxBytes(desc: WorkbookDescription, created = new Date()): Promise<ArrayBuffer> {
  return (await renderXlsx(desc, { created }).xlsx.writeBuffer()) as ArrayBuffer;
}
