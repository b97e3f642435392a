import { Formula } from '../description';

/** A formula cell: invariant syntax without '=', with the engine's value as cached result. */
export function f(formula: string, cached: number | boolean | string | null): Formula {
  if (typeof cached === 'number' && !Number.isFinite(cached)) return { formula, cached: null };
  // -0 (say, no interest on a negative debt) is stored, and read back, as 0.
  return { formula, cached: cached === 0 ? 0 : cached };
}

/** "a+b+c" for a list of references; "0" when empty. Excel has no argument limit on '+', unlike SUM's 255. */
export function plusChain(refs: string[]): string {
  return refs.length ? refs.join('+') : '0';
}

/** A number as a formula literal: "0.5", "1E-9" (JavaScript's "1e-9" spelled as Excel writes it). */
export function excelNumber(x: number): string {
  return String(x).toUpperCase();
}
