/**
 * The pane's lever fields: each has a key ("target", "year:2028:efficiency"), shows the model's
 * value in the language's way, and reads typed text back into a lever edit, refusing text that is
 * not a number or a value the model file would refuse.
 */
import { RULES } from '../../model-file/rules';
import { NumberFormats } from '../i18n/numbers';
import { LeverEdit, ScenarioLevers, YearLeverKey } from './levers';

export type LeverField = { kind: 'target' } | { kind: 'year'; year: number; key: YearLeverKey };
export type RangeName = 'target' | YearLeverKey;

export type FieldReading = { ok: true; edit: LeverEdit } | { ok: false; reason: 'notANumber' } | { ok: false; reason: 'range'; range: RangeName };

const YEAR_KEYS: readonly YearLeverKey[] = ['efficiency', 'compensation', 'taxRate'];

export function fieldKey(f: LeverField): string {
  return f.kind === 'target' ? 'target' : `year:${f.year}:${f.key}`;
}

export function parseFieldKey(key: string): LeverField | null {
  if (key === 'target') return { kind: 'target' };
  const m = /^year:(\d+):(\w+)$/.exec(key);
  if (!m || !(YEAR_KEYS as readonly string[]).includes(m[2])) return null;
  return { kind: 'year', year: Number(m[1]), key: m[2] as YearLeverKey };
}

/** The field's value as the model holds it, for display in the field. */
export function fieldText(levers: ScenarioLevers, f: LeverField, n: NumberFormats): string {
  if (f.kind === 'target') return n.percentInput(levers.target);
  const row = levers.years.find((y) => y.year === f.year);
  if (!row) return '';
  return f.key === 'taxRate' ? n.decimalInput(row.taxRate) : n.percentInput(row[f.key]);
}

function accepts(range: RangeName, value: number): boolean {
  const accept = RULES[range].accept;
  return accept ? accept(value) : true;
}

export function readField(f: LeverField, text: string, n: NumberFormats): FieldReading {
  const isRate = f.kind === 'target' || f.key !== 'taxRate';
  const value = isRate ? n.parsePercent(text) : n.parseDecimal(text);
  if (value === undefined) return { ok: false, reason: 'notANumber' };
  const range: RangeName = f.kind === 'target' ? 'target' : f.key;
  if (!accepts(range, value)) return { ok: false, reason: 'range', range };
  return { ok: true, edit: f.kind === 'target' ? { kind: 'target', value } : { kind: 'year', year: f.year, key: f.key, value } };
}
