/** Excel refuses these in sheet names. */
const INVALID = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;
/**
 * Excel keeps "History" for itself (the change-tracking history sheet) and refuses it as a sheet
 * name in any case (https://wisechecker.com/excel-sheet-name-rules-maximum-length-forbidden-characters/,
 * https://openboxmodels.com/documentation/why-do-i-get-a-message-saying-the-name-of-my-report-or-sheet-is-not-valid/);
 * the .xlsx checks in src/renderers/xlsx/sheet-names.ts refuse it too.
 */
const EXCEL_RESERVED = ['history'];

/** Without the apostrophes and spaces Excel refuses at either end, and at most 31 characters. */
function trimmed(name: string): string {
  let clean = name;
  for (let before = ''; before !== clean; ) {
    before = clean;
    clean = clean.trim().replace(/^'+|'+$/g, '').slice(0, MAX_LENGTH);
  }
  return clean;
}

/**
 * Sheet names for the given display names: Excel's rules (at most 31 characters, none of []:*?/\,
 * no leading or trailing apostrophe, not "History"), unique case-insensitively among themselves and the reserved
 * names, by adding " (2)", " (3)"… where needed.
 */
export function uniqueSheetNames(names: string[], reserved: string[]): string[] {
  const taken = new Set([...EXCEL_RESERVED, ...reserved.map((n) => n.toLowerCase())]);
  return names.map((name) => {
    const clean = trimmed(name.replace(INVALID, '-')) || 'Scenario';
    let candidate = clean;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = clean.slice(0, MAX_LENGTH - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
