/**
 * A1 <-> R1C1 conversion of the formulas Budgetsim writes, and the runs of a row that are one
 * formula in R1C1 form.
 *
 * In R1C1 notation a reference is written relative to the cell that holds it: `R[-1]C` is the cell
 * above, `R4C3` is $C$4, `RC[2]` two columns to the right on the same row. A row of formulas that
 * reads the same in R1C1 across the year columns is one formula, filled: Office.js takes it as one
 * value for the whole range (`Range.formulasR1C1`), and the .xlsx file stores it once as a shared
 * formula (`<f t="shared">`), whose other cells shift its relative references as R1C1 does.
 *
 * The subset understood: cell references with or without `$` (C7, $C$7, C$7, $C7), ranges of them
 * (C7:Q7), either on this sheet or after a quoted sheet name ('Sheet'!C7), defined names, function
 * calls, numbers (1E-9), string literals ("ja") and operators. Whole rows and columns (A:A, 1:1) are
 * not written by Budgetsim and are refused, as is any reference a shift would move off the grid.
 * Text inside string literals and quoted sheet names is never touched.
 */
import { columnLetter } from './a1';

/** Excel's grid: 1,048,576 rows and 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const A = 65;
const Z = 90;
const a = 97;
const z = 122;
const ZERO = 48;
const NINE = 57;
const DOLLAR = 36;
const QUOTE = 34;
const APOSTROPHE = 39;
const UNDERSCORE = 95;
const DOT = 46;
const BACKSLASH = 92;
const PAREN = 40;
const BANG = 33;
const COLON = 58;
const BRACKET = 91;
const MINUS = 45;
const R = 82;
const C = 67;

function isLetter(ch: number): boolean {
  return (ch >= A && ch <= Z) || (ch >= a && ch <= z);
}

function isDigit(ch: number): boolean {
  return ch >= ZERO && ch <= NINE;
}

/** A character that continues a name, a function or a number: a reference cannot start right after one. */
function isNameChar(ch: number): boolean {
  return isLetter(ch) || isDigit(ch) || ch === UNDERSCORE || ch === DOT || ch === BACKSLASH || ch > 127;
}

/** The end of a literal that starts at `start` with `quote` (a doubled quote is an escaped one). */
function literalEnd(s: string, start: number, quote: number): number {
  let j = start + 1;
  for (;;) {
    if (j >= s.length) throw new SyntaxError(`an unterminated ${quote === QUOTE ? 'string' : 'sheet name'} in formula: ${s}`);
    if (s.charCodeAt(j) === quote) {
      if (s.charCodeAt(j + 1) === quote) j += 2;
      else return j + 1;
    } else j++;
  }
}

interface A1Ref {
  end: number;
  row: number;
  column: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

/** An A1 cell reference starting at i (`$C$7`, `C7`…), or undefined when none starts there. */
function a1RefAt(s: string, i: number): A1Ref | undefined {
  let j = i;
  const columnAbsolute = s.charCodeAt(j) === DOLLAR;
  if (columnAbsolute) j++;
  let column = 0;
  let letters = 0;
  while (letters < 4 && isLetter(s.charCodeAt(j))) {
    column = column * 26 + ((s.charCodeAt(j) | 32) - 96);
    letters++;
    j++;
  }
  if (letters === 0 || letters > 3) return undefined;
  const rowAbsolute = s.charCodeAt(j) === DOLLAR;
  if (rowAbsolute) j++;
  const digitsStart = j;
  let row = 0;
  while (isDigit(s.charCodeAt(j))) {
    row = row * 10 + (s.charCodeAt(j) - ZERO);
    j++;
    if (j - digitsStart > 7) return undefined;
  }
  if (j === digitsStart || s.charCodeAt(digitsStart) === ZERO) return undefined;
  const next = s.charCodeAt(j);
  // LOG10( is a function, Sheet1! a sheet, ABC1_x a name.
  if (isNameChar(next) || next === PAREN || next === BANG || next === DOLLAR) return undefined;
  if (column > MAX_COLUMNS || row > MAX_ROWS) return undefined;
  return { end: j, row: row - 1, column: column - 1, rowAbsolute, columnAbsolute };
}

function part(letter: 'R' | 'C', value: number, absolute: boolean, at: number): string {
  if (absolute) return `${letter}${value + 1}`;
  const d = value - at;
  return d === 0 ? letter : `${letter}[${d}]`;
}

/** Skips a name, function or number that starts at i; returns where it ends. */
function skipName(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
  return j;
}

function refuseWholeLines(s: string, i: number): void {
  // "A:A" or "1:1" (whole columns or rows): the name or number just read is followed by a colon
  // without a cell reference being read, which Budgetsim never writes.
  if (s.charCodeAt(i) === COLON) throw new SyntaxError(`whole-row or whole-column references are not supported: ${s}`);
}

/**
 * The formula with its A1 references written in R1C1 form relative to (row, column), 0-based. The
 * text around them, a leading '=' included, is kept as it is.
 */
export function a1ToR1C1(formula: string, row: number, column: number): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === QUOTE || ch === APOSTROPHE) {
      i = literalEnd(formula, i, ch);
      continue;
    }
    if (ch === DOLLAR || isLetter(ch)) {
      const ref = a1RefAt(formula, i);
      if (ref) {
        out += formula.slice(copied, i) + part('R', ref.row, ref.rowAbsolute, row) + part('C', ref.column, ref.columnAbsolute, column);
        i = copied = ref.end;
        continue;
      }
      if (ch === DOLLAR) throw new SyntaxError(`a '$' that starts no cell reference in formula: ${formula}`);
      i = skipName(formula, i);
      refuseWholeLines(formula, i);
      continue;
    }
    if (isNameChar(ch)) {
      i = skipName(formula, i);
      refuseWholeLines(formula, i);
      continue;
    }
    i++;
  }
  return copied === 0 ? formula : out + formula.slice(copied);
}

interface R1C1Part {
  end: number;
  value: number;
  absolute: boolean;
}

/** `R`, `R5` or `R[-2]` (or the same with C) at i; relative values are offsets. */
function r1c1PartAt(s: string, i: number, letter: number): R1C1Part | undefined {
  if ((s.charCodeAt(i) & ~32) !== letter) return undefined;
  let j = i + 1;
  if (s.charCodeAt(j) === BRACKET) {
    j++;
    const negative = s.charCodeAt(j) === MINUS;
    if (negative) j++;
    const start = j;
    let v = 0;
    while (isDigit(s.charCodeAt(j))) v = v * 10 + (s.charCodeAt(j++) - ZERO);
    if (j === start || s.charCodeAt(j) !== 93 || j - start > 8) return undefined;
    return { end: j + 1, value: negative ? -v : v, absolute: false };
  }
  const start = j;
  let v = 0;
  while (isDigit(s.charCodeAt(j))) v = v * 10 + (s.charCodeAt(j++) - ZERO);
  if (j - start > 8) return undefined;
  if (j === start) return { end: j, value: 0, absolute: false };
  return { end: j, value: v - 1, absolute: true };
}

function resolve(p: R1C1Part, at: number, size: number, formula: string): number {
  const v = p.absolute ? p.value : at + p.value;
  if (v < 0 || v >= size) throw new RangeError(`a reference falls outside the worksheet: ${formula}`);
  return v;
}

/**
 * The formula with its R1C1 references written in A1 form for the cell at (row, column), 0-based:
 * what Excel stores in each cell of a range whose formulasR1C1 is set. A reference that would fall
 * off the grid is refused (Excel writes #REF! there; Budgetsim never means that).
 */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === QUOTE || ch === APOSTROPHE) {
      i = literalEnd(formula, i, ch);
      continue;
    }
    if ((ch & ~32) === R) {
      const r = r1c1PartAt(formula, i, R);
      const c = r && r1c1PartAt(formula, r.end, C);
      if (r && c) {
        const next = formula.charCodeAt(c.end);
        if (!isNameChar(next) && next !== PAREN && next !== BANG && next !== BRACKET) {
          const rr = resolve(r, row, MAX_ROWS, formula);
          const cc = resolve(c, column, MAX_COLUMNS, formula);
          out += formula.slice(copied, i) + (c.absolute ? '$' : '') + columnLetter(cc) + (r.absolute ? '$' : '') + (rr + 1);
          i = copied = c.end;
          continue;
        }
      }
    }
    if (isNameChar(ch)) {
      i = skipName(formula, i);
      continue;
    }
    i++;
  }
  return copied === 0 ? formula : out + formula.slice(copied);
}

/** A run of adjacent cells of one row that hold the same formula in R1C1 form. */
export interface FormulaRun {
  /** Offset of the run's first cell in the row (0-based within the given cells). */
  start: number;
  /** Cells in the run, at least 1. */
  length: number;
  /** The formula in R1C1 form, as given (a leading '=' kept); undefined for a cell that is no formula. */
  r1c1?: string;
}

/**
 * Splits a row of cells into runs: each run of two or more adjacent formulas that read the same in
 * R1C1 form is one run, and every other cell is a run of its own. `formulaAt(j)` gives cell j's
 * formula in A1 form, or undefined when it holds no formula; the row sits at (row, column).
 */
export function formulaRuns(count: number, formulaAt: (j: number) => string | undefined, row: number, column: number): FormulaRun[] {
  const runs: FormulaRun[] = [];
  let j = 0;
  let previous: string | undefined;
  let current: FormulaRun | undefined;
  while (j < count) {
    const f = formulaAt(j);
    const r1c1 = f === undefined ? undefined : a1ToR1C1(f, row, column + j);
    if (current && r1c1 !== undefined && r1c1 === previous) current.length++;
    else {
      current = r1c1 === undefined ? { start: j, length: 1 } : { start: j, length: 1, r1c1 };
      runs.push(current);
    }
    previous = r1c1;
    j++;
  }
  return runs;
}
