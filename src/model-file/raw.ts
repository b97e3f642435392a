/** Defensive reading of the raw input, for the checks that look across fields. */
import { isRecord } from './objects';

export function member(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

export function rows(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function nonEmptyText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
