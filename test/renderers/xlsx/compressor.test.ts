/**
 * The zip's parts deflated by Node's zlib (the CLI's files) hold exactly what fflate's deflate
 * (the browser preview's download) holds, each with the CRC-32 of what it holds, in the same order.
 * Sheets are streamed in many chunks, so a CRC carried wrongly from chunk to chunk would show here.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { writeXlsxBuffer, writeXlsxBytes } from '../../../src/renderers/xlsx';
import { nodeCompressor } from '../../../src/renderers/xlsx/write';
import { describeWorkbook } from '../../../src/workbook/layout';
import { exampleModel } from '../../../src/examples';

interface Entry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
}

/** Reads the central directory: name, method, CRC and size as the zip states them, and the inflated data. */
function entries(zip: Buffer): Entry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
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
    const data = inflateRawSync(zip.subarray(dataAt, dataAt + packed));
    out.push({ name, method, crc, size, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

describe("the zip's compressor", () => {
  const created = new Date(Date.UTC(2026, 0, 5, 8, 0, 0));
  let native: Entry[];
  let portable: Entry[];
  let nativeBytes: number;
  let portableBytes: number;

  beforeAll(async () => {
    expect(nodeCompressor).toBeDefined();
    const desc = describeWorkbook(exampleModel());
    const a = await writeXlsxBuffer(desc, { created });
    const b = Buffer.from(await writeXlsxBytes(desc, { created }));
    native = entries(a);
    portable = entries(b);
    nativeBytes = a.length;
    portableBytes = b.length;
  });

  it('gives the same parts, in the same order, with the same content', () => {
    expect(native.map((e) => e.name)).toEqual(portable.map((e) => e.name));
    native.forEach((e, i) => expect(e.data.equals(portable[i].data)).toBe(true));
    expect(native.length).toBeGreaterThan(10);
  });

  it('states for every part the deflate method, its size and the CRC-32 of its content', () => {
    for (const e of [...native, ...portable]) {
      expect(e.method).toBe(8);
      expect(e.size).toBe(e.data.length);
      expect(e.crc).toBe(crc32(e.data));
    }
  });

  it("is Node's zlib in writeXlsxBuffer, and fflate in the portable writer", () => {
    // The same content deflated by two different compressors: the bytes differ, zlib's being smaller
    // on XML of this kind (the bench's large model: 8.7 MB against 9.8 MB).
    expect(nativeBytes).not.toBe(portableBytes);
    expect(nativeBytes).toBeLessThan(portableBytes);
  });
});
