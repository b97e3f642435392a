/**
 * The zip container of a written .xlsx, made with fflate in place of ExcelJS's archiver, so that the
 * same writer runs in Node (the CLI) and in the browser (the preview's download). It takes parts the
 * way ExcelJS's streaming WorkbookWriter hands them to its zip, `append(source, { name })`: a string,
 * bytes, or one of ExcelJS's streams (a worksheet, its relationships) that is piped in as it is
 * written. Parts come out in the order they were added, each deflated; `finalize` ends the output.
 */
import { AsyncFlateStreamHandler, strToU8, Zip, ZipDeflate, ZipInputFile } from 'fflate';

/** Where the bytes go: a Node Writable, or the in-memory sink below. */
export interface ByteSink {
  write(chunk: Uint8Array): unknown;
  end(): unknown;
  on(event: 'error' | 'finish', listener: (err?: unknown) => void): unknown;
  once(event: 'error' | 'finish', listener: (err?: unknown) => void): unknown;
}

/** What ExcelJS's StreamBuf offers a consumer: it calls write() per chunk and end() once. */
interface PipeSource {
  pipe(destination: { write(chunk: Uint8Array, callback?: () => void): boolean; end(): void }): unknown;
}

type Listener = (err?: unknown) => void;

/**
 * A platform's own deflate, used in place of fflate's where there is one: Node's zlib compresses a
 * large workbook about three times as fast and a tenth smaller than fflate at the same level.
 */
export interface PartCompressor {
  /** Raw deflate (RFC 1951, no zlib header): what a zip entry with method 8 holds. */
  deflateRaw(data: Uint8Array): Uint8Array<ArrayBuffer>;
  /** The zip's CRC-32 of `data`, continuing from `previous` (0 to start). */
  crc32(data: Uint8Array, previous: number): number;
}

/**
 * A zip entry compressed by a PartCompressor. The part is kept until its last chunk and deflated
 * whole: one call into native code instead of one per chunk. fflate writes the sizes and the CRC in
 * the data descriptor after the data, so they are only read once the final chunk is handed on.
 */
class CompressedPart implements ZipInputFile {
  readonly compression = 8;
  readonly mtime = ENTRY_TIME;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  private chunks: Uint8Array[] = [];

  constructor(readonly filename: string, private readonly compressor: PartCompressor) {}

  push(chunk: Uint8Array, final: boolean): void {
    if (chunk.length) {
      this.chunks.push(chunk);
      this.size += chunk.length;
      this.crc = this.compressor.crc32(chunk, this.crc);
    }
    if (!final) return;
    const whole = this.chunks.length === 1 ? this.chunks[0] : concat(this.chunks, this.size);
    this.chunks = [];
    this.ondata?.(null, this.compressor.deflateRaw(whole), true);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Compression level 6, zlib's default: on the large model level 9 makes the file less than 1 % smaller
 * and takes more than three times as long (bench/xlsx.ts).
 */
const LEVEL = 6;
const ENTRY_TIME = new Date(1980, 0, 1);

export class PackageZip {
  private readonly zip: Zip;
  private readonly listeners: Listener[] = [];
  private failed = false;

  constructor(private readonly sink: ByteSink, private readonly compressor?: PartCompressor) {
    this.zip = new Zip((err, chunk, final) => {
      if (err) return this.fail(err);
      if (chunk.length) sink.write(chunk);
      if (final) sink.end();
    });
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    for (const l of this.listeners) l(err);
  }

  /** ExcelJS listens for 'error' on its zip before finalising. */
  on(event: string, listener: Listener): this {
    if (event === 'error') this.listeners.push(listener);
    return this;
  }

  private entry(name: string): { push(chunk: Uint8Array, final: boolean): void } {
    // ExcelJS names some parts with a leading slash; a zip entry has none. The entries carry no date
    // of their own (the workbook's is in docProps/core.xml): the same workbook gives the same bytes.
    const filename = name.replace(/^\//, '');
    if (this.compressor) {
      const part = new CompressedPart(filename, this.compressor);
      this.zip.add(part);
      return part;
    }
    const file = new ZipDeflate(filename, { level: LEVEL });
    file.mtime = ENTRY_TIME;
    this.zip.add(file);
    return file;
  }

  append(source: unknown, data: { name: string }): this {
    try {
      if (typeof source === 'string') {
        this.entry(data.name).push(strToU8(source), true);
      } else if (source instanceof Uint8Array) {
        this.entry(data.name).push(source, true);
      } else if (source && typeof (source as PipeSource).pipe === 'function') {
        const file = this.entry(data.name);
        (source as PipeSource).pipe({
          write: (chunk, callback) => {
            try {
              file.push(chunk instanceof Uint8Array ? chunk : strToU8(String(chunk)), false);
            } catch (err) {
              this.fail(err);
            }
            callback?.();
            return true;
          },
          end: () => {
            try {
              file.push(new Uint8Array(0), true);
            } catch (err) {
              this.fail(err);
            }
          },
        });
      } else {
        throw new Error(`the zip cannot take the part ${data.name}: ${Object.prototype.toString.call(source)}`);
      }
    } catch (err) {
      this.fail(err);
    }
    return this;
  }

  finalize(): void {
    try {
      this.zip.end();
    } catch (err) {
      this.fail(err);
    }
  }
}

/** A sink that keeps the bytes in memory: for a buffer in Node and a Blob in the browser. */
export class MemorySink implements ByteSink {
  private readonly chunks: Uint8Array[] = [];
  private readonly handlers = new Map<string, Listener[]>();
  private ended = false;

  write(chunk: Uint8Array): boolean {
    this.chunks.push(chunk);
    return true;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const l of this.handlers.get('finish') ?? []) l();
  }

  on(event: 'error' | 'finish', listener: Listener): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }

  once(event: 'error' | 'finish', listener: Listener): this {
    return this.on(event, listener);
  }

  bytes(): Uint8Array {
    return concat(this.chunks, this.chunks.reduce((n, c) => n + c.length, 0));
  }
}
