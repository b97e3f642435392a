/**
 * The .xlsx renderer's file writer: the bytes of write-bytes.ts (the one writer, shared with the
 * browser preview) into a temporary file beside the target, then moved into place.
 */
import { constants, promises as fs, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { Writable } from 'node:stream';
import * as zlib from 'node:zlib';
import { WorkbookDescription } from '../../workbook/description';
import { writeXlsxBytes, writeXlsxStream, XlsxOptions } from './write-bytes';
import { PartCompressor } from './zip';

export { writeXlsxBytes, writeXlsxStream };

/**
 * Node's zlib for the zip's parts: on the large model it deflates 69 MB of XML in about 0.7 s where
 * fflate takes over 2 s, and the file comes out smaller. zlib.crc32 is Node 20.15 and later; an
 * older Node gets fflate's deflate, the same as the browser.
 */
export const nodeCompressor: PartCompressor | undefined =
  typeof zlib.crc32 === 'function'
    ? {
        deflateRaw: (data) => zlib.deflateRawSync(data, { level: 6 }),
        crc32: (data, previous) => zlib.crc32(data, previous),
      }
    : undefined;

function withNodeCompressor<T extends XlsxOptions>(options: T): T {
  return options.compressor || !nodeCompressor ? options : { ...options, compressor: nodeCompressor };
}

export interface XlsxFileOptions extends XlsxOptions {
  /** Replace a file already at the path; by default an existing file is never touched. */
  overwrite?: boolean;
  /** Where the bytes go on their way to the temporary file (tests put a failing disk here). */
  wrapStream?: (file: Writable) => Writable;
}

/**
 * Temporary files being written, removed if the process is interrupted (Ctrl-C, kill, a closed
 * terminal) or exits before they are renamed into place. SIGKILL cannot be caught: a file it leaves
 * has the name `.NAME.PID.TIME.tmp` beside the workbook.
 */
const pendingFiles = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removePending(): void {
  for (const file of pendingFiles) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone.
    }
  }
  pendingFiles.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  stopWatching();
  // With nobody else listening, the signal does what it would have done: end the process.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function startWatching(): void {
  if (pendingFiles.size !== 1) return;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removePending);
}

function stopWatching(): void {
  if (pendingFiles.size !== 0) return;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', removePending);
}

function track(file: string): void {
  pendingFiles.add(file);
  startWatching();
}

function untrack(file: string): void {
  pendingFiles.delete(file);
  stopWatching();
}

/** The workbook as .xlsx bytes. */
export async function writeXlsxBuffer(desc: WorkbookDescription, options: XlsxOptions = {}): Promise<Buffer> {
  const bytes = await writeXlsxBytes(desc, withNodeCompressor(options));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
  // The name is kept short: a workbook name near the file system's limit must not fail for its temporary file.
  const tmp = join(dirname(path), `.${basename(path).slice(0, 64)}.${process.pid}.${Date.now()}.tmp`);
  // Watched before it exists: a signal between creating the file and the next line would leave it behind.
  track(tmp);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(tmp, 'wx');
  } catch (err) {
    untrack(tmp);
    throw err;
  }
  const file = handle.createWriteStream();
  const stream = options.wrapStream ? options.wrapStream(file) : file;
  // A write error must fail the call: ExcelJS only listens for one once the zip is finalised.
  const failed = new Promise<never>((_, reject) => {
    stream.once('error', reject);
    if (stream !== file) file.once('error', reject);
  });
  const closed = new Promise<void>((resolve) => file.once('close', resolve));
  failed.catch(() => undefined);
  try {
    await Promise.race([writeXlsxStream(desc, stream, withNodeCompressor(options)), failed]);
    await Promise.race([closed, failed]);
    if (options.overwrite) await fs.rename(tmp, path);
    else await placeNew(tmp, path);
  } catch (err) {
    stream.destroy();
    file.destroy();
    await fs.rm(tmp, { force: true });
    throw err;
  } finally {
    untrack(tmp);
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
