/**
 * The R1C1 forms of a plan's formulas, remembered by cell: the plan asks for a cell's form more
 * than once (to compare a committee block with its template, then to find the runs of a row), and
 * the same cell of the next sheet often holds the same A1 formula. A string comparison then stands
 * in for reading the formula again.
 */
import { a1ToR1C1 } from '../workbook/r1c1';

interface Known {
  a1: string;
  r1c1: string | undefined;
}

export class R1C1Forms {
  private readonly rows: (Known | undefined)[][] = [];

  /** The R1C1 form of `formula` at (row, column), or undefined for one r1c1.ts cannot read. */
  of(formula: string, row: number, column: number): string | undefined {
    let line = this.rows[row];
    if (!line) line = this.rows[row] = [];
    const known = line[column];
    if (known && known.a1 === formula) return known.r1c1;
    let r1c1: string | undefined;
    try {
      r1c1 = a1ToR1C1(formula, row, column);
    } catch {
      r1c1 = undefined;
    }
    if (known) {
      known.a1 = formula;
      known.r1c1 = r1c1;
    } else line[column] = { a1: formula, r1c1 };
    return r1c1;
  }
}
