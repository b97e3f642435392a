import type * as ExcelJS from 'exceljs';
import { cellA1 } from '../../workbook/a1';
import { CellContent, isFormula } from '../../workbook/description';
import { fileFormula } from './formula';

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;
/** Excel drops a longer formula when it opens the file, with a repair message. */
export const MAX_FORMULA_CHARS = 8192;

/**
 * A description cell as an ExcelJS value, or null for an empty cell. Strings stay strings, so ExcelJS
 * writes them as text whatever they start with; only Formula objects become formulas.
 */
export function cellValue(content: CellContent, sheet: string, row: number, column: number): ExcelJS.CellValue | null {
  if (content === null || content === undefined) return null;
  const where = () => `'${sheet}'!${cellA1(row, column)}`;
  if (typeof content === 'string') {
    if (content.length > MAX_CELL_TEXT) throw new Error(`${where()}: text longer than Excel's ${MAX_CELL_TEXT} characters`);
    return content;
  }
  if (typeof content === 'number') {
    if (!Number.isFinite(content)) throw new Error(`${where()}: ${content} is not a number a workbook can hold`);
    return content;
  }
  if (typeof content === 'boolean') return content;
  if (isFormula(content)) {
    const formula = fileFormula(content.formula);
    if (formula.length > MAX_FORMULA_CHARS) throw new Error(`${where()}: a formula longer than Excel's ${MAX_FORMULA_CHARS} characters`);
    const cached = content.cached;
    // No cached value is better than an invalid one: Excel recalculates on load anyway.
    if (cached === null || (typeof cached === 'number' && !Number.isFinite(cached))) return { formula };
    return { formula, result: cached };
  }
  throw new Error(`${where()}: unexpected cell content ${JSON.stringify(content)}`);
}
