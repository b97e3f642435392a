/**
 * A parser for the formula subset Budgetsim writes: numbers, strings, TRUE/FALSE, cell and range
 * references (optionally sheet-qualified and absolute), workbook names, + - * / ^ & and comparisons,
 * unary minus, and function calls. Anything else is refused with the position named.
 */
import { parseCellA1 } from '../a1';

export type Node =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'ref'; sheet?: string; row: number; column: number; row2: number; column2: number }
  | { kind: 'name'; name: string }
  | { kind: 'unary'; op: '-' | '+'; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'call'; fn: string; args: Node[] };

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet?: string; a1: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

const OPERATORS = ['<=', '>=', '<>', '+', '-', '*', '/', '^', '&', '=', '<', '>', '(', ')', ',', ':'];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`${msg} at ${i} in formula ${src}`);
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') {
      i++;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !/^[A-Za-z$]/.test(ch)) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) fail('unterminated string');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: 'str', v: s });
      continue;
    }
    if (ch === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) fail('unterminated sheet name');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      if (src[i] !== '!') fail("expected '!' after sheet name");
      i++;
      const cell = /^\$?[A-Za-z]{1,3}\$?\d+/.exec(src.slice(i));
      if (!cell) fail('expected a cell after sheet name');
      out.push({ t: 'ref', sheet: s, a1: cell![0] });
      i += cell![0].length;
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(src.slice(i));
    if (word) {
      const w = word[0];
      i += w.length;
      if (src[i] === '!') {
        i++;
        const cell = /^\$?[A-Za-z]{1,3}\$?\d+/.exec(src.slice(i));
        if (!cell) fail('expected a cell after sheet name');
        out.push({ t: 'ref', sheet: w, a1: cell![0] });
        i += cell![0].length;
      } else if (/^\$?[A-Za-z]{1,3}\$?\d+$/.test(w) && src[i] !== '(') {
        out.push({ t: 'ref', a1: w });
      } else {
        out.push({ t: 'id', v: w });
      }
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) fail(`unexpected '${ch}'`);
    out.push({ t: 'op', v: op! });
    i += op!.length;
  }
  return out;
}

export function parseFormula(src: string): Node {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const isOp = (v: string) => peek()?.t === 'op' && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected '${v}' in formula ${src}`);
    p++;
  };

  const comparison = (): Node => {
    let left = concat();
    while (['=', '<>', '<', '>', '<=', '>='].some(isOp)) {
      const op = (tokens[p++] as { v: string }).v;
      left = { kind: 'binary', op, left, right: concat() };
    }
    return left;
  };
  const concat = (): Node => {
    let left = additive();
    while (isOp('&')) {
      p++;
      left = { kind: 'binary', op: '&', left, right: additive() };
    }
    return left;
  };
  const additive = (): Node => {
    let left = multiplicative();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[p++] as { v: string }).v;
      left = { kind: 'binary', op, left, right: multiplicative() };
    }
    return left;
  };
  const multiplicative = (): Node => {
    let left = power();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[p++] as { v: string }).v;
      left = { kind: 'binary', op, left, right: power() };
    }
    return left;
  };
  // Excel applies unary minus before ^ (=-2^2 is 4); the subset never relies on it either way.
  const power = (): Node => {
    let left = unary();
    while (isOp('^')) {
      p++;
      left = { kind: 'binary', op: '^', left, right: unary() };
    }
    return left;
  };
  const unary = (): Node => {
    if (isOp('-') || isOp('+')) {
      const op = (tokens[p++] as { v: string }).v as '-' | '+';
      return { kind: 'unary', op, arg: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const tok = tokens[p++];
    if (!tok) throw new Error(`unexpected end of formula ${src}`);
    switch (tok.t) {
      case 'num':
        return { kind: 'number', value: tok.v };
      case 'str':
        return { kind: 'string', value: tok.v };
      case 'ref': {
        const a = parseCellA1(tok.a1)!;
        let end = a;
        if (isOp(':')) {
          p++;
          const next = tokens[p++];
          if (!next || next.t !== 'ref') throw new Error(`expected a cell after ':' in formula ${src}`);
          end = parseCellA1(next.a1)!;
        }
        return { kind: 'ref', ...(tok.sheet !== undefined ? { sheet: tok.sheet } : {}), row: a.row, column: a.column, row2: end.row, column2: end.column };
      }
      case 'id': {
        const upper = tok.v.toUpperCase();
        if (isOp('(')) {
          p++;
          const args: Node[] = [];
          if (!isOp(')')) {
            args.push(comparison());
            while (isOp(',')) {
              p++;
              args.push(comparison());
            }
          }
          expect(')');
          return { kind: 'call', fn: upper, args };
        }
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
        return { kind: 'name', name: tok.v };
      }
      case 'op':
        if (tok.v === '(') {
          const inner = comparison();
          expect(')');
          return inner;
        }
        throw new Error(`unexpected '${tok.v}' in formula ${src}`);
    }
  };

  const node = comparison();
  if (p !== tokens.length) throw new Error(`unexpected input after position ${p} in formula ${src}`);
  return node;
}
