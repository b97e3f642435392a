import { Unit } from '../../engine/types';

/**
 * Number formats in Excel's invariant codes: Excel and LibreOffice show them with the reader's own
 * separators (1 234,5 in Swedish, 1,234.5 in English). Amounts follow the model's unit: mnkr with one
 * decimal, tkr and kr as whole numbers.
 */
export function amountFormat(unit: Unit): string {
  return unit === 'mnkr' ? '#,##0.0;-#,##0.0' : '#,##0;-#,##0';
}

/** Percent with one decimal, for results and shares people compare. */
export const PERCENT = '0.0%';
/** Percent with four decimals: a share that misses the target by less than PERCENT shows. */
export const PERCENT_CLOSE = '0.0000%';
/** Percent with two decimals, for input rates such as a 3.25 % wage index. */
export const RATE = '0.00%';
export const YEAR = '0';
export const INTEGER = '0';
/** Kr per 100 kr. */
export const TAX_RATE = '0.00';
export const TEXT = '@';
/** Excel's default format; logical values need it to show as TRUE/FALSE in LibreOffice too. */
export const GENERAL = 'General';
