/**
 * A probability for a politician: a whole percent, except that a share that is not quite all or
 * not quite none never rounds to 100 % or 0 % ("över 99 %", "under 1 %"): "holds in 100 %" must mean every run.
 */
import { NumberFormats } from '../i18n/numbers';

export type Share = { kind: 'exact'; text: string } | { kind: 'above'; text: string } | { kind: 'below'; text: string };

export function shareText(p: number, n: NumberFormats): Share {
  if (p > 0.99 && p < 1) return { kind: 'above', text: n.percent(0.99, 0) };
  if (p > 0 && p < 0.01) return { kind: 'below', text: n.percent(0.01, 0) };
  return { kind: 'exact', text: n.percent(p, 0) };
}
