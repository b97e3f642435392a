import type * as ExcelJS from 'exceljs';
import { sheetRange } from '../../workbook/a1';
import { WorkbookDescription } from '../../workbook/description';
import { isExcelName } from './tables';

/** Checks the workbook's names as Excel would: valid, unique, and not also a table's name. */
export function checkDefinedNames(desc: WorkbookDescription, tableNames: string[]): void {
  const taken = new Set(tableNames.map((t) => t.toLowerCase()));
  const sheets = new Set(desc.sheets.map((s) => s.name));
  for (const n of desc.names) {
    if (!isExcelName(n.name)) throw new Error(`"${n.name}" is not a name Excel accepts`);
    if (taken.has(n.name.toLowerCase())) throw new Error(`the name ${n.name} is used twice (names and tables share one namespace)`);
    if (!sheets.has(n.sheet)) throw new Error(`the name ${n.name} refers to a sheet the workbook does not have: ${n.sheet}`);
    taken.add(n.name.toLowerCase());
  }
}

/** Adds the workbook-scoped names. ExcelJS has no place for a name's comment, so it is not written. */
export function addDefinedNames(wb: ExcelJS.Workbook, desc: WorkbookDescription): void {
  for (const n of desc.names) wb.definedNames.add(sheetRange(n.sheet, n.range), n.name);
}
