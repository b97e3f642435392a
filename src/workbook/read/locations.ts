/** Where each JSON path of the model built from the tables came from in the workbook. */
import { CellLocation, formatPath } from '../../model-file';
import { Segment } from '../../model-file/paths';
import { cellA1 } from '../a1';
import { TableData } from './table-data';

export type { Segment };

export function tableLocation(t: TableData): CellLocation {
  return { sheet: t.sheet, table: t.name };
}

/** A whole body row; `index` is 0-based in `t.rows`. */
export function rowLocation(t: TableData, index: number): CellLocation {
  return { sheet: t.sheet, table: t.name, row: index + 1 };
}

/** A body cell; `index` is 0-based in `t.rows`, `column` 0-based in `t.headers`. */
export function cellLocation(t: TableData, index: number, column: number): CellLocation {
  return {
    sheet: t.sheet,
    table: t.name,
    row: index + 1,
    column: t.headers[column].trim(),
    address: cellA1(t.row + 1 + index, t.column + column),
  };
}

export function headerLocation(t: TableData, column: number): CellLocation {
  return { sheet: t.sheet, table: t.name, row: 0, column: t.headers[column].trim(), address: cellA1(t.row, t.column + column) };
}

/** Paths to places; a path that was not recorded takes the place of its nearest recorded ancestor. */
export class Locations {
  private readonly byPath = new Map<string, CellLocation>();

  set(path: readonly Segment[], location: CellLocation): void {
    this.byPath.set(formatPath([...path]), location);
  }

  readonly locate = (path: readonly Segment[]): CellLocation | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const found = this.byPath.get(formatPath(path.slice(0, n)));
      if (found) return { ...found };
    }
    return undefined;
  };
}
