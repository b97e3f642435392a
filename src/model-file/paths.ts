/** JSON paths for problems, and the document order they are reported in. */

export type Segment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["committees", 2, "labourShare"] -> "$.committees[2].labourShare". */
export function formatPath(segments: readonly Segment[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/**
 * Where a path falls in the input document: per segment, the key's position in its object or the
 * array index. A key that is missing from the document sorts after every key that is present.
 */
export function documentPosition(input: unknown, segments: readonly Segment[]): number[] {
  const position: number[] = [];
  let node: unknown = input;
  for (const s of segments) {
    if (Array.isArray(node) && typeof s === 'number') {
      position.push(s);
      node = node[s];
    } else if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      const keys = Object.keys(node);
      const index = keys.indexOf(String(s));
      position.push(index >= 0 ? index : keys.length);
      node = (node as Record<string, unknown>)[String(s)];
    } else {
      position.push(0);
      node = undefined;
    }
  }
  return position;
}

/** Lexicographic, a path before the paths inside it. */
export function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}
