/**
 * Numbers the way the language writes them, through Intl.NumberFormat: Swedish "1 234,5 mnkr" and
 * "1,0 %", English "1,234.5" and "1.0%"; and the numbers people type into the pane read back.
 */
import { Unit } from '../../engine/types';
import { parseNumberText } from '../../model-file/rates';
import { Lang, localeOf } from './language';

export interface NumberFormats {
  lang: Lang;
  /** An amount in the model's unit: one decimal for mnkr, none for tkr and kr. */
  amount(value: number, unit: Unit): string;
  /** The amount with its unit: "1 234,5 mnkr", "SEK 1,234.5m". */
  amountWithUnit(value: number, unit: Unit): string;
  /** The unit's name as the workbook writes it: "mnkr". */
  unitName(unit: Unit): string;
  /** A plain number with a fixed number of decimals, grouped: "1,25", "-0,40". */
  decimal(value: number, decimals: number): string;
  /** A fraction as percent: "1,0 %", "1.0%". */
  percent(fraction: number, decimals?: number): string;
  /** A fraction as the number of percent for an input field, as few decimals as needed (at most 2): "1,35". */
  percentInput(fraction: number): string;
  /** A plain number for an input field (a tax rate), at most 4 decimals: "21,45". */
  decimalInput(value: number): string;
  /** A percent typed into a field ("1,5", "1.5", "1,5 %") as a fraction; undefined when it is not a number. */
  parsePercent(text: string): number | undefined;
  /** A number typed into a field ("21,45", "21.45"); undefined when it is not a number. */
  parseDecimal(text: string): number | undefined;
}

const UNIT_NAMES: Record<Lang, Record<Unit, string>> = {
  sv: { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr' },
  // The workbook's own unit names in both languages, so the pane and the sheets say the same.
  en: { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr' },
};

export function amountDecimals(unit: Unit): number {
  return unit === 'mnkr' ? 1 : 0;
}

/** Shows a value that rounds to zero without a minus sign ("-0,0 %" reads as a loss). */
function unsignedZero(value: number, decimals: number): number {
  return Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
}

export function numberFormats(lang: Lang): NumberFormats {
  const locale = localeOf(lang);
  const amountFormats = new Map<number, Intl.NumberFormat>();
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const amountFormat = (decimals: number) => {
    let f = amountFormats.get(decimals);
    if (!f) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      amountFormats.set(decimals, f);
    }
    return f;
  };
  const percentFormat = (decimals: number) => {
    let f = percentFormats.get(decimals);
    if (!f) {
      f = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      percentFormats.set(decimals, f);
    }
    return f;
  };
  const inputs = [2, 4].map((digits) => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: digits }));
  const plainInput = (value: number, digits: 2 | 4) => inputs[digits === 2 ? 0 : 1].format(unsignedZero(value, digits)).replace('\u2212', '-');

  return {
    lang,
    amount: (value, unit) => amountFormat(amountDecimals(unit)).format(unsignedZero(value, amountDecimals(unit))),
    amountWithUnit(value, unit) {
      return `${this.amount(value, unit)}\u00a0${UNIT_NAMES[lang][unit]}`;
    },
    unitName: (unit) => UNIT_NAMES[lang][unit],
    decimal: (value, decimals) => amountFormat(decimals).format(unsignedZero(value, decimals)),
    percent: (fraction, decimals = 1) => percentFormat(decimals).format(unsignedZero(fraction, decimals + 2)),
    percentInput: (fraction) => plainInput(Number((fraction * 100).toFixed(4)), 2),
    decimalInput: (value) => plainInput(value, 4),
    parsePercent(text) {
      const body = text.trim().replace(/%$/, '');
      const n = parseNumberText(body);
      return n === undefined ? undefined : Number(`${n}e-2`);
    },
    parseDecimal: (text) => parseNumberText(text),
  };
}
