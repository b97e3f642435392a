/**
 * The input tables of an .xlsx workbook, and the model from them (read-workbook.ts reads the file).
 *
 * A formula in a table's body is read as its cached result. A formula saved without one (openpyxl,
 * and other tools that do not calculate, write them so) has no value the reader can know: in an
 * input table that is a problem naming the cell, never a blank that lets a default apply.
 */
import { formatPath, Problem } from '../../model-file';
import { INPUT_TABLES } from '../../workbook/input-tables';
import { modelFromTables, TablesResult } from '../../workbook/read/model-from-tables';
import { TableSet } from '../../workbook/read/table-data';
import { TABLE_PATH } from '../../workbook/read/table-paths';
import { readWorkbook, UncachedCell, WorkbookContents } from './read-workbook';

function bytesOf(buffer: Uint8Array | ArrayBuffer): Uint8Array {
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

/** Every Excel table in the workbook, on every sheet, by name. */
export async function readTablesFromXlsx(buffer: Uint8Array | ArrayBuffer): Promise<TableSet> {
  return readWorkbook(bytesOf(buffer)).tables;
}

/** A formula without a cached value in one of Budgetsim's input tables. */
export function uncachedProblems(contents: Pick<WorkbookContents, 'tables' | 'uncached'>): Problem[] {
  const inputs = new Map(INPUT_TABLES.map((t) => [t.name.toLowerCase(), t.name]));
  return contents.uncached.flatMap((u: UncachedCell) => {
    const spec = inputs.get(u.table.toLowerCase());
    const table = contents.tables.get(u.table);
    if (!spec || !table) return [];
    const column = table.headers[u.column]?.trim() ?? '';
    return [
      {
        path: formatPath(TABLE_PATH[spec] ?? []),
        code: 'invalid' as const,
        message:
          'the cell holds a formula that was saved without its value (the program that saved the file did not calculate it); ' +
          'open and save the file in Excel or LibreOffice, or type the value',
        messages: {
          sv:
            'cellen har en formel som sparades utan sitt värde (programmet som sparade filen räknade inte ut den); ' +
            'öppna och spara filen i Excel eller LibreOffice, eller skriv in värdet',
        },
        location: { sheet: u.sheet, table: u.table, row: u.row + 1, column, address: u.address },
      },
    ];
  });
}

/** The model from an .xlsx workbook's input tables, or every problem, each naming its cell. */
export async function readModelFromXlsx(buffer: Uint8Array | ArrayBuffer): Promise<TablesResult> {
  return modelFromContents(readWorkbook(bytesOf(buffer)));
}

export function modelFromContents(contents: WorkbookContents): TablesResult {
  const uncached = uncachedProblems(contents);
  const result = modelFromTables(contents.tables);
  if (result.ok && uncached.length === 0) return result;
  return { ok: false, problems: [...uncached, ...(result.ok ? [] : result.problems)] };
}
