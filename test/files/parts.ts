/**
 * An .xlsx file as its parts, to craft the variants other tools write: each part as text, edited,
 * and zipped again with fflate.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { columnIndex, columnLetter } from '../../src/workbook/a1';

export type Parts = Map<string, string>;

export function partsOf(file: Uint8Array): Parts {
  const out: Parts = new Map();
  for (const [name, bytes] of Object.entries(unzipSync(file))) out.set(name, strFromU8(bytes));
  return out;
}

export function zipParts(parts: Parts): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of parts) files[name] = strToU8(text);
  return Buffer.from(zipSync(files, { level: 6 }));
}

/**
 * A worksheet's XML with every cell's reference written out, as Excel, LibreOffice and openpyxl
 * write them. Budgetsim leaves out the reference of a cell that follows its neighbour (ECMA-376
 * 18.3.1.4); the variants crafted here are other tools' files, and are edited by reference.
 */
export function explicitReferences(xml: string): string {
  return xml.replace(/(<row r="(\d+)"[^>]*>)([\s\S]*?)(<\/row>)/g, (_m, open: string, row: string, body: string, close: string) => {
    let column = -1;
    const cells = body.replace(/<c(?=[\s>/])([^>]*?)(\/?)>/g, (_c, attrs: string, slash: string) => {
      const ref = / r="([A-Z]+)\d+"/.exec(attrs);
      column = ref ? columnIndex(ref[1]) : column + 1;
      return ref ? `<c${attrs}${slash}>` : `<c r="${columnLetter(column)}${row}"${attrs}${slash}>`;
    });
    return open + cells + close;
  });
}

/** The file with its parts edited; its worksheets first get every cell reference written out. */
export function editXlsx(file: Uint8Array, edit: (parts: Parts) => void): Buffer {
  const parts = partsOf(file);
  for (const [name, xml] of parts) if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) parts.set(name, explicitReferences(xml));
  edit(parts);
  return zipParts(parts);
}

export function part(parts: Parts, name: string): string {
  const text = parts.get(name);
  if (text === undefined) throw new Error(`the file has no part ${name}; it has ${[...parts.keys()].join(', ')}`);
  return text;
}

/** Replaces one part's text, failing when the edit changes nothing (a crafted variant that is not one). */
export function rewrite(parts: Parts, name: string, change: (xml: string) => string): void {
  const before = part(parts, name);
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${name} changed nothing`);
  parts.set(name, after);
}

/** The worksheet part that holds a sheet, found through workbook.xml and its relationships. */
export function sheetPart(parts: Parts, sheet: string): string {
  const wb = part(parts, 'xl/workbook.xml');
  const escaped = sheet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const m = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(wb);
  if (!m) throw new Error(`no sheet ${sheet} in workbook.xml`);
  const rels = part(parts, 'xl/_rels/workbook.xml.rels');
  const t = new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*>`).exec(rels)?.[0];
  const target = t && /Target="([^"]+)"/.exec(t)?.[1];
  if (!target) throw new Error(`no relationship ${m[1]}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Puts `cell` (a whole <c> element) at `ref` in a worksheet's XML, replacing the cell there if any. */
export function setCell(xml: string, ref: string, cell: string): string {
  const existing = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);
  if (existing.test(xml)) return xml.replace(existing, cell);
  const row = /\d+$/.exec(ref)![0];
  const rowXml = new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)(</row>)`);
  if (!rowXml.test(xml)) throw new Error(`no row ${row} to put ${ref} in`);
  return xml.replace(rowXml, `$1${cell}$2`);
}

/** The shared strings of a file, in order (plain <t> items only, as Budgetsim writes them). */
export function sharedStringList(parts: Parts): string[] {
  const sst = part(parts, 'xl/sharedStrings.xml');
  return [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[1])?.[1] ?? '');
}
