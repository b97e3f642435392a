/** How one cell of an input table becomes a value of the model file. */
import { choiceKey, ColumnKind, NO_CAP_WORDS, NO_WORDS, YES_WORDS } from '../input-tables';
import { CellData } from './table-data';

/** Empty, or text that is only whitespace. */
export function isBlank(cell: CellData | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Text columns holding a key that other rows refer to: a space typed after an id is not part of it. */
const KEY_COLUMNS = new Set(['id', 'committee', 'scenario', 'key']);

/**
 * The model file's value for a cell, undefined when the cell is blank (the key is absent). Text in a
 * text column that is not a key (a name, given as `column`) is kept exactly as written, spaces and
 * tabs at either end included, so that a workbook reads back the model it was written from; other
 * text is trimmed and left for the model-file parser to read ("1,5 %" where a rate belongs). A cap
 * saying "ingen"/"none" is null, no cap. A number in a text column is the text Excel showed: a
 * committee id typed as 110 is the id "110". A choice (`values`) written as a word in either language
 * is its key.
 */
export function cellValue(cell: CellData | undefined, kind: ColumnKind, column?: string, values?: readonly string[]): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return undefined;
    if (kind === 'text' && column !== undefined && !KEY_COLUMNS.has(column)) return cell;
    if (kind === 'cap' && NO_CAP_WORDS.includes(text.toLowerCase())) return null;
    // A yes/no switch is written as the workbook language's word; either language's word is read.
    if (kind === 'yesNo' && YES_WORDS.includes(text.toLowerCase())) return true;
    if (kind === 'yesNo' && NO_WORDS.includes(text.toLowerCase())) return false;
    if (kind === 'enum' && values) return choiceKey(text, values) ?? text;
    return text;
  }
  if (typeof cell === 'number' && kind === 'text') return String(cell);
  return cell;
}

/** A cell as text for keys and names; undefined when blank. */
export function cellText(cell: CellData | undefined): string | undefined {
  const value = cellValue(cell, 'text');
  return typeof value === 'string' ? value : value === undefined ? undefined : String(value);
}
