/**
 * The workbook as .xlsx bytes in the browser: the same writer and the same workbook as the CLI's
 * `--out` (renderers/xlsx/model-workbook.ts, write-bytes.ts), charts and stored model included.
 */
import { Model } from '../engine/types';
import { modelWorkbook } from '../renderers/xlsx/model-workbook';
import { writeXlsxBytes } from '../renderers/xlsx/write-bytes';

export async function xlsxBytes(model: Model, created = new Date()): Promise<Uint8Array> {
  const { description, options } = modelWorkbook(model, { created });
  return writeXlsxBytes(description, options);
}
