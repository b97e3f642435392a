/**
 * Evaluates the formulas of a described workbook the way a spreadsheet would: lazily, each cell
 * once, with its references followed across sheets and names. It covers the subset Budgetsim
 * writes (see parse.ts) and the functions it uses: SUM, SUMIF, COUNTIF, COUNTIFS, ROUND, MIN, MAX, AVERAGE, AND, OR, IF, INDEX, MATCH.
 * It is a checking tool for tests and the in-browser preview, not a spreadsheet engine.
 */
import { CellContent, isFormula, WorkbookDescription } from '../description';
import { Node, parseFormula } from './parse';

export type Scalar = number | string | boolean | null;
/** Spreadsheet errors travel as values, as in Excel. */
export class CellError {
  constructor(readonly code: '#DIV/0!' | '#REF!' | '#NAME?' | '#VALUE!' | '#N/A' | '#CYCLE!') {}
}
type Value = Scalar | CellError | Scalar[][];

export interface CellAddress {
  sheet: string;
  row: number;
  column: number;
}

/** Read access to a workbook's cells and names, as the evaluator needs it. */
export interface EvaluationSource {
  /** The cell's content: a value, or a formula (text without '='). */
  cell(sheet: string, row: number, column: number): CellContent | undefined;
  name(name: string): { sheet: string; row: number; column: number; rows: number; columns: number } | undefined;
}

export class Evaluator {
  private readonly memo = new Map<string, Scalar | CellError>();
  private readonly inProgress = new Set<string>();
  private readonly parsed = new Map<string, Node>();

  constructor(private readonly source: EvaluationSource) {}

  /** The value a cell shows: its literal value, or its formula's result. */
  value(sheet: string, row: number, column: number): Scalar | CellError {
    const key = `${sheet}\u0000${row}\u0000${column}`;
    const hit = this.memo.get(key);
    if (hit !== undefined || this.memo.has(key)) return hit as Scalar | CellError;
    const content = this.source.cell(sheet, row, column) ?? null;
    if (!isFormula(content)) return content;
    if (this.inProgress.has(key)) return new CellError('#CYCLE!');
    this.inProgress.add(key);
    const formula = content.formula;
    let node = this.parsed.get(formula);
    if (!node) {
      node = parseFormula(formula);
      this.parsed.set(formula, node);
    }
    const v = this.scalar(this.eval(node, sheet));
    this.inProgress.delete(key);
    this.memo.set(key, v);
    return v;
  }

  private scalar(v: Value): Scalar | CellError {
    if (Array.isArray(v)) return v.length === 1 && v[0].length === 1 ? v[0][0] : new CellError('#VALUE!');
    return v;
  }

  private range(sheet: string, r0: number, c0: number, r1: number, c1: number): Scalar[][] | CellError {
    const out: Scalar[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: Scalar[] = [];
      for (let c = c0; c <= c1; c++) {
        const v = this.value(sheet, r, c);
        if (v instanceof CellError) return v;
        row.push(v);
      }
      out.push(row);
    }
    return out;
  }

  private eval(n: Node, sheet: string): Value {
    switch (n.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return n.value;
      case 'ref': {
        const s = n.sheet ?? sheet;
        if (n.row === n.row2 && n.column === n.column2) return this.value(s, n.row, n.column);
        return this.range(s, Math.min(n.row, n.row2), Math.min(n.column, n.column2), Math.max(n.row, n.row2), Math.max(n.column, n.column2));
      }
      case 'name': {
        const target = this.source.name(n.name);
        if (!target) return new CellError('#NAME?');
        if (target.rows === 1 && target.columns === 1) return this.value(target.sheet, target.row, target.column);
        return this.range(target.sheet, target.row, target.column, target.row + target.rows - 1, target.column + target.columns - 1);
      }
      case 'unary': {
        const v = this.num(this.eval(n.arg, sheet));
        if (v instanceof CellError) return v;
        return n.op === '-' ? -v : v;
      }
      case 'binary':
        return this.binary(n.op, this.eval(n.left, sheet), this.eval(n.right, sheet));
      case 'call':
        return this.call(n.fn, n.args, sheet);
    }
  }

  private num(v: Value): number | CellError {
    const s = this.scalar(v);
    if (s instanceof CellError) return s;
    if (s === null || s === '') return 0;
    if (typeof s === 'boolean') return s ? 1 : 0;
    if (typeof s === 'number') return s;
    const x = Number(s);
    return Number.isNaN(x) ? new CellError('#VALUE!') : x;
  }

  private binary(op: string, l: Value, r: Value): Value {
    const ls = this.scalar(l);
    const rs = this.scalar(r);
    if (ls instanceof CellError) return ls;
    if (rs instanceof CellError) return rs;
    if (op === '&') return `${ls ?? ''}${rs ?? ''}`;
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const a = ls ?? (typeof rs === 'string' ? '' : 0);
      const b = rs ?? (typeof ls === 'string' ? '' : 0);
      const cmp = compare(a, b);
      return op === '=' ? cmp === 0 : op === '<>' ? cmp !== 0 : op === '<' ? cmp < 0 : op === '>' ? cmp > 0 : op === '<=' ? cmp <= 0 : cmp >= 0;
    }
    const a = this.num(ls);
    const b = this.num(rs);
    if (a instanceof CellError) return a;
    if (b instanceof CellError) return b;
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? new CellError('#DIV/0!') : a / b;
      case '^':
        return Math.pow(a, b);
    }
    return new CellError('#VALUE!');
  }

  /** Numbers of a function's arguments; ranges contribute their numbers only, as in Excel. */
  private numbers(args: Node[], sheet: string): number[] | CellError {
    const out: number[] = [];
    for (const a of args) {
      const v = this.eval(a, sheet);
      if (v instanceof CellError) return v;
      if (Array.isArray(v)) {
        for (const row of v) for (const x of row) if (typeof x === 'number') out.push(x);
      } else {
        const x = this.num(v);
        if (x instanceof CellError) return x;
        out.push(x);
      }
    }
    return out;
  }

  private call(fn: string, args: Node[], sheet: string): Value {
    switch (fn) {
      case 'SUM':
      case 'MIN':
      case 'MAX':
      case 'AVERAGE': {
        const xs = this.numbers(args, sheet);
        if (xs instanceof CellError) return xs;
        if (fn === 'SUM') return xs.reduce((s, x) => s + x, 0);
        if (fn === 'AVERAGE') return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : new CellError('#DIV/0!');
        if (!xs.length) return 0;
        return fn === 'MIN' ? Math.min(...xs) : Math.max(...xs);
      }
      case 'AND':
      case 'OR': {
        const xs = this.numbers(args, sheet);
        if (xs instanceof CellError) return xs;
        return fn === 'AND' ? xs.every((x) => x !== 0) : xs.some((x) => x !== 0);
      }
      case 'IF': {
        const c = this.scalar(this.eval(args[0], sheet));
        if (c instanceof CellError) return c;
        const truthy = typeof c === 'number' ? c !== 0 : Boolean(c);
        if (truthy) return this.eval(args[1], sheet);
        return args.length > 2 ? this.eval(args[2], sheet) : false;
      }
      case 'INDEX': {
        const arr = this.eval(args[0], sheet);
        if (arr instanceof CellError) return arr;
        const grid = Array.isArray(arr) ? arr : [[arr as Scalar]];
        const i = this.num(this.eval(args[1], sheet));
        const j = args.length > 2 ? this.num(this.eval(args[2], sheet)) : 1;
        if (i instanceof CellError) return i;
        if (j instanceof CellError) return j;
        // A one-row range is indexed by its single argument along the row.
        const [r, c] = grid.length === 1 && args.length === 2 ? [1, i] : [i, j];
        const v = grid[r - 1]?.[c - 1];
        return v === undefined ? new CellError('#REF!') : v;
      }
      case 'SUMIF': {
        // SUMIF(range, criteria, sum_range): criteria such as "<=2024" compare numbers; a plain value is equality.
        const where = this.eval(args[0], sheet);
        if (where instanceof CellError) return where;
        const criteria = this.scalar(this.eval(args[1], sheet));
        if (criteria instanceof CellError) return criteria;
        const sums = args.length > 2 ? this.eval(args[2], sheet) : where;
        if (sums instanceof CellError) return sums;
        const flatWhere = Array.isArray(where) ? where.flat() : [where as Scalar];
        const flatSums = Array.isArray(sums) ? sums.flat() : [sums as Scalar];
        const test = criterion(criteria);
        let total = 0;
        flatWhere.forEach((x, i) => {
          const v = flatSums[i];
          if (test(x) && typeof v === 'number') total += v;
        });
        return total;
      }
      case 'ROUND': {
        // Half away from zero, on the decimal digits Excel shows (15 significant): ROUND(0.0295,3) is 0.03
        // although the double 0.0295 lies just below it.
        const x = this.num(this.eval(args[0], sheet));
        const d = this.num(this.eval(args[1], sheet));
        if (x instanceof CellError) return x;
        if (d instanceof CellError) return d;
        const scale = 10 ** Math.trunc(d);
        const shifted = Number((Math.abs(x) * scale).toPrecision(15));
        return (Math.sign(x) * Math.round(shifted)) / scale;
      }
      case 'COUNTIF':
      case 'COUNTIFS': {
        // COUNTIFS(range1, criteria1, range2, criteria2, …): the cells where every criterion holds,
        // position by position; COUNTIF is its one-pair form.
        const pairs: { cells: Scalar[]; test: (x: Scalar) => boolean }[] = [];
        for (let k = 0; k + 1 < args.length; k += 2) {
          const where = this.eval(args[k], sheet);
          if (where instanceof CellError) return where;
          const criteria = this.scalar(this.eval(args[k + 1], sheet));
          if (criteria instanceof CellError) return criteria;
          pairs.push({ cells: Array.isArray(where) ? where.flat() : [where as Scalar], test: criterion(criteria) });
        }
        if (pairs.length === 0 || pairs.some((p) => p.cells.length !== pairs[0].cells.length)) return new CellError('#VALUE!');
        return pairs[0].cells.filter((_, i) => pairs.every((p) => p.test(p.cells[i]))).length;
      }
      case 'MATCH': {
        const needle = this.scalar(this.eval(args[0], sheet));
        if (needle instanceof CellError) return needle;
        const hay = this.eval(args[1], sheet);
        if (hay instanceof CellError) return hay;
        const flat = Array.isArray(hay) ? hay.flat() : [hay as Scalar];
        const idx = flat.findIndex((x) => x !== null && compare(x, needle ?? 0) === 0);
        return idx < 0 ? new CellError('#N/A') : idx + 1;
      }
    }
    return new CellError('#NAME?');
  }
}

/** A SUMIF criterion as a test: "<=5", ">1", "<>0", "=x" or a plain value (equality, text ignoring case). */
function criterion(c: Scalar): (x: Scalar) => boolean {
  if (typeof c === 'string') {
    const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(c)!;
    const op = m[1] ?? '=';
    const n = Number(m[2]);
    const operand: Scalar = m[2] !== '' && !Number.isNaN(n) ? n : m[2];
    return (x) => {
      if (x === null) return op === '<>' ? operand !== '' : operand === '' && op === '=';
      if (typeof operand === 'number' && typeof x !== 'number') return op === '<>';
      const cmp = compare(x, operand);
      return op === '=' ? cmp === 0 : op === '<>' ? cmp !== 0 : op === '<' ? cmp < 0 : op === '>' ? cmp > 0 : op === '<=' ? cmp <= 0 : cmp >= 0;
    };
  }
  return (x) => x !== null && compare(x, c) === 0;
}

function compare(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  // Excel orders numbers < text < booleans.
  const rank = (x: Scalar) => (typeof x === 'number' ? 0 : typeof x === 'string' ? 1 : 2);
  return rank(a) - rank(b);
}

/** An evaluation source over a workbook description, with optional edited cells on top. */
export function descriptionSource(desc: WorkbookDescription, edits: Map<string, CellContent> = new Map()): EvaluationSource {
  const grids = new Map<string, Map<string, CellContent>>();
  for (const s of desc.sheets) {
    const m = new Map<string, CellContent>();
    for (const b of s.blocks) {
      b.cells.forEach((row, i) => row.forEach((c, j) => {
        if (c !== null) m.set(`${b.row + i}:${b.column + j}`, c);
      }));
    }
    grids.set(s.name, m);
  }
  const names = new Map(desc.names.map((n) => [n.name.toLowerCase(), n]));
  return {
    cell: (sheet, row, column) => {
      const edited = edits.get(`${sheet}!${row}:${column}`);
      if (edited !== undefined) return edited;
      return grids.get(sheet)?.get(`${row}:${column}`);
    },
    name: (name) => {
      const n = names.get(name.toLowerCase());
      return n ? { sheet: n.sheet, ...n.range } : undefined;
    },
  };
}

/** The key `descriptionSource` expects for an edit. */
export function editKey(a: CellAddress): string {
  return `${a.sheet}!${a.row}:${a.column}`;
}
