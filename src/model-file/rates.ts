/**
 * Numbers and percentages as Swedish (and English) sheets write them as text: decimal comma or point,
 * thousands groups separated by a space, NBSP or thin space, and a hyphen or unicode minus.
 */

const GROUP_SPACE = '[ \\u00a0\\u2007\\u2009\\u202f]';
const NUMBER_BODY = new RegExp(
  `^([+\\-\\u2212]?)\\s*(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+|\\d+)(?:[.,](\\d+))?$`,
);

/** "1 234,5" -> "1234.5" as a plain decimal string, or undefined when the text is not a number. */
function decimalString(text: string): string | undefined {
  const m = NUMBER_BODY.exec(text.trim());
  if (!m) return undefined;
  const sign = m[1] === '' || m[1] === '+' ? '' : '-';
  const whole = m[2].replace(new RegExp(GROUP_SPACE, 'g'), '');
  return `${sign}${whole}${m[3] !== undefined ? '.' + m[3] : ''}`;
}

function toNumber(decimal: string): number {
  const n = Number(decimal);
  return n === 0 ? 0 : n;
}

/**
 * Plain numeric text: "1 234,5", "21,50", "-10", "1234.5". Refuses percentages ("1,5 %"), units
 * ("12 kr") and anything ambiguous such as "1.234,5".
 */
export function parseNumberText(text: string): number | undefined {
  const decimal = decimalString(text);
  return decimal === undefined ? undefined : toNumber(decimal);
}

/**
 * A rate as a fraction: "1,5 %", "1,5%", "1.5 %", "−0,5 %" -> 0.015 / -0.005; text without a percent
 * sign ("0,015") is already a fraction.
 */
export function parseRate(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith('%')) return parseNumberText(trimmed);
  const decimal = decimalString(trimmed.slice(0, -1));
  // Shifting the decimal exponent gives the double nearest to the written value (3,2 % -> 0.032).
  return decimal === undefined ? undefined : toNumber(`${decimal}e-2`);
}
