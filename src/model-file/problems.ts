/**
 * A refused input: where it is and what is wrong. Every refusal names its place: the JSON path
 * always, and the workbook cell too when the model was read from a sheet.
 */

/** A cell in a workbook's input tables. Rows are 1-based data rows (the header is row 0). */
export interface CellLocation {
  sheet: string;
  table: string;
  /** 1-based data row within the table; 0 = the header row, absent = the table itself. */
  row?: number;
  /** The column's header text; absent = the whole row or table. */
  column?: string;
  /** A1 address on the sheet, e.g. "C7", when known. */
  address?: string;
}

export type ProblemCode =
  | 'required'
  | 'type'
  | 'range'
  | 'integer'
  | 'enum'
  | 'duplicate'
  | 'unknown-committee'
  | 'year-outside-plan'
  | 'year-missing'
  | 'history-after-base'
  | 'revenue-not-positive'
  | 'unknown-key'
  | 'schema-version'
  | 'reserved-name'
  | 'table-missing'
  | 'column-missing'
  | 'invalid';

export interface Problem {
  /** JSON path in the model file, e.g. "$.committees[2].labourShare". */
  path: string;
  code: ProblemCode;
  /** A readable English sentence, without the place (formatProblem adds it). */
  message: string;
  /** Where in a workbook, when the model came from one. */
  location?: CellLocation;
}

/** "Indata!C7 (table Nämnder, row 3, column Personalandel)" or "Nämnder" or the JSON path. */
export function formatLocation(loc: CellLocation): string {
  const parts: string[] = [];
  if (loc.row !== undefined) parts.push(loc.row === 0 ? 'header row' : `row ${loc.row}`);
  if (loc.column !== undefined) parts.push(`column ${loc.column}`);
  const where = loc.address ? `${loc.sheet}!${loc.address}` : loc.sheet;
  return `${where} (table ${loc.table}${parts.length ? ', ' + parts.join(', ') : ''})`;
}

export function formatProblem(p: Problem): string {
  const place = p.location ? `${formatLocation(p.location)} ${p.path}` : p.path;
  return `${place}: ${p.message}`;
}

/** Thrown where a caller needs an exception rather than a result; carries every problem at once. */
export class ModelRefusedError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The model was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map((p) => '  ' + formatProblem(p)).join('\n'));
    this.name = 'ModelRefusedError';
  }
}
