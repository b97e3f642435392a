/**
 * What each of Budgetsim's sheets shows, as a stable key: "comparison", "base", "scenario:<name>",
 * "risk" or "input:<id>". A rewrite gives each key the sheet that showed it before (the same worksheet object,
 * so every reference a user made into it keeps working), whatever the sheet is called now.
 */
import { WorkbookDescription } from '../workbook/description';
import { INPUT_TABLES } from '../workbook/input-tables';

/** Which input sheet a table sits on. */
const SHEET_OF_TABLE = new Map(INPUT_TABLES.map((t) => [t.name, t.sheet]));

/**
 * An input sheet is known by the tables it holds, not by its place: a version 1 workbook has no
 * investment, project or population sheet, and its Scenarier sheet must keep its key when the model
 * becomes version 2.
 */
export function sheetKeys(desc: WorkbookDescription): string[] {
  let scenario = 0;
  return desc.sheets.map((s) => {
    if (s.role === 'comparison') return 'comparison';
    if (s.role === 'risk') return 'risk';
    if (s.role === 'scenario') return scenario++ === 0 ? 'base' : `scenario:${s.scenario ?? s.name}`;
    const id = s.tables.map((t) => SHEET_OF_TABLE.get(t.name)).find((x) => x !== undefined);
    return `input:${id ?? s.name}`;
  });
}
