/**
 * The fan chart's geometry, as plain numbers: per plan year the 5th-95th percentile band of the
 * rolling share as one polygon (the 95th percentiles left to right, then the 5th back), the median
 * as a line, and the target as a level, on the same round ticks as the preview's chart.
 */
import type { Band } from '../../engine/risk';
import { ticks } from '../view/chart';

export const FAN_SIZE = { width: 320, height: 160 } as const;
export const FAN_MARGIN = { left: 46, right: 8, top: 10, bottom: 22 } as const;

export type Point = [x: number, y: number];

export interface FanGeometry {
  width: number;
  height: number;
  /** The horizontal grid: each tick's value and height. */
  ticks: { value: number; y: number }[];
  /** Each plan year's centre. */
  years: { year: number; x: number }[];
  /** The band's outline: the 95th percentiles left to right, then the 5th right to left. */
  band: Point[];
  median: Point[];
  target: number;
  /** The plot's left and right edges, where the grid and the target line run. */
  left: number;
  right: number;
}

export function fanGeometry(years: readonly number[], band: Band, target: number): FanGeometry {
  const { width: W, height: H } = FAN_SIZE;
  const M = FAN_MARGIN;
  const values = [...band.p5, ...band.p50, ...band.p95, target, 0].filter(Number.isFinite);
  const axis = ticks(Math.min(...values), Math.max(...values));
  // The ticks may stop a hair short of the extremes (they allow for rounding): the scale never does.
  const lo = Math.min(axis[0], ...values);
  const hi = Math.max(axis[axis.length - 1], ...values);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const slot = plotW / Math.max(years.length, 1);
  const x = (t: number) => M.left + slot * (t + 0.5);
  // A single plan year has no width to fan over: its band is a block across part of its slot.
  const edges = (t: number): number[] => (years.length === 1 ? [x(t) - slot * 0.2, x(t) + slot * 0.2] : [x(t)]);
  const upper: Point[] = years.flatMap((_, t) => edges(t).map((px): Point => [px, y(band.p95[t])]));
  const lower: Point[] = years.flatMap((_, t) => edges(t).map((px): Point => [px, y(band.p5[t])])).reverse();
  return {
    width: W,
    height: H,
    ticks: axis.map((value) => ({ value, y: y(value) })),
    years: years.map((year, t) => ({ year, x: x(t) })),
    band: [...upper, ...lower],
    median: years.flatMap((_, t) => edges(t).map((px): Point => [px, y(band.p50[t])])),
    target: y(target),
    left: M.left,
    right: W - M.right,
  };
}

/** Points for an SVG polygon or polyline, to a tenth of a unit. */
export function pointsText(points: readonly Point[]): string {
  return points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
}
