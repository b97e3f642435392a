/** Excel refuses these in sheet names. */
const INVALID = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * Sheet names for the given display names: Excel's rules (at most 31 characters, none of []:*?/\,
 * no leading or trailing apostrophe), unique case-insensitively among themselves and the reserved
 * names, by adding " (2)", " (3)"… where needed.
 */
export function uniqueSheetNames(names: string[], reserved: string[]): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return names.map((name) => {
    let clean = name.replace(INVALID, '-').replace(/^'+|'+$/g, '').trim() || 'Scenario';
    clean = clean.slice(0, MAX_LENGTH);
    let candidate = clean;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = clean.slice(0, MAX_LENGTH - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
