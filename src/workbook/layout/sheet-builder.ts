import { CellContent, ChartDescription, ConditionalFormat, ListValidation, RangeRef, RowBand, SheetDescription, SheetRole, StyleName, TableDescription } from '../description';
import { range } from '../a1';

/** Accumulates one sheet's cells and decorations, then emits its description. */
export class SheetBuilder {
  private readonly grid: CellContent[][] = [];
  private width = 0;
  readonly formats: { range: RangeRef; format: string }[] = [];
  readonly styles: { range: RangeRef; style: StyleName }[] = [];
  readonly tables: TableDescription[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly validations: ListValidation[] = [];
  readonly charts: ChartDescription[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly bands: RowBand[] = [];
  frozen?: { rows: number; columns: number };
  tabColor?: string;

  constructor(readonly name: string, readonly role: SheetRole, readonly scenario?: string) {}

  set(row: number, column: number, content: CellContent): void {
    while (this.grid.length <= row) this.grid.push([]);
    const r = this.grid[row];
    while (r.length <= column) r.push(null);
    r[column] = content;
    if (column + 1 > this.width) this.width = column + 1;
  }

  /** Writes a row of cells starting at (row, column). */
  setRow(row: number, column: number, contents: CellContent[]): void {
    contents.forEach((c, i) => this.set(row, column + i, c));
  }

  format(r: RangeRef, format: string): void {
    this.formats.push({ range: r, format });
  }

  style(r: RangeRef, style: StyleName): void {
    this.styles.push({ range: r, style });
  }

  columnWidth(column: number, width: number): void {
    this.columnWidths.set(column, width);
  }

  get rowCount(): number {
    return this.grid.length;
  }

  build(): SheetDescription {
    const rows = this.grid.map((r) => {
      const full = r.slice();
      while (full.length < this.width) full.push(null);
      return full;
    });
    return {
      name: this.name,
      role: this.role,
      ...(this.scenario !== undefined ? { scenario: this.scenario } : {}),
      blocks: rows.length ? [{ row: 0, column: 0, cells: rows }] : [],
      formats: this.formats,
      styles: this.styles,
      tables: this.tables,
      ...(this.frozen ? { frozen: this.frozen } : {}),
      columnWidths: [...this.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([column, width]) => ({ column, width })),
      conditionalFormats: this.conditionalFormats,
      validations: this.validations,
      charts: this.charts,
      ...(this.tabColor ? { tabColor: this.tabColor } : {}),
      ...(this.bands.length ? { bands: this.bands } : {}),
    };
  }
}

export { range };
