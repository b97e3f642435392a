/**
 * The model file's leaf values as zod schemas. Each leaf reads the raw value itself, so that every
 * refusal gets a problem code and a message that quotes what the user wrote, in English and Swedish.
 */
import { z } from 'zod';
import { ProblemCode } from './problems';
import { describeValue, describeValueSv, swedishNumber } from './describe';
import { judgeNumber, NumberRule, Verdict } from './rules';

type Ctx = z.core.$RefinementCtx<unknown>;

/** A value's name in messages: English, and Swedish as the subject of a sentence ("nämndens id"). */
export interface Label {
  en: string;
  sv: string;
}

function fail(ctx: Ctx, code: ProblemCode, message: string, sv: string): never {
  ctx.addIssue({ code: 'custom', message, params: { code, sv } });
  return z.NEVER;
}

function take<T>(verdict: Verdict<T>, ctx: Ctx): T {
  return verdict.ok ? verdict.value : fail(ctx, verdict.code, verdict.message, verdict.sv);
}

const absent = (raw: unknown): raw is null | undefined => raw === undefined || raw === null;

function required(ctx: Ctx, label: Label): never {
  return fail(ctx, 'required', `${label.en} is required`, `${label.sv} måste anges`);
}

export function requiredNumber(rule: NumberRule) {
  return z.unknown().transform((raw, ctx): number =>
    absent(raw) ? required(ctx, { en: rule.label, sv: rule.labelSv }) : take(judgeNumber(raw, rule), ctx),
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

/** The most characters an Excel cell holds (Excel specifications and limits: 32,767 characters). */
export const MAX_TEXT_LENGTH = 32_767;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text a workbook cell holds and a terminal shows as it is: at most MAX_TEXT_LENGTH characters, no
 * control character (C0, DEL, C1: tabs and line breaks included, names are one line), no half of a
 * surrogate pair and no non-character U+FFFE/U+FFFF (XML, and so .xlsx, cannot hold them).
 */
export function judgeText(text: string, label: Label): Verdict<string> {
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      code: 'range',
      message: `${label.en} has ${text.length} characters; a workbook cell holds at most ${MAX_TEXT_LENGTH}`,
      sv: `${label.sv} har ${swedishNumber(text.length)} tecken; en cell i en arbetsbok rymmer högst ${swedishNumber(MAX_TEXT_LENGTH)}`,
    };
  }
  let position = 0;
  for (let i = 0; i < text.length; i++) {
    position++;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      return {
        ok: false,
        code: 'invalid',
        message: `${label.en} contains half of a character (${hex(code)} without its pair) at character ${position}; it is not valid Unicode text`,
        sv: `${label.sv} innehåller ett halvt tecken (${hex(code)} utan sin andra halva) vid tecken ${position}; det är inte giltig Unicode-text`,
      };
    }
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      return {
        ok: false,
        code: 'invalid',
        message: `${label.en} contains the control character ${hex(code)} at character ${position}; names are one line of visible text`,
        sv: `${label.sv} innehåller styrtecknet ${hex(code)} vid tecken ${position}; namn är en rad synlig text`,
      };
    }
    if (code === 0xfffe || code === 0xffff) {
      return {
        ok: false,
        code: 'invalid',
        message: `${label.en} contains ${hex(code)}, which is not a character, at character ${position}`,
        sv: `${label.sv} innehåller ${hex(code)}, som inte är ett tecken, vid tecken ${position}`,
      };
    }
  }
  return { ok: true, value: text };
}

/** Non-empty text a workbook can hold (judgeText); `refine` may refuse it further. */
export function requiredText(label: Label, refine?: (text: string) => Verdict<string>) {
  return z.unknown().transform((raw, ctx): string => {
    if (absent(raw)) return required(ctx, label);
    if (typeof raw !== 'string') {
      return fail(ctx, 'type', `${label.en} must be text, got ${describeValue(raw)}`, `${label.sv} måste vara text, men är ${describeValueSv(raw)}`);
    }
    if (raw.trim() === '') return fail(ctx, 'required', `${label.en} must not be empty`, `${label.sv} måste anges, men texten är tom`);
    const text = judgeText(raw, label);
    if (!text.ok) return fail(ctx, text.code, text.message, text.sv);
    return refine ? take(refine(raw), ctx) : raw;
  });
}

function judgeChoice<T extends string>(raw: unknown, label: Label, values: readonly T[]): Verdict<T> {
  if (typeof raw === 'string' && (values as readonly string[]).includes(raw)) return { ok: true, value: raw as T };
  return {
    ok: false,
    code: 'enum',
    message: `${label.en} must be one of ${values.join(', ')}, got ${describeValue(raw)}`,
    sv: `${label.sv} måste vara något av ${values.join(', ')}, men är ${describeValueSv(raw)}`,
  };
}

export function requiredChoice<T extends string>(label: Label, values: readonly T[]) {
  return z.unknown().transform((raw, ctx): T => (absent(raw) ? required(ctx, label) : take(judgeChoice(raw, label, values), ctx)));
}

/** null means absent. */
export function optionalChoice<T extends string>(label: Label, values: readonly T[]) {
  return z
    .unknown()
    .transform((raw, ctx): T | undefined => (absent(raw) ? undefined : take(judgeChoice(raw, label, values), ctx)))
    .optional();
}

// ---- Version 2 ----

/** Text that may be left out (null means absent); when given it must be non-empty text. */
export function optionalText(label: Label) {
  return z
    .unknown()
    .transform((raw, ctx): string | undefined => {
      if (absent(raw)) return undefined;
      if (typeof raw !== 'string') {
        return fail(ctx, 'type', `${label.en} must be text, got ${describeValue(raw)}`, `${label.sv} måste vara text, men är ${describeValueSv(raw)}`);
      }
      if (raw.trim() === '') return fail(ctx, 'required', `${label.en} must not be empty`, `${label.sv} måste anges, men texten är tom`);
      return raw;
    })
    .optional();
}

/** true or false (null means absent); text such as "ja" is refused rather than guessed. */
export function optionalBoolean(label: Label) {
  return z
    .unknown()
    .transform((raw, ctx): boolean | undefined => {
      if (absent(raw)) return undefined;
      if (typeof raw === 'boolean') return raw;
      return fail(ctx, 'type', `${label.en} must be true or false, got ${describeValue(raw)}`, `${label.sv} måste vara true eller false, men är ${describeValueSv(raw)}`);
    })
    .optional();
}

/** A key that is known but belongs elsewhere: refused with a sentence that says where it belongs. */
export function misplacedKey(message: string, sv: string) {
  return z
    .unknown()
    .transform((raw, ctx): undefined => (absent(raw) ? undefined : fail(ctx, 'unknown-key', message, sv)))
    .optional();
}
