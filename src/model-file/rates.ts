/**
 * Numbers and percentages as text, read the way the model's language writes them. Swedish: a decimal
 * comma (a point is understood too), thousands groups separated by a space, NBSP or thin space.
 * English: a decimal point, thousands groups separated by commas (or spaces), so "1,045" is 1045 and
 * "1,5" is refused rather than guessed. Both: a hyphen or unicode minus.
 */
import type { Language } from '../engine/types';

const GROUP_SPACE = '[ \\u00a0\\u2007\\u2009\\u202f]';
const NUMBER_BODY: Record<Language, RegExp> = {
  sv: new RegExp(`^([+\\-\\u2212]?)\\s*(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+|\\d+)(?:[.,](\\d+))?$`),
  en: new RegExp(`^([+\\-\\u2212]?)\\s*(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:${GROUP_SPACE}\\d{3})+|\\d+)(?:\\.(\\d+))?$`),
};
const GROUPS = new RegExp(`${GROUP_SPACE}|,`, 'g');

/** "1 234,5" (Swedish) or "1,234.5" (English) -> "1234.5", or undefined when the text is not a number. */
function decimalString(text: string, language: Language): string | undefined {
  const m = NUMBER_BODY[language].exec(text.trim());
  if (!m) return undefined;
  const sign = m[1] === '' || m[1] === '+' ? '' : '-';
  const whole = m[2].replace(GROUPS, '');
  return `${sign}${whole}${m[3] !== undefined ? '.' + m[3] : ''}`;
}

function toNumber(decimal: string): number {
  const n = Number(decimal);
  return n === 0 ? 0 : n;
}

/**
 * Plain numeric text: "1 234,5", "21,50", "-10", "1234.5" in Swedish; "1,234.5", "1,045" (1045) in
 * English. Refuses percentages ("1,5 %"), units ("12 kr") and anything ambiguous such as "1.234,5".
 */
export function parseNumberText(text: string, language: Language = 'sv'): number | undefined {
  const decimal = decimalString(text, language);
  return decimal === undefined ? undefined : toNumber(decimal);
}

/**
 * A rate as a fraction: "1,5 %", "1,5%", "1.5 %", "−0,5 %" -> 0.015 / -0.005; text without a percent
 * sign ("0,015") is already a fraction.
 */
export function parseRate(text: string, language: Language = 'sv'): number | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith('%')) return parseNumberText(trimmed, language);
  const decimal = decimalString(trimmed.slice(0, -1), language);
  // Shifting the decimal exponent gives the double nearest to the written value (3,2 % -> 0.032).
  return decimal === undefined ? undefined : toNumber(`${decimal}e-2`);
}
