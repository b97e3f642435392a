/**
 * What each of Budgetsim's sheets shows, as a stable key: "comparison", "base", "scenario:<name>" or
 * "input:<id>". A rewrite gives each key the sheet that showed it before (the same worksheet object,
 * so every reference a user made into it keeps working), whatever the sheet is called now.
 */
import { WorkbookDescription } from '../workbook/description';
import { INPUT_SHEET_IDS } from '../workbook/layout/inputs';

export function sheetKeys(desc: WorkbookDescription): string[] {
  let scenario = 0;
  let input = 0;
  return desc.sheets.map((s) => {
    if (s.role === 'comparison') return 'comparison';
    if (s.role === 'scenario') return scenario++ === 0 ? 'base' : `scenario:${s.scenario ?? s.name}`;
    return `input:${INPUT_SHEET_IDS[input++] ?? s.name}`;
  });
}
