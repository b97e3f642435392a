/**
 * A description cell as Range.formulas takes it. Excel treats what is written through `formulas` (and
 * `values`) as if typed: "=…" becomes a formula, "+…", "-…" and "@…" may too, and "1,5", "TRUE" or
 * "2026-05-01" become numbers, booleans or dates. A leading apostrophe makes Excel keep the rest as
 * text and is not stored, so every string is written with one; only Formula objects become formulas.
 */
import { cellA1 } from '../workbook/a1';
import { CellContent, isFormula } from '../workbook/description';
import { FormulaInput } from './actions';

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;
/** Excel's limit on a formula's length. */
export const MAX_FORMULA_LENGTH = 8192;

export function formulaInput(content: CellContent | undefined, sheet: string, row: number, column: number): FormulaInput {
  if (content === null || content === undefined) return null;
  const where = () => `'${sheet}'!${cellA1(row, column)}`;
  if (typeof content === 'string') {
    if (content.length > MAX_CELL_TEXT) throw new Error(`${where()}: text longer than Excel's ${MAX_CELL_TEXT} characters`);
    // An empty string is an empty cell: nothing to write on a new sheet.
    return content === '' ? null : `'${content}`;
  }
  if (typeof content === 'number') {
    if (!Number.isFinite(content)) throw new Error(`${where()}: ${content} is not a number a workbook can hold`);
    return content;
  }
  if (typeof content === 'boolean') return content;
  if (isFormula(content)) {
    if (content.formula.startsWith('=')) throw new Error(`${where()}: a description formula has no leading '=': ${content.formula}`);
    if (content.formula.length + 1 > MAX_FORMULA_LENGTH) throw new Error(`${where()}: a formula longer than Excel's ${MAX_FORMULA_LENGTH} characters`);
    return `=${content.formula}`;
  }
  throw new Error(`${where()}: unexpected cell content ${JSON.stringify(content)}`);
}
