/** How values are quoted in problem messages. */

/** A value as the user wrote it: text in quotes, numbers as they are. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/** A computed number, without floating-point noise such as 0.30000000000000004. */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}
