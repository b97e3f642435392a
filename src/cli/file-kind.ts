/**
 * What a model file is, read from its bytes before it is read as JSON: a workbook or another binary
 * format given by mistake, UTF-16 text, or text that is not valid UTF-8 (a Latin-1 file would
 * otherwise lose its å, ä and ö to U+FFFD without a word).
 */

/** Where a byte sequence stops being UTF-8. */
export interface Utf8Error {
  /** 0-based byte offset of the first byte that cannot stand there. */
  offset: number;
  /** 1-based line of that byte. */
  line: number;
  byte: number;
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates), or undefined. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
      // The sequence's first byte is reported: in a Latin-1 file that is the letter itself.
      if (c < lo || c > hi) return i;
    }
    i += length;
  }
  return undefined;
}

export function utf8Error(bytes: Uint8Array): Utf8Error | undefined {
  const offset = firstInvalidUtf8(bytes);
  if (offset === undefined) return undefined;
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return { offset, line, byte: bytes[offset] };
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');
}

/** What a zip archive holds, told by its entry names (OpenDocument names its type in a first "mimetype" entry). */
function zipKind(bytes: Uint8Array): string {
  // Local file header: name length at 26, extra field length at 28, the name at 30, then the data.
  const nameLength = bytes[26] | (bytes[27] << 8);
  const extraLength = bytes[28] | (bytes[29] << 8);
  const firstName = latin1(bytes, 30, 30 + nameLength);
  if (firstName === 'mimetype') {
    const start = 30 + nameLength + extraLength;
    const mime = latin1(bytes, start, start + 80);
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
      return 'an OpenDocument spreadsheet (.ods), not a JSON model file; Budgetsim reads .xlsx workbooks: save it as .xlsx (Excel 2007-365) in LibreOffice and give that file';
    }
    if (mime.startsWith('application/vnd.oasis.opendocument')) return 'an OpenDocument file, not a JSON model file';
  }
  const all = latin1(bytes, 0, bytes.length);
  if (all.includes('[Content_Types].xml') && all.includes('xl/')) {
    return 'an .xlsx workbook, not a JSON model file; give it a name ending in .xlsx and Budgetsim reads its input tables';
  }
  if (all.includes('[Content_Types].xml')) return 'an Office document (a zip of XML parts), not a JSON model file';
  return 'a zip archive, not a JSON model file';
}

/**
 * What the file is when it cannot be a UTF-8 JSON model file, as the end of "FILE is ...", or
 * undefined when it may be one.
 */
export function notJsonKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return 'an OLE compound file (an Excel 97-2003 .xls workbook, or an Office file protected by a password), not a JSON model file; remove the password or save it as .xlsx (Excel Workbook)';
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return 'UTF-32 text; Budgetsim reads UTF-8: save it as UTF-8 and try again';
  }
  const utf16 = (endian: string) => `UTF-16 text (${endian}); Budgetsim reads UTF-8: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8) and try again`;
  if (startsWith(bytes, [0xff, 0xfe])) return utf16('little-endian');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16('big-endian');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF document, not a JSON model file';
  // UTF-16 without a byte order mark: JSON is mostly ASCII, so every other byte is zero.
  const head = bytes.subarray(0, 200);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? zeroEven++ : zeroOdd++;
  const pairs = Math.floor(head.length / 2);
  if (pairs > 0 && zeroOdd >= pairs / 2 && zeroEven === 0) return utf16('little-endian');
  if (pairs > 0 && zeroEven >= pairs / 2 && zeroOdd === 0) return utf16('big-endian');
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `a binary file, not a text file: it holds a NUL byte at byte offset ${nul}`;
  return undefined;
}
