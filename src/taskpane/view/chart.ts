/**
 * A small chart drawn as inline SVG: the year's result as bars, the rolling result as a line with
 * points, and the surplus target as a dashed line, all as shares of revenue.
 */
import { NumberFormats } from '../i18n/numbers';
import { svg } from './dom';

export interface ChartData {
  years: number[];
  resultShare: number[];
  rollingShare: number[];
  target: number;
}

const W = 320;
const H = 150;
const M = { left: 46, right: 8, top: 10, bottom: 22 };
const STEPS = [0.0025, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1];

/** Ticks covering [lo, hi] with a round step, three to six of them. */
export function ticks(lo: number, hi: number): number[] {
  const span = Math.max(hi - lo, 1e-9);
  const step = STEPS.find((s) => span / s <= 5) ?? 1;
  const first = Math.floor(lo / step) * step;
  const out: number[] = [];
  for (let v = first; v <= hi + step * 0.999; v += step) out.push(Math.round(v / step) * step);
  return out;
}

export function chart(data: ChartData, n: NumberFormats, label: string): SVGElement {
  const values = [...data.resultShare, ...data.rollingShare, data.target, 0].filter(Number.isFinite);
  const axis = ticks(Math.min(...values), Math.max(...values));
  const lo = axis[0];
  const hi = axis[axis.length - 1];
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const slot = plotW / Math.max(data.years.length, 1);
  const x = (t: number) => M.left + slot * (t + 0.5);
  const decimals = axis.some((v) => Math.abs(v * 100 - Math.round(v * 100)) > 1e-9) ? 1 : 0;

  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, class: 'chart', 'data-test': 'chart' });
  root.appendChild(svg('title', {}, label));
  for (const v of axis) {
    root.appendChild(svg('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: v === 0 ? 'axis zero' : 'axis' }));
    root.appendChild(svg('text', { x: M.left - 6, y: y(v) + 3.5, 'text-anchor': 'end', class: 'tick' }, n.percent(v, decimals)));
  }
  data.years.forEach((year, t) => {
    const v = data.resultShare[t];
    const top = y(Math.max(v, 0));
    const height = Math.max(Math.abs(y(v) - y(0)), 0.5);
    root.appendChild(svg('rect', { x: x(t) - slot * 0.22, y: top, width: slot * 0.44, height, class: v < 0 ? 'bar negative' : 'bar', 'data-year': year }));
    root.appendChild(svg('text', { x: x(t), y: H - 6, 'text-anchor': 'middle', class: 'tick' }, String(year)));
  });
  root.appendChild(svg('line', { x1: M.left, x2: W - M.right, y1: y(data.target), y2: y(data.target), class: 'target' }));
  const points = data.rollingShare.map((v, t) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  root.appendChild(svg('polyline', { points, class: 'rolling' }));
  data.rollingShare.forEach((v, t) => root.appendChild(svg('circle', { cx: x(t), cy: y(v), r: 3, class: 'rolling-point' })));
  return root;
}
