/** How values are quoted in problem messages, in English and in Swedish. */

/** A value as the user wrote it: text in quotes, numbers as they are. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/** describeValue for a Swedish sentence: the same quoted text, numbers the Swedish way ("1,5"). */
export function describeValueSv(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return swedishNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'inget';
  if (Array.isArray(value)) return 'en lista';
  return 'ett objekt';
}

/** A computed number, without floating-point noise such as 0.30000000000000004. */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** formatNumber the Swedish way: "-2816", "10 400", "0,3". */
export function formatNumberSv(n: number): string {
  return swedishNumber(Number(n.toPrecision(12)));
}

/**
 * A number as Swedish prose writes it: a decimal comma, and from five digits on a space between
 * groups of three ("1,5", "2026", "10 400", "-5000"). The minus is the ASCII hyphen, as in the reports.
 */
export function swedishNumber(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text.replace('.', ',');
  const whole = m[2].length >= 5 ? m[2].replace(/\B(?=(\d{3})+$)/g, ' ') : m[2];
  return `${m[1]}${whole}${m[3] === undefined ? '' : ',' + m[3]}`;
}
