/** Object and list schemas: unknown keys are refused (so a typo is not silently ignored), null is absent. */
import { z } from 'zod';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length];
}

/** The known key the user most likely meant, if any is close. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function unknownKeyMessage(key: string, known: readonly string[]): { message: string; sv: string } {
  const guess = suggestKey(key, known);
  return guess
    ? {
        message: `unknown key ${JSON.stringify(key)}; did you mean ${JSON.stringify(guess)}?`,
        sv: `okänd nyckel ${JSON.stringify(key)}; menade du ${JSON.stringify(guess)}?`,
      }
    : {
        message: `unknown key ${JSON.stringify(key)}; the keys here are ${known.join(', ')}`,
        sv: `okänd nyckel ${JSON.stringify(key)}; nycklarna här är ${known.join(', ')}`,
      };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * An object with exactly these keys. Unknown keys are reported one by one, even when other values
 * inside the object are refused too. Keys whose value is absent are left out of the output.
 */
export function strictObject<S extends z.core.$ZodShape>(shape: S) {
  const known = Object.keys(shape);
  return z
    .looseObject(shape)
    .superRefine(
      (value, ctx) => {
        for (const key of Object.keys(value)) {
          if (known.includes(key)) continue;
          const { message, sv } = unknownKeyMessage(key, known);
          ctx.addIssue({ code: 'custom', path: [key], message, params: { code: 'unknown-key', sv } });
        }
      },
      { when: (payload) => isRecord(payload.value) },
    )
    .transform((value) => withoutUndefined(value) as z.output<z.ZodObject<S>>);
}

/** An optional object or list: null and a missing key both mean absent. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema
    .nullish()
    .transform((value) => value ?? undefined)
    .optional();
}
