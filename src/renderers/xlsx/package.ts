/**
 * The parts of an .xlsx package, opened with fflate (zip) and fast-xml-parser (XML), without
 * ExcelJS. No Node imports: the browser preview can use it too.
 *
 * A package is a zip of parts tied together by relationships (ECMA-376 Part 2, Open Packaging
 * Conventions). Part names are case-insensitive; a relationship's target is relative to its source
 * part's folder, or absolute when it starts with "/" (openpyxl writes "/xl/worksheets/sheet1.xml").
 * Only the parts asked for are decompressed; everything else in the file is left unread, so a part
 * this reader does not understand (a drawing, a pivot cache, a VBA project) never stops it.
 */
import { unzipSync, UnzipFileInfo } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/** The file cannot be read as an .xlsx package: the message says why, for a person. */
export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

/** No part this reader decompresses may be larger than this (a zip bomb stops here, not in memory). */
const MAX_PART_BYTES = 512 * 1024 * 1024;

export const REL = {
  officeDocument: 'officeDocument',
  worksheet: 'worksheet',
  chartsheet: 'chartsheet',
  dialogsheet: 'dialogsheet',
  macrosheet: 'macrosheet',
  sharedStrings: 'sharedStrings',
  styles: 'styles',
  table: 'table',
  customXml: 'customXml',
} as const;

export interface Relationship {
  id: string;
  /** The last segment of the type URI ("worksheet"), the same for transitional and strict files. */
  type: string;
  /** The target part's name in the zip, resolved ("xl/worksheets/sheet1.xml"); undefined for an external target. */
  target: string | undefined;
}

/** An XML element as fast-xml-parser gives it: attributes under "@name", children by local name. */
export type XmlNode = Record<string, unknown>;

const ARRAYS = new Set([
  // workbook, relationships, content types
  'sheet', 'definedName', 'Relationship', 'Override', 'Default',
  // worksheet, shared strings, inline strings
  'row', 'c', 'si', 'r', 'tablePart',
  // tables, styles
  'tableColumn', 'xf', 'numFmt',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // "x:worksheet" and "worksheet" are the same element: some writers prefix the main namespace.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Leading and trailing spaces in <t> are the user's text.
  trimValues: false,
  processEntities: true,
  // Decodes character references (&#196;, &#x1F600;); entities declared in a DOCTYPE are never expanded.
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
});

export function parseXml(xml: string, part: string): XmlNode {
  try {
    return parser.parse(xml) as XmlNode;
  } catch (err) {
    throw new XlsxReadError(`the part ${part} is not well-formed XML (${(err as Error).message})`);
  }
}

/** An element's children of one name, always as a list. */
export function children(node: unknown, name: string): XmlNode[] {
  if (node === null || typeof node !== 'object') return [];
  const v = (node as XmlNode)[name];
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : [v];
  // An element without attributes or children comes back as "" (or its text).
  return list.map((x) => (x !== null && typeof x === 'object' ? (x as XmlNode) : { '#text': x }));
}

export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[`@${name}`];
  return v === undefined ? undefined : String(v);
}

/** The text content of an element that holds only text (<v>, <t>, <f>, <definedName>). */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  const t = node['#text'];
  return t === undefined || t === null ? '' : String(t);
}

/** Whether the element is present at all. */
export function has(node: unknown, name: string): boolean {
  return node !== null && typeof node === 'object' && (node as XmlNode)[name] !== undefined;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Text of a part: UTF-8, or UTF-16 when it starts with a byte order mark (as Office writes custom XML). */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** "xl/worksheets/../tables/table1.xml" -> "xl/tables/table1.xml". */
function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

function folderOf(part: string): string {
  const at = part.lastIndexOf('/');
  return at < 0 ? '' : part.slice(0, at + 1);
}

function relsPartOf(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

export class XlsxPackage {
  /** Lower-cased part name -> the name as stored in the zip. */
  private readonly names = new Map<string, string>();
  private readonly bytes: Uint8Array;

  constructor(input: Uint8Array | ArrayBuffer) {
    this.bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (this.bytes.length === 0) throw new XlsxReadError('the file is empty');
    if (startsWith(this.bytes, OLE_SIGNATURE)) {
      throw new XlsxReadError('it is an OLE compound file (an encrypted or password-protected workbook, or an old .xls), not an .xlsx package');
    }
    if (this.bytes[0] !== 0x50 || this.bytes[1] !== 0x4b) throw new XlsxReadError('it is not a zip file, so not an .xlsx package');
    try {
      unzipSync(this.bytes, {
        filter: (f: UnzipFileInfo) => {
          this.names.set(normalise(f.name).toLowerCase(), f.name);
          return false;
        },
      });
    } catch (err) {
      throw new XlsxReadError(`its zip container is damaged or truncated (${(err as Error).message})`);
    }
  }

  /** The name of every part in the zip, as stored. */
  parts(): string[] {
    return [...this.names.values()].map(normalise);
  }

  hasPart(part: string): boolean {
    return this.names.has(normalise(part).toLowerCase());
  }

  /** A part's bytes, or undefined when the zip has no such part. */
  read(part: string): Uint8Array | undefined {
    const stored = this.names.get(normalise(part).toLowerCase());
    if (stored === undefined) return undefined;
    let tooLarge = false;
    let out: Record<string, Uint8Array>;
    try {
      out = unzipSync(this.bytes, {
        filter: (f) => {
          if (f.name !== stored) return false;
          if (f.originalSize > MAX_PART_BYTES) tooLarge = true;
          return !tooLarge;
        },
      });
    } catch (err) {
      throw new XlsxReadError(`the part ${normalise(stored)} cannot be decompressed: the file is damaged or truncated (${(err as Error).message})`);
    }
    if (tooLarge) throw new XlsxReadError(`the part ${normalise(stored)} is larger than ${MAX_PART_BYTES / 1024 / 1024} MB uncompressed`);
    return out[stored];
  }

  text(part: string): string | undefined {
    const bytes = this.read(part);
    return bytes === undefined ? undefined : decodeText(bytes);
  }

  xml(part: string): XmlNode | undefined {
    const text = this.text(part);
    return text === undefined ? undefined : parseXml(text, normalise(part));
  }

  /** The relationships of a part ("" for the package itself); none when it has no .rels part. */
  relationships(source: string): Relationship[] {
    const relsPart = source === '' ? '_rels/.rels' : relsPartOf(normalise(source));
    const doc = this.xml(relsPart);
    if (!doc) return [];
    const base = folderOf(normalise(source));
    return children(child(doc, 'Relationships'), 'Relationship').map((r) => {
      const type = (attr(r, 'Type') ?? '').split('/').pop() ?? '';
      const raw = attr(r, 'Target') ?? '';
      const external = attr(r, 'TargetMode') === 'External';
      const target = external || raw === '' ? undefined : normalise(decodeTarget(raw).startsWith('/') ? decodeTarget(raw) : base + decodeTarget(raw));
      return { id: attr(r, 'Id') ?? '', type, target };
    });
  }
}
