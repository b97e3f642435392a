/**
 * The .xlsx renderer: applies a WorkbookDescription with ExcelJS and decides nothing about layout.
 *
 * Files and buffers are written with ExcelJS's streaming WorkbookWriter (see stream.ts): its
 * in-memory Workbook needs about 2 KB and 15 µs a cell, far too much for 300 committees x 15 years
 * x 10 scenarios (bench/xlsx.ts). `renderXlsx` still builds an in-memory Workbook, for callers that
 * want to inspect or extend one; both apply the same sheet code.
 */
import * as ExcelJS from 'exceljs';
import { constants, promises as fs } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { Writable } from 'node:stream';
import { SheetDescription, WorkbookDescription } from '../../workbook/description';
import { addDefinedNames, checkDefinedNames } from './defined-names';
import { fillWorksheet, worksheetOptions, worksheetSink } from './sheet';
import { checkSheetNames } from './sheet-names';
import { StreamingWorkbook } from './stream';
import { StyleBook } from './styles';
import { contentAt, tableSpecs, TableSpec } from './tables';
import { cellValue } from './values';

export interface XlsxOptions {
  /** The workbook's creation time; now by default. */
  created?: Date;
}

export interface XlsxFileOptions extends XlsxOptions {
  /** Replace a file already at the path; by default an existing file is never touched. */
  overwrite?: boolean;
}

const CREATOR = 'Budgetsim';

function setProperties(wb: ExcelJS.Workbook, options: XlsxOptions): void {
  const created = options.created ?? new Date();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = created;
  wb.modified = created;
}

/** Checks what Excel would repair before anything is written; returns every sheet's tables. */
function checkedTables(desc: WorkbookDescription): TableSpec[][] {
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
  });
  addDefinedNames(wb, desc);
  return wb;
}

/**
 * Streams the workbook as .xlsx bytes into `stream`, which the writer ends. Descriptions are checked
 * before the first byte, cells as they are written: on such an error the stream has an incomplete
 * file, which writeXlsxFile and writeXlsxBuffer never let anyone see.
 */
export async function writeXlsxStream(desc: WorkbookDescription, stream: Writable, options: XlsxOptions = {}): Promise<void> {
  const tables = checkedTables(desc);
  const book = new StyleBook(desc.styles);
  const out = new StreamingWorkbook(stream);
  const wb = out.writer;
  setProperties(wb, options);
  desc.sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
    const cells = out.cells(ws);
    fillWorksheet(ws, sheet, book, tables[i], cells);
    cells.finish();
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

/**
 * Writes the workbook to `path`. The bytes go to a temporary file beside it first, so a failure
 * never leaves a half-written workbook, and an existing file is only replaced when asked.
 */
/** The target file exists and replacing it was not asked for. */
export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; not replacing it`);
    this.name = 'FileExistsError';
  }
}

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
