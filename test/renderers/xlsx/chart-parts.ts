/**
 * Reading the charts of a written .xlsx back from its parts, following the relationships the way
 * Excel does: worksheet -> drawing -> chart. Only what the tests check, with regular expressions over
 * the XML the writer produces.
 */
import { posix } from 'node:path';
import { zipEntries } from './zip';

export interface Relationship {
  id: string;
  type: string;
  /** The part the relationship points at, as a path inside the zip. */
  part: string;
}

export interface SeriesPart {
  /** The name's text, unescaped: the literal c:tx/c:v, or the cached text of a reference. */
  name: string | undefined;
  /** Whether the name is literal text (c:tx/c:v) rather than a reference. */
  literalName: boolean;
  /** The raw c:tx element; empty when the series has none. */
  tx: string;
  categoriesRef: string;
  valuesRef: string;
  /** The cached values by point index; a point left out is undefined. */
  values: (number | undefined)[];
  categories: (string | undefined)[];
  categoriesAreNumbers: boolean;
}

export interface ChartPart {
  part: string;
  xml: string;
  kind: 'line' | 'columnClustered' | 'other';
  title: string;
  series: SeriesPart[];
  valueAxisNumFmt: { formatCode: string; sourceLinked: string } | undefined;
  legendPos: string | undefined;
}

export interface PlacedChartPart {
  from: { row: number; column: number };
  to: { row: number; column: number };
  /** colOff and rowOff of from, then of to, in EMU. */
  offsets: number[];
  descr: string;
  chart: ChartPart;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, '&');
}

export class XlsxParts {
  readonly parts: Map<string, Buffer>;

  constructor(bytes: Buffer) {
    this.parts = zipEntries(bytes);
  }

  text(part: string): string {
    const data = this.parts.get(part);
    if (!data) throw new Error(`the file has no part ${part}`);
    return data.toString('utf8');
  }

  names(pattern: RegExp): string[] {
    return [...this.parts.keys()].filter((p) => pattern.test(p)).sort();
  }

  relationships(part: string): Relationship[] {
    const relsPart = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
    if (!this.parts.has(relsPart)) return [];
    return [...this.text(relsPart).matchAll(/<Relationship ([^>]*?)\/>/g)].map((m) => {
      const attr = (name: string) => unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])![1]);
      return { id: attr('Id'), type: attr('Type'), part: posix.normalize(posix.join(posix.dirname(part), attr('Target'))) };
    });
  }

  /** The worksheet part of each sheet, by sheet name, from the workbook's relationships. */
  sheetParts(): Map<string, string> {
    const rels = new Map(this.relationships('xl/workbook.xml').map((r) => [r.id, r.part]));
    const out = new Map<string, string>();
    for (const m of this.text('xl/workbook.xml').matchAll(/<sheet ([^>]*?)\/>/g)) {
      const name = unescapeXml(/\bname="([^"]*)"/.exec(m[1])![1]);
      const rId = /\br:id="([^"]*)"/.exec(m[1])![1];
      out.set(name, rels.get(rId)!);
    }
    return out;
  }

  contentType(part: string): string | undefined {
    const m = new RegExp(`<Override PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" ContentType="([^"]*)"/>`).exec(this.text('[Content_Types].xml'));
    return m?.[1];
  }

  /** The charts on a sheet, in drawing order, through its <drawing> element and the relationships. */
  chartsOf(sheetPart: string): PlacedChartPart[] {
    const sheet = this.text(sheetPart);
    const drawings = [...sheet.matchAll(/<drawing r:id="([^"]+)"\/>/g)];
    if (drawings.length === 0) return [];
    if (drawings.length > 1) throw new Error(`${sheetPart} has ${drawings.length} <drawing> elements`);
    const rel = this.relationships(sheetPart).find((r) => r.id === drawings[0][1]);
    if (!rel) throw new Error(`${sheetPart}: no relationship ${drawings[0][1]}`);
    const drawing = this.text(rel.part);
    const chartRels = new Map(this.relationships(rel.part).map((r) => [r.id, r]));
    return [...drawing.matchAll(/<xdr:twoCellAnchor\b[^>]*>([\s\S]*?)<\/xdr:twoCellAnchor>/g)].map((m) => {
      const body = m[1];
      const marker = (tag: string) => {
        const x = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col><xdr:colOff>(-?\\d+)</xdr:colOff><xdr:row>(\\d+)</xdr:row><xdr:rowOff>(-?\\d+)</xdr:rowOff></xdr:${tag}>`).exec(body)!;
        return { row: Number(x[3]), column: Number(x[1]), offsets: [Number(x[2]), Number(x[4])] };
      };
      const from = marker('from');
      const to = marker('to');
      const rId = /<c:chart [^>]*r:id="([^"]+)"/.exec(body)![1];
      const chartRel = chartRels.get(rId)!;
      return {
        from: { row: from.row, column: from.column },
        to: { row: to.row, column: to.column },
        offsets: [...from.offsets, ...to.offsets],
        descr: unescapeXml(/\bdescr="([^"]*)"/.exec(body)?.[1] ?? ''),
        chart: { ...parseChart(this.text(chartRel.part)), part: chartRel.part },
      };
    });
  }
}

function points(cache: string): Map<number, string> {
  return new Map([...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), unescapeXml(m[2])]));
}

function ptCount(cache: string): number {
  return Number(/<c:ptCount val="(\d+)"\/>/.exec(cache)![1]);
}

export function parseChart(xml: string): Omit<ChartPart, 'part'> {
  const kind = /<c:lineChart>/.test(xml)
    ? 'line'
    : /<c:barChart><c:barDir val="col"\/><c:grouping val="clustered"\/>/.test(xml)
      ? 'columnClustered'
      : 'other';
  const title = [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1])).join('');
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m): SeriesPart => {
    const ser = m[1];
    const tx = /<c:tx>([\s\S]*?)<\/c:tx>/.exec(ser)?.[0] ?? '';
    const literal = /^<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>$/.test(tx);
    const name = /<c:v>([^<]*)<\/c:v>/.exec(tx)?.[1];
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)![1];
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)![1];
    const catPoints = points(cat);
    const valPoints = points(val);
    return {
      name: name === undefined ? undefined : unescapeXml(name),
      literalName: literal,
      tx,
      categoriesRef: unescapeXml(/<c:f>([^<]*)<\/c:f>/.exec(cat)![1]),
      valuesRef: unescapeXml(/<c:f>([^<]*)<\/c:f>/.exec(val)![1]),
      values: Array.from({ length: ptCount(val) }, (_, i) => (valPoints.has(i) ? Number(valPoints.get(i)) : undefined)),
      categories: Array.from({ length: ptCount(cat) }, (_, i) => catPoints.get(i)),
      categoriesAreNumbers: cat.startsWith('<c:numRef>'),
    };
  });
  const valAx = /<c:valAx>([\s\S]*?)<\/c:valAx>/.exec(xml)?.[1] ?? '';
  const numFmt = /<c:numFmt formatCode="([^"]*)" sourceLinked="([01])"\/>/.exec(valAx);
  return {
    xml,
    kind,
    title,
    series,
    valueAxisNumFmt: numFmt ? { formatCode: unescapeXml(numFmt[1]), sourceLinked: numFmt[2] } : undefined,
    legendPos: /<c:legend><c:legendPos val="(\w+)"\/>/.exec(xml)?.[1],
  };
}

/**
 * A well-formedness check strict enough for generated XML: tags nest and close, attribute values are
 * quoted and hold no '<', and every '&' starts an entity. An unescaped user text breaks one of these.
 */
export function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<([^<>]*)>|([^<>]+)|([<>])/g;
  for (const m of body.matchAll(token)) {
    if (m[3]) {
      problems.push(`a stray '${m[3]}' at ${m.index}`);
      continue;
    }
    const text = m[2];
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) problems.push(`an unescaped '&' in text at ${m.index}`);
      continue;
    }
    const tag = m[1];
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const inner = selfClosing ? tag.slice(0, -1) : tag;
    const nameMatch = /^([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*$/.exec(inner);
    if (!nameMatch) {
      problems.push(`a malformed tag <${tag}>`);
      continue;
    }
    for (const a of nameMatch[2].matchAll(/="([^"]*)"/g)) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(a[1])) problems.push(`an unescaped '&' in <${nameMatch[1]}>`);
    }
    if (!selfClosing) stack.push(nameMatch[1]);
  }
  if (stack.length) problems.push(`unclosed ${stack.join(' > ')}`);
  return problems;
}
