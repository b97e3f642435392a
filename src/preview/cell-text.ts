/** A cell's value as the preview shows it: numbers in the cell's number format, the language's way. */
import { CellError, Scalar } from '../workbook/evaluate';
import { Lang, localeOf } from '../taskpane/i18n/language';

function decimalsIn(format: string): number {
  const m = /0\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

export function displayValue(value: Scalar | CellError | undefined, numberFormat: string | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (value instanceof CellError) return value.code;
  if (typeof value === 'boolean') return lang === 'sv' ? (value ? 'SANT' : 'FALSKT') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = numberFormat ?? 'General';
  const locale = localeOf(lang);
  if (format === 'General' || format === '@') {
    return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format(value);
  }
  const decimals = decimalsIn(format);
  // A value that rounds to zero shows without a minus sign, as "-0,0" reads as a loss.
  if (Math.abs(value) < 0.5 * 10 ** -(decimals + (format.includes('%') ? 2 : 0))) value = 0;
  if (format.includes('%')) {
    return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  }
  return new Intl.NumberFormat(locale, {
    useGrouping: format.includes(','),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
