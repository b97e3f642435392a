/**
 * Comparing a workbook recalculated by LibreOffice with the values a description expected.
 * Exports: `formulaCells`, `mismatches`, `sameValue`, `RELATIVE_TOLERANCE`.
 */
import { cellA1 } from '../../src/workbook/a1';
import { isFormula, WorkbookDescription } from '../../src/workbook/description';
import { CellReadout } from '../support/libreoffice';

export const RELATIVE_TOLERANCE = 1e-9;

export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  expected: number | boolean | string | null;
}

/** Every formula cell of a description, with the value it expects (the engine's cached value). */
export function formulaCells(desc: WorkbookDescription): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const sheet of desc.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((row, i) =>
        row.forEach((content, j) => {
          if (isFormula(content)) {
            out.push({ sheet: sheet.name, address: cellA1(block.row + i, block.column + j), formula: content.formula, expected: content.cached });
          }
        }),
      );
    }
  }
  return out;
}

/**
 * Equal within RELATIVE_TOLERANCE of the larger magnitude (and of 1, so that a result of 1e-13
 * where the engine has 0 counts as equal). A logical value must come back logical: LibreOffice
 * keeps it so only when the cell has the General format, and a reader would otherwise see 1,0
 * where Excel shows TRUE.
 */
export function sameValue(expected: FormulaCell['expected'], got: CellReadout['value'] | undefined): boolean {
  if (typeof expected === 'boolean') return got === expected;
  const e = expected;
  const g = got ?? null;
  if (typeof e === 'number' && typeof g === 'number') return Math.abs(e - g) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(e), Math.abs(g));
  if (e === null) return g === null || g === '';
  return e === g;
}

export interface Mismatch extends FormulaCell {
  got: CellReadout['value'] | undefined;
}

/** The formula cells whose recalculated value differs from what the description expects. */
export function mismatches(cells: FormulaCell[], recalculated: Map<string, Map<string, CellReadout>>): Mismatch[] {
  const out: Mismatch[] = [];
  for (const c of cells) {
    const got = recalculated.get(c.sheet)?.get(c.address);
    if (!got?.formula || !sameValue(c.expected, got.value)) out.push({ ...c, got: got?.value });
  }
  return out;
}
