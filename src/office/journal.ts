/**
 * The journal of a write in progress: a custom XML part, added before the write touches anything and
 * deleted by its last sync, that records the names and sheets the write may add. If the write is cut
 * short (Excel closed, the connection lost), the next write reads it and knows those names and sheets
 * as Budgetsim's, so nothing the write added is ever taken for the user's.
 *
 *     <budgetsimWrite xmlns="urn:budgetsim:write"><written>{"names":[…],"sheets":[…]}</written></budgetsimWrite>
 */
import { WrittenRecord, xmlSafeJson } from './stored-payload';

export const JOURNAL_NAMESPACE = 'urn:budgetsim:write';

export function journalXml(record: WrittenRecord): string {
  return `<?xml version="1.0" encoding="UTF-8"?><budgetsimWrite xmlns="${JOURNAL_NAMESPACE}"><written>${xmlSafeJson(record)}</written></budgetsimWrite>`;
}

/** The record in a journal part, or null when it cannot be read (it then marks nothing). */
export function journalFromXml(xml: string): WrittenRecord | null {
  const m = /<(?:[A-Za-z_][\w.-]*:)?written(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?written\s*>/.exec(xml);
  if (!m) return null;
  try {
    const raw = JSON.parse(m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')) as unknown;
    if (!raw || typeof raw !== 'object') return null;
    const r = raw as { names?: unknown; sheets?: unknown };
    if (!Array.isArray(r.names) || !Array.isArray(r.sheets)) return null;
    return {
      names: r.names.filter((n): n is string => typeof n === 'string'),
      sheets: r.sheets
        .filter((s): s is { marker: string; key: string | null } => !!s && typeof s === 'object' && typeof (s as { marker?: unknown }).marker === 'string')
        .map((s) => ({ marker: s.marker, key: typeof s.key === 'string' ? s.key : null })),
    };
  } catch {
    return null;
  }
}
