/** Finding the input tables by name and their columns by header, in either language. */
import { Language } from '../../engine/types';
import { formatPath, Problem } from '../../model-file';
import { columnForHeader, INPUT_SHEET_NAMES, InputTable, INPUT_TABLES } from '../input-tables';
import { headerLocation } from './locations';
import { TableData, TableSet } from './table-data';
import { TABLE_PATH } from './table-paths';

/** An input table found in the workbook: its data and the index of each known column. */
export interface FoundTable {
  spec: InputTable;
  data: TableData;
  /** Model key -> 0-based index in `data.headers`. */
  columns: Map<string, number>;
}

/** Excel compares table names ignoring case. */
export function findTable(tables: TableSet, name: string): TableData | undefined {
  const exact = tables.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const t of tables.values()) if (t.name.toLowerCase() === lower) return t;
  return undefined;
}

/** The language most of the known headers are written in; Swedish when undecided. */
export function headerLanguage(tables: Iterable<TableData>): Language {
  let sv = 0;
  let en = 0;
  for (const t of tables) {
    const spec = INPUT_TABLES.find((s) => s.name.toLowerCase() === t.name.toLowerCase());
    if (!spec) continue;
    for (const h of t.headers) {
      const c = columnForHeader(spec, h);
      if (!c || c.header.sv === c.header.en) continue;
      if (c.header.en.toLowerCase() === h.trim().toLowerCase()) en++;
      else sv++;
    }
  }
  return en > sv ? 'en' : 'sv';
}

/** The columns a table cannot be read without. */
function requiredKeys(spec: InputTable): string[] {
  const keys = spec.columns.filter((c) => c.required).map((c) => c.key);
  return spec.name === 'bsSettings' ? [...keys, 'value'] : keys;
}

function sheetFor(spec: InputTable, tables: TableSet, language: Language): string {
  for (const sibling of INPUT_TABLES) {
    if (sibling.sheet !== spec.sheet) continue;
    const found = findTable(tables, sibling.name);
    if (found) return found.sheet;
  }
  return INPUT_SHEET_NAMES[spec.sheet][language];
}

/**
 * The table with its columns, or undefined (with problems) when it is missing or lacks a required
 * column. Columns the schema does not know (a user's notes) are ignored.
 */
export function resolveTable(tables: TableSet, spec: InputTable, language: Language, problems: Problem[]): FoundTable | undefined {
  const path = formatPath(TABLE_PATH[spec.name]);
  const data = findTable(tables, spec.name);
  // A version 2 table missing from a workbook written before it existed is simply empty.
  if (!data && spec.optional) return undefined;
  if (!data) {
    const sheet = sheetFor(spec, tables, language);
    problems.push({
      path,
      code: 'table-missing',
      message: `the table ${spec.name} (${spec.title[language]}) is missing from the sheet ${JSON.stringify(sheet)}; it may have been deleted or renamed`,
      messages: {
        sv: `tabellen ${spec.name} (${spec.title[language]}) saknas på bladet ${JSON.stringify(sheet)}; den kan ha tagits bort eller bytt namn`,
      },
      location: { sheet, table: spec.name },
    });
    return undefined;
  }
  const tableLanguage = headerLanguage([data]);
  const columns = new Map<string, number>();
  data.headers.forEach((header, index) => {
    const column = columnForHeader(spec, header);
    if (!column) return;
    const first = columns.get(column.key);
    if (first === undefined) {
      columns.set(column.key, index);
      return;
    }
    problems.push({
      path,
      code: 'duplicate',
      message: `the column ${JSON.stringify(header.trim())} repeats the column ${JSON.stringify(data.headers[first].trim())}; remove one of them`,
      messages: {
        sv: `kolumnen ${JSON.stringify(header.trim())} upprepar kolumnen ${JSON.stringify(data.headers[first].trim())}; ta bort en av dem`,
      },
      location: headerLocation(data, index),
    });
  });
  const missing = requiredKeys(spec).filter((key) => !columns.has(key));
  for (const key of missing) {
    const column = spec.columns.find((c) => c.key === key)!;
    const other: Language = tableLanguage === 'sv' ? 'en' : 'sv';
    problems.push({
      path,
      code: 'column-missing',
      message: `the table ${data.name} has no column ${JSON.stringify(column.header[tableLanguage])} (${JSON.stringify(column.header[other])}); it may have been deleted or renamed`,
      messages: {
        sv: `tabellen ${data.name} har ingen kolumn ${JSON.stringify(column.header[tableLanguage])} (${JSON.stringify(column.header[other])}); den kan ha tagits bort eller bytt namn`,
      },
      location: { sheet: data.sheet, table: data.name, row: 0, column: column.header[tableLanguage] },
    });
  }
  return missing.length === 0 ? { spec, data, columns } : undefined;
}
