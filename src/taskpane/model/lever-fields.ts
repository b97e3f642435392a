/**
 * The pane's lever fields: each has a key ("target", "year:2028:efficiency", "investmentScale"),
 * shows the model's value in the language's way, and reads typed text back into a lever edit,
 * refusing text that is not a number or a value the model file would refuse.
 */
import { RULES } from '../../model-file/rules';
import { RULES_V2 } from '../../model-file/rules-v2';
import { NumberFormats } from '../i18n/numbers';
import { LeverEdit, ScenarioLevers, YearLeverKey } from './levers';

export type LeverField = { kind: 'target' } | { kind: 'investmentScale' } | { kind: 'year'; year: number; key: YearLeverKey };
export type RangeName = 'target' | 'investmentScale' | YearLeverKey;

export type FieldReading = { ok: true; edit: LeverEdit } | { ok: false; reason: 'notANumber' } | { ok: false; reason: 'range'; range: RangeName };

const YEAR_KEYS: readonly YearLeverKey[] = ['efficiency', 'compensation', 'taxRate', 'interestRate'];

export function fieldKey(f: LeverField): string {
  return f.kind === 'year' ? `year:${f.year}:${f.key}` : f.kind;
}

export function parseFieldKey(key: string): LeverField | null {
  if (key === 'target') return { kind: 'target' };
  if (key === 'investmentScale') return { kind: 'investmentScale' };
  const m = /^year:(\d+):(\w+)$/.exec(key);
  if (!m || !(YEAR_KEYS as readonly string[]).includes(m[2])) return null;
  return { kind: 'year', year: Number(m[1]), key: m[2] as YearLeverKey };
}

/** The field's value as the model holds it, for display in the field. */
export function fieldText(levers: ScenarioLevers, f: LeverField, n: NumberFormats): string {
  if (f.kind === 'target') return n.percentInput(levers.target);
  if (f.kind === 'investmentScale') return levers.investmentScale === null ? '' : n.percentInput(levers.investmentScale);
  const row = levers.years.find((y) => y.year === f.year);
  if (!row) return '';
  if (f.key === 'taxRate') return n.decimalInput(row.taxRate);
  const value = row[f.key];
  return value === undefined ? '' : n.percentInput(value);
}

function accepts(range: RangeName, value: number): boolean {
  const rule = range === 'interestRate' || range === 'investmentScale' ? RULES_V2[range] : RULES[range];
  return rule.accept ? rule.accept(value) : true;
}

function rangeOf(f: LeverField): RangeName {
  return f.kind === 'year' ? f.key : f.kind;
}

function editOf(f: LeverField, value: number): LeverEdit {
  if (f.kind === 'year') return { kind: 'year', year: f.year, key: f.key, value };
  return { kind: f.kind, value };
}

/** Every lever but the tax rate (kr per 100 kr) is typed as a percentage. */
export function isPercentField(f: LeverField): boolean {
  return !(f.kind === 'year' && f.key === 'taxRate');
}

export function readField(f: LeverField, text: string, n: NumberFormats): FieldReading {
  const value = isPercentField(f) ? n.parsePercent(text) : n.parseDecimal(text);
  if (value === undefined) return { ok: false, reason: 'notANumber' };
  const range = rangeOf(f);
  if (!accepts(range, value)) return { ok: false, reason: 'range', range };
  return { ok: true, edit: editOf(f, value) };
}
