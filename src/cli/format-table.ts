export type Align = 'left' | 'right';

export interface TableSpec {
  header: string[];
  rows: string[][];
  /** Per column; default: the first column left, the others right. */
  align?: Align[];
  /** Spaces between columns. */
  gap?: number;
  /** Per column, the least width: tables printed one under another can share their columns. */
  minWidths?: number[];
}

/** Display width of a string: one per code point (Swedish letters are single precomposed code points). */
export function width(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'left' ? s + fill : fill + s;
}

/** A plain-text table: padded columns, a dashed line under the header, no trailing spaces. */
export function formatTable(spec: TableSpec): string[] {
  const gap = ' '.repeat(spec.gap ?? 2);
  const n = spec.header.length;
  const align = spec.header.map((_, i) => spec.align?.[i] ?? (i === 0 ? 'left' : 'right'));
  const widths = spec.header.map((h, i) =>
    Math.max(width(h), spec.minWidths?.[i] ?? 0, ...spec.rows.map((r) => width(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    Array.from({ length: n }, (_, i) => pad(cells[i] ?? '', widths[i], align[i]))
      .join(gap)
      .trimEnd();
  const total = widths.reduce((a, b) => a + b, 0) + gap.length * (n - 1);
  return [line(spec.header), '-'.repeat(total), ...spec.rows.map(line)];
}

/** Breaks a paragraph into lines of at most `max` characters at spaces (a longer word stands alone). */
export function wrap(text: string, max = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && width(line) + 1 + width(word) > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The width of each column over several tables' headers and rows (a table may have fewer columns). */
export function columnWidths(tables: { header: string[]; rows: string[][] }[], columns: number): number[] {
  const widths = new Array<number>(columns).fill(0);
  for (const t of tables) {
    for (const row of [t.header, ...t.rows]) {
      for (let i = 0; i < Math.min(columns, row.length); i++) widths[i] = Math.max(widths[i], width(row[i] ?? ''));
    }
  }
  return widths;
}
