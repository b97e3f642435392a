import { CellContent, RangeRef, SheetDescription, StyleName } from '../../workbook/description';

/**
 * One row of a sheet as the writers need it: what each touched column holds, its number format and
 * named style. The arrays are indexed by column and reused from row to row; `columns` lists the
 * touched columns in ascending order.
 */
export interface RowPlan {
  columns: number[];
  content: CellContent[];
  format: (string | undefined)[];
  style: (StyleName | undefined)[];
}

interface Span {
  start: number;
  end: number;
  /** Position in its own list: when two spans overlap, the later one in the description wins. */
  order: number;
  apply(row: number, plan: RowPlan, touch: (column: number) => void): void;
}

function rangeSpans<T>(items: { range: RangeRef }[], value: (i: number) => T, target: (plan: RowPlan) => T[]): Span[] {
  return items.map((item, order) => ({
    start: item.range.row,
    end: item.range.row + item.range.rows,
    order,
    apply(_row, plan, touch) {
      const out = target(plan);
      const v = value(order);
      for (let c = item.range.column, e = c + item.range.columns; c < e; c++) {
        out[c] = v;
        touch(c);
      }
    },
  }));
}

function insertByOrder(active: Span[], span: Span): void {
  let i = active.length;
  while (i > 0 && active[i - 1].order > span.order) i--;
  active.splice(i, 0, span);
}

/**
 * Visits every row of a sheet that has content, a format or a style, top to bottom, in one sweep over
 * the description's blocks and ranges: the streaming writer must emit rows in order and cannot go back.
 */
export function forEachRow(sheet: SheetDescription, visit: (row: number, plan: RowPlan) => void): void {
  const kinds: Span[][] = [
    sheet.blocks.map((b, order) => ({
      start: b.row,
      end: b.row + b.cells.length,
      order,
      apply(row, plan, touch) {
        const cells = b.cells[row - b.row];
        for (let j = 0; j < cells.length; j++) {
          plan.content[b.column + j] = cells[j];
          touch(b.column + j);
        }
      },
    })),
    rangeSpans(sheet.formats, (i) => sheet.formats[i].format, (p) => p.format),
    rangeSpans(sheet.styles, (i) => sheet.styles[i].style, (p) => p.style),
  ];
  const pending = kinds.flatMap((spans, kind) => spans.map((span) => ({ span, kind }))).sort((a, b) => a.span.start - b.span.start);
  const active: Span[][] = kinds.map(() => []);

  const plan: RowPlan = { columns: [], content: [], format: [], style: [] };
  const touched: boolean[] = [];
  const touch = (c: number) => {
    if (!touched[c]) {
      touched[c] = true;
      plan.columns.push(c);
      if (plan.content[c] === undefined) plan.content[c] = null;
    }
  };

  let next = 0;
  let row = pending.length ? pending[0].span.start : 0;
  while (next < pending.length || active.some((a) => a.length)) {
    if (!active.some((a) => a.length) && pending[next].span.start > row) row = pending[next].span.start;
    while (next < pending.length && pending[next].span.start <= row) {
      const { span, kind } = pending[next++];
      if (span.end > row) insertByOrder(active[kind], span);
    }
    for (const spans of active) for (const span of spans) span.apply(row, plan, touch);
    if (plan.columns.length) {
      plan.columns.sort((a, b) => a - b);
      visit(row, plan);
      for (const c of plan.columns) {
        touched[c] = false;
        plan.content[c] = null;
        plan.format[c] = undefined;
        plan.style[c] = undefined;
      }
      plan.columns.length = 0;
    }
    row++;
    for (let k = 0; k < active.length; k++) {
      if (active[k].some((s) => s.end <= row)) active[k] = active[k].filter((s) => s.end > row);
    }
  }
}
