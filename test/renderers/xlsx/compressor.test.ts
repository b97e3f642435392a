/**
 * The zip's parts deflated by Node's zlib (the CLI's files) hold exactly what fflate's deflate
 * (the browser preview's download) holds, each with the CRC-32 of what it holds, in the same order.
 * Sheets are streamed in many chunks, so a CRC carried wrongly from chunk to chunk would show here.
 */
import { crc32 } from 'node:zlib';
import { writeXlsxBuffer, writeXlsxBytes } from '../../../src/renderers/xlsx';
import { nodeCompressor } from '../../../src/renderers/xlsx/write';
import { describeWorkbook } from '../../../src/workbook/layout';
import { exampleModel } from '../../../src/examples';
import { ZipEntry, zipDirectory } from './zip';

describe("the zip's compressor", () => {
  const created = new Date(Date.UTC(2026, 0, 5, 8, 0, 0));
  let native: ZipEntry[];
  let portable: ZipEntry[];
  let nativeBytes: number;
  let portableBytes: number;

  beforeAll(async () => {
    expect(nodeCompressor).toBeDefined();
    const desc = describeWorkbook(exampleModel());
    const a = await writeXlsxBuffer(desc, { created });
    const b = Buffer.from(await writeXlsxBytes(desc, { created }));
    native = zipDirectory(a);
    portable = zipDirectory(b);
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
