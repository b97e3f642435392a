/**
 * A refused input: where it is and what is wrong. Every refusal names its place: the JSON path
 * always, and the workbook cell too when the model was read from a sheet.
 */
import { Language } from '../engine/types';

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
  /**
   * The same sentence in other languages: `sv` says it in Swedish, with the same facts and quoted
   * values (numbers the Swedish way). Every problem the parser and the workbook reader report has it.
   */
  messages?: { sv: string };
  /** Where in a workbook, when the model came from one. */
  location?: CellLocation;
}

/** The problem's sentence in `lang`; the English one when it has none in that language. */
export function problemMessage(p: Problem, lang: Language = 'en'): string {
  return lang === 'sv' ? p.messages?.sv ?? p.message : p.message;
}

/**
 * "Indata!C7 (table Nämnder, row 3, column Personalandel)" or "Nämnder (table bsCommittees)";
 * in Swedish "Indata!C7 (tabell Nämnder, rad 3, kolumn Personalandel)", the header "rubrikraden".
 */
export function formatLocation(loc: CellLocation, lang: Language = 'en'): string {
  const sv = lang === 'sv';
  const parts: string[] = [];
  if (loc.row !== undefined) {
    if (loc.row === 0) parts.push(sv ? 'rubrikraden' : 'header row');
    else parts.push(`${sv ? 'rad' : 'row'} ${loc.row}`);
  }
  if (loc.column !== undefined) parts.push(`${sv ? 'kolumn' : 'column'} ${loc.column}`);
  const where = loc.address ? `${loc.sheet}!${loc.address}` : loc.sheet;
  return `${where} (${sv ? 'tabell' : 'table'} ${loc.table}${parts.length ? ', ' + parts.join(', ') : ''})`;
}

/** The place (cell and JSON path) and the sentence, in `lang`. */
export function formatProblem(p: Problem, lang: Language = 'en'): string {
  const place = p.location ? `${formatLocation(p.location, lang)} ${p.path}` : p.path;
  return `${place}: ${problemMessage(p, lang)}`;
}

/** Thrown where a caller needs an exception rather than a result; carries every problem at once. */
export class ModelRefusedError extends Error {
  /**
   * `language` is the language the refused input asks for ("language": "sv" or "en"), when it names
   * one: a refused model has no language of its own, so whoever reports the problems may follow it.
   */
  constructor(
    readonly problems: Problem[],
    readonly language?: Language,
  ) {
    super(`The model was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map((p) => '  ' + formatProblem(p)).join('\n'));
    this.name = 'ModelRefusedError';
  }
}
