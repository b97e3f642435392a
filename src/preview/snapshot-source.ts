/**
 * The fake workbook's snapshot as a source for the formula evaluator, so the preview shows what
 * Excel would compute for each formula cell.
 */
import { CellContent } from '../workbook/description';
import { EvaluationSource } from '../workbook/evaluate';
import { cellA1, columnIndex } from '../workbook/a1';
import { WorkbookSnapshot } from '../fake-excel';

const REFERENCE = /^=?(?:'((?:[^']|'')+)'|([^!'"]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

export function parseReference(formula: string): { sheet: string; row: number; column: number; rows: number; columns: number } | undefined {
  const m = REFERENCE.exec(formula.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const row = Number(m[4]) - 1;
  const column = columnIndex(m[3]);
  const row2 = m[6] !== undefined ? Number(m[6]) - 1 : row;
  const column2 = m[5] !== undefined ? columnIndex(m[5]) : column;
  return { sheet, row, column, rows: row2 - row + 1, columns: column2 - column + 1 };
}

export function snapshotSource(snapshot: WorkbookSnapshot): EvaluationSource {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const names = new Map(snapshot.names.map((n) => [n.name.toLowerCase(), n]));
  return {
    cell(sheet, row, column): CellContent | undefined {
      const c = sheets.get(sheet)?.cells[cellA1(row, column)];
      if (!c) return undefined;
      if (c.formula !== undefined) return { formula: c.formula.replace(/^=/, ''), cached: null };
      return c.value ?? null;
    },
    name(name) {
      const n = names.get(name.toLowerCase());
      return n?.formula ? parseReference(n.formula) : undefined;
    },
  };
}
