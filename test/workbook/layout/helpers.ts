import { CellContent, isFormula, SheetDescription, WorkbookDescription } from '../../../src/workbook/description';
import { CellError, descriptionSource, editKey, Evaluator } from '../../../src/workbook/evaluate';

export interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
  formula: string;
  cached: number | boolean | string | null;
}

export function formulaCells(desc: WorkbookDescription): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const s of desc.sheets)
    for (const b of s.blocks)
      b.cells.forEach((row, i) =>
        row.forEach((c, j) => {
          if (isFormula(c)) out.push({ sheet: s.name, row: b.row + i, column: b.column + j, formula: c.formula, cached: c.cached });
        }),
      );
  return out;
}

export function cellAt(sheet: SheetDescription, row: number, column: number): CellContent | undefined {
  for (const b of sheet.blocks) {
    const r = row - b.row;
    const c = column - b.column;
    if (r >= 0 && r < b.cells.length && c >= 0 && c < (b.cells[r]?.length ?? 0)) return b.cells[r][c];
  }
  return undefined;
}

export function sheetNamed(desc: WorkbookDescription, name: string): SheetDescription {
  const s = desc.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}; sheets: ${desc.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/** Same number within a relative tolerance, or identical otherwise. */
export function close(a: unknown, b: unknown, rel = 1e-9): boolean {
  // A formula that shows nothing ("") stands where the engine has no value (null).
  if ((a === '' || a === null) && (b === null || b === '')) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/**
 * Evaluates every formula of `evaluated` (optionally with edited cells) and lists the cells whose
 * value differs from the same cell's cached value in `expected`.
 */
export function mismatches(evaluated: WorkbookDescription, expected: WorkbookDescription, edits = new Map<string, CellContent>()): string[] {
  const ev = new Evaluator(descriptionSource(evaluated, edits));
  const want = new Map(formulaCells(expected).map((c) => [editKey(c), c.cached]));
  const out: string[] = [];
  for (const c of formulaCells(evaluated)) {
    const v = ev.value(c.sheet, c.row, c.column);
    const w = want.get(editKey(c));
    if (v instanceof CellError || !close(v, w)) out.push(`${c.sheet}!R${c.row + 1}C${c.column + 1} =${c.formula}: got ${v instanceof CellError ? v.code : v}, engine ${w}`);
  }
  return out;
}
