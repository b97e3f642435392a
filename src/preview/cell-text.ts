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
  if (format.includes('%')) {
    return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  }
  return new Intl.NumberFormat(locale, {
    useGrouping: format.includes(','),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
