/**
 * A cell as Range.values gives it, turned into what the .xlsx reader (src/renderers/xlsx/read-tables.ts)
 * gives for the same cell, so both paths produce the same TableData and the same messages: an empty
 * cell is null, a date (a number with a date format) is its ISO date text, an error is its text
 * ("#DIV/0!"), anything else as it is.
 */
import { CellData } from '../workbook/read/table-data';

/** Drops quoted text, escaped characters and colour/locale brackets, keeping elapsed-time brackets. */
function formatCode(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
}

/**
 * "General" as Excel on the web reads it back under non-US regional settings (Range.numberFormat
 * returns the local name: office-js issues 1553, 1632, 2824). None of them shows a date.
 */
const LOCAL_GENERAL = new Set(
  ['General', 'Standard', 'Standaard', 'Allgemein', 'Général', 'Generale', 'Geral', 'Estándar', 'Yleinen', 'Generelt', 'Ogólny', 'Obecný', 'Általános', 'Общий', 'Genel', 'G/通用格式', 'G/標準', '標準', '常规', '일반'].map(
    (s) => s.toLowerCase(),
  ),
);

/** Whether a number format shows a date or time, as Excel (and ExcelJS, reading a file) decide it. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === '@' || LOCAL_GENERAL.has(format.trim().toLowerCase())) return false;
  // Only the first section (positive numbers) decides.
  const code = formatCode(format).split(';')[0];
  // A bare word that is not made of date and time codes (a General under a name not listed) is no date.
  if (/^\p{L}+$/u.test(code.trim()) && /[^dmyhsabeg]/i.test(code.trim())) return false;
  return /[dmyhs]/i.test(code.replace(/E[+-]/gi, ''));
}

/** Excel's serial day number (1900 date system) as a UTC date. */
export function dateFromSerial(serial: number): Date {
  // Excel counts 1900-02-29, which never was: serials from 61 on are one day ahead of the calendar.
  const days = serial < 61 ? serial + 1 : serial;
  const ms = Math.round((days - 1) * 86400) * 1000;
  return new Date(Date.UTC(1899, 11, 31) + ms);
}

/** A date as the text a person reads, as the .xlsx reader writes it. */
export function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

export function cellData(value: unknown, format?: string): CellData {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return isDateFormat(format) ? dateText(dateFromSerial(value)) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}
