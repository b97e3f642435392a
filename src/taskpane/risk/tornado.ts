/**
 * The tornado's geometry: every bar on one common scale from 0 to 100, so their lengths compare.
 * A bar runs from the scenario's own rolling share (every input at its value) to the share with the
 * input a standard deviation lower, and from there to the share with it a standard deviation higher.
 */
import type { TornadoBar } from '../../engine/risk';
import { ticks } from '../view/chart';

export interface TornadoRow {
  input: TornadoBar['input'];
  low: number;
  high: number;
  /** The part from the scenario's share to the share at value - sd: its left edge and width. */
  lowPart: { x: number; width: number };
  highPart: { x: number; width: number };
}

export interface TornadoGeometry {
  rows: TornadoRow[];
  /** Where the scenario's own share and the target stand on the scale. */
  base: number;
  target: number;
  /** The scale's ends as shares. */
  from: number;
  to: number;
}

/** Bars keep the engine's order (widest swing first). `base` is the rolling share the swings start from. */
export function tornadoGeometry(bars: readonly TornadoBar[], base: number, target: number): TornadoGeometry {
  const values = [...bars.flatMap((b) => [b.low, b.high]), base, target].filter(Number.isFinite);
  const axis = ticks(Math.min(...values), Math.max(...values));
  // The ticks may stop a hair short of the extremes (they allow for rounding): the scale never does.
  const from = Math.min(axis[0], ...values);
  const to = Math.max(axis[axis.length - 1], ...values);
  const x = (v: number) => ((v - from) / (to - from || 1)) * 100;
  const part = (v: number) => ({ x: Math.min(x(v), x(base)), width: Math.abs(x(v) - x(base)) });
  return {
    rows: bars.map((b) => ({ input: b.input, low: b.low, high: b.high, lowPart: part(b.low), highPart: part(b.high) })),
    base: x(base),
    target: x(target),
    from,
    to,
  };
}
