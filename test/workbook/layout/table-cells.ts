import { CellContent, WorkbookDescription } from '../../../src/workbook/description';
import { INPUT_TABLES } from '../../../src/workbook/input-tables';
import { cellAt } from './helpers';

/** The sheet position of a value in an input table: the row matched by `which`, the column by model key. */
export function tableCell(desc: WorkbookDescription, table: string, which: (row: CellContent[]) => boolean, key: string): { sheet: string; row: number; column: number } {
  const schema = INPUT_TABLES.find((t) => t.name === table)!;
  for (const sheet of desc.sheets) {
    const t = sheet.tables.find((x) => x.name === table);
    if (!t) continue;
    const j = schema.columns.findIndex((c) => c.key === key);
    for (let r = t.range.row + 1; r < t.range.row + t.range.rows; r++) {
      const row = schema.columns.map((_, k) => cellAt(sheet, r, t.range.column + k) ?? null);
      if (which(row)) return { sheet: sheet.name, row: r, column: t.range.column + j };
    }
  }
  throw new Error(`no row in ${table}`);
}
