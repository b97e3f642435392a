/**
 * The model file's leaf values as zod schemas. Each leaf reads the raw value itself, so that every
 * refusal gets a problem code and a message that quotes what the user wrote.
 */
import { z } from 'zod';
import { ProblemCode } from './problems';
import { describeValue } from './describe';
import { judgeNumber, NumberRule, Verdict } from './rules';

type Ctx = z.core.$RefinementCtx<unknown>;

function fail(ctx: Ctx, code: ProblemCode, message: string): never {
  ctx.addIssue({ code: 'custom', message, params: { code } });
  return z.NEVER;
}

function take<T>(verdict: Verdict<T>, ctx: Ctx): T {
  return verdict.ok ? verdict.value : fail(ctx, verdict.code, verdict.message);
}

const absent = (raw: unknown): raw is null | undefined => raw === undefined || raw === null;

export function requiredNumber(rule: NumberRule) {
  return z.unknown().transform((raw, ctx): number =>
    absent(raw) ? fail(ctx, 'required', `${rule.label} is required`) : take(judgeNumber(raw, rule), ctx),
  );
}

/** null means absent. */
export function optionalNumber(rule: NumberRule) {
  return z
    .unknown()
    .transform((raw, ctx): number | undefined => (absent(raw) ? undefined : take(judgeNumber(raw, rule), ctx)))
    .optional();
}

/** A cap: null is kept, meaning "no cap". */
export function optionalCap(rule: NumberRule) {
  return z
    .unknown()
    .transform((raw, ctx): number | null | undefined =>
      raw === null ? null : raw === undefined ? undefined : take(judgeNumber(raw, rule), ctx),
    )
    .optional();
}

/** Non-empty text; `refine` may refuse it further. */
export function requiredText(label: string, refine?: (text: string) => Verdict<string>) {
  return z.unknown().transform((raw, ctx): string => {
    if (absent(raw)) return fail(ctx, 'required', `${label} is required`);
    if (typeof raw !== 'string') return fail(ctx, 'type', `${label} must be text, got ${describeValue(raw)}`);
    if (raw.trim() === '') return fail(ctx, 'required', `${label} must not be empty`);
    return refine ? take(refine(raw), ctx) : raw;
  });
}

function judgeChoice<T extends string>(raw: unknown, label: string, values: readonly T[]): Verdict<T> {
  if (typeof raw === 'string' && (values as readonly string[]).includes(raw)) return { ok: true, value: raw as T };
  return { ok: false, code: 'enum', message: `${label} must be one of ${values.join(', ')}, got ${describeValue(raw)}` };
}

export function requiredChoice<T extends string>(label: string, values: readonly T[]) {
  return z.unknown().transform((raw, ctx): T =>
    absent(raw) ? fail(ctx, 'required', `${label} is required`) : take(judgeChoice(raw, label, values), ctx),
  );
}

/** null means absent. */
export function optionalChoice<T extends string>(label: string, values: readonly T[]) {
  return z
    .unknown()
    .transform((raw, ctx): T | undefined => (absent(raw) ? undefined : take(judgeChoice(raw, label, values), ctx)))
    .optional();
}
