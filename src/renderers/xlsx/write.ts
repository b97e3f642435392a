/**
 * The .xlsx renderer's file and stream writer. Files and buffers are written with ExcelJS's
 * streaming WorkbookWriter (see stream.ts): its in-memory Workbook (render.ts) needs about 2 KB and
 * 15 µs a cell, far too much for 300 committees x 15 years x 10 scenarios (bench/xlsx.ts). Both
 * apply the same checks and sheet code; charts are written here only (charts.ts).
 */
import { constants, promises as fs } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { Writable } from 'node:stream';
import { WorkbookDescription } from '../../workbook/description';
import { cellLookup, checkCharts } from './charts';
import { addDefinedNames } from './defined-names';
import { checkedTables, setProperties, XlsxOptions } from './render';
import { fillWorksheet, worksheetOptions } from './sheet';
import { StreamingWorkbook } from './stream';
import { StyleBook } from './styles';

export interface XlsxFileOptions extends XlsxOptions {
  /** Replace a file already at the path; by default an existing file is never touched. */
  overwrite?: boolean;
}

/**
 * Streams the workbook as .xlsx bytes into `stream`, which the writer ends. Descriptions are checked
 * before the first byte, cells as they are written: on such an error the stream has an incomplete
 * file, which writeXlsxFile and writeXlsxBuffer never let anyone see.
 */
export async function writeXlsxStream(desc: WorkbookDescription, stream: Writable, options: XlsxOptions = {}): Promise<void> {
  const tables = checkedTables(desc);
  checkCharts(desc);
  const lookup = cellLookup(desc);
  const book = new StyleBook(desc.styles);
  const out = new StreamingWorkbook(stream);
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
  await wb.commit();
}

/** The workbook as .xlsx bytes. */
export async function writeXlsxBuffer(desc: WorkbookDescription, options: XlsxOptions = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeXlsxStream(desc, sink, options);
  return Buffer.concat(chunks);
}

/** The target file exists and replacing it was not asked for. */
export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; not replacing it`);
    this.name = 'FileExistsError';
  }
}

/**
 * Writes the workbook to `path`. The bytes go to a temporary file beside it first, so a failure
 * never leaves a half-written workbook, and an existing file is only replaced when asked.
 */
export async function writeXlsxFile(desc: WorkbookDescription, path: string, options: XlsxFileOptions = {}): Promise<void> {
  if (!options.overwrite && (await exists(path))) throw new FileExistsError(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.open(tmp, 'wx');
  const stream = handle.createWriteStream();
  // A write error must fail the call: ExcelJS only listens for one once the zip is finalised.
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  const closed = new Promise<void>((resolve) => stream.once('close', resolve));
  failed.catch(() => undefined);
  try {
    await Promise.race([writeXlsxStream(desc, stream, options), failed]);
    await Promise.race([closed, failed]);
    if (options.overwrite) await fs.rename(tmp, path);
    else await placeNew(tmp, path);
  } catch (err) {
    stream.destroy();
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Moves `tmp` to `path` unless something is at `path` by now: rename would silently replace it. */
async function placeNew(tmp: string, path: string): Promise<void> {
  try {
    await fs.link(tmp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    await fs.copyFile(tmp, path, constants.COPYFILE_EXCL);
  }
  await fs.unlink(tmp);
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.access(path);
    return true;
  } catch {
    return false;
  }
}
