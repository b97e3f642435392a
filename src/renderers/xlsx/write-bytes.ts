/**
 * The one .xlsx writer, for the CLI's files and the browser preview's download alike (no Node
 * imports): ExcelJS's streaming WorkbookWriter (stream.ts) for styles, names, validations and
 * conditional formats, Budgetsim's own XML for cells, tables, charts and the stored model, and
 * fflate for the zip (zip.ts). ExcelJS's in-memory Workbook (render.ts) needs about 2 KB and 15 µs
 * a cell, far too much for 300 committees x 15 years x 10 scenarios (bench/xlsx.ts).
 */
import { MODEL_NAMESPACE } from '../../office/stored-payload';
import { WorkbookDescription } from '../../workbook/description';
import { cellLookup, checkCharts } from './charts';
import { addDefinedNames } from './defined-names';
import { checkedTables, setProperties, XlsxOptions as RenderOptions } from './render';
import { fillWorksheet, worksheetOptions } from './sheet';
import { StreamingWorkbook } from './stream';
import { StyleBook } from './styles';
import { ByteSink, MemorySink, PartCompressor } from './zip';

export interface XlsxOptions extends RenderOptions {
  /** Budgetsim's stored model (office/stored-payload.ts storedModelXml), kept as a custom XML part. */
  storedModelXml?: string;
  /** The platform's deflate (Node's zlib, write.ts); fflate's when absent, as in the browser. */
  compressor?: PartCompressor;
}

/**
 * Streams the workbook as .xlsx bytes into `stream`, which the writer ends. Descriptions are checked
 * before the first byte, cells as they are written: on such an error the stream has an incomplete
 * file, which writeXlsxFile and writeXlsxBytes never let anyone see.
 */
export async function writeXlsxStream(desc: WorkbookDescription, stream: ByteSink, options: XlsxOptions = {}): Promise<void> {
  const tables = checkedTables(desc);
  checkCharts(desc);
  const lookup = cellLookup(desc);
  const book = new StyleBook(desc.styles);
  const out = new StreamingWorkbook(stream, options.compressor);
  const wb = out.writer;
  setProperties(wb, options);
  desc.sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet, true));
    const cells = out.cells(ws);
    fillWorksheet(ws, sheet, book, tables[i], cells);
    cells.finish();
    out.addCharts(ws, sheet.charts, lookup, desc.language);
    out.addTables(ws, tables[i]);
    ws.commit();
  });
  addDefinedNames(wb, desc);
  if (options.storedModelXml !== undefined) out.addStoredModel(options.storedModelXml, MODEL_NAMESPACE);
  await wb.commit();
}

/** The workbook as .xlsx bytes, in memory. */
export async function writeXlsxBytes(desc: WorkbookDescription, options: XlsxOptions = {}): Promise<Uint8Array> {
  const sink = new MemorySink();
  await writeXlsxStream(desc, sink, options);
  return sink.bytes();
}
