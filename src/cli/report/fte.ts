import { ScenarioResult } from '../../engine';
import { Block, section, Writer } from './section';

/** Up to this many committees with a cost per FTE get their own line without --detail. */
export const FTE_DETAIL_LIMIT = 8;

/**
 * The efficiency requirement in FTEs: one line per committee with a cost per FTE and their total.
 * With more than FTE_DETAIL_LIMIT such committees only the total is shown unless `detail` is set.
 */
export function renderFte(r: ScenarioResult, w: Writer, detail: boolean): Block | null {
  const { L } = w;
  const counted = r.committees.filter((c) => c.efficiencyFte.some((v) => v !== null));
  if (counted.length === 0) return null;
  const total = r.years.map((_, t) => counted.reduce((s, c) => s + (c.efficiencyFte[t] ?? 0), 0));
  const showEach = detail || counted.length <= FTE_DETAIL_LIMIT;
  const rows: string[][] = showEach ? counted.map((c) => [c.name, ...c.efficiencyFte.map(w.fte)]) : [];
  rows.push([L.fteTotal, ...total.map(w.fte)]);
  const missing = r.committees.filter((c) => !counted.includes(c)).map((c) => c.name);
  const notes = [L.fteNote];
  if (!showEach) notes.push(L.fteDetailNote(counted.length));
  if (missing.length > 0) notes.push(L.fteMissing(missing.join(', ')));
  return section(L.fteTitle, rows, notes);
}
