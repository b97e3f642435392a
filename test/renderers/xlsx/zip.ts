/**
 * Reads the parts of an .xlsx (a zip) so tests can check XML that ExcelJS does not read back,
 * such as calcPr. Handles what zip writers for .xlsx produce: stored or deflated entries.
 */
import { inflateRawSync } from 'node:zlib';

/** One entry of a zip's central directory, with its data inflated. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The CRC-32 and uncompressed size the directory states. */
  crc: number;
  size: number;
  data: Buffer;
}

/** The entries in the order of the central directory. */
export function zipDirectory(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + packed);
    out.push({ name, method, crc, size, data: method === 0 ? Buffer.from(data) : inflateRawSync(data) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

export function zipEntries(zip: Buffer): Map<string, Buffer> {
  return new Map(zipDirectory(zip).map((e) => [e.name.replace(/^\//, ''), e.data]));
}

export function zipText(zip: Buffer, part: string): string {
  const data = zipEntries(zip).get(part);
  if (!data) throw new Error(`the file has no part ${part}`);
  return data.toString('utf8');
}
