import { Language, Unit } from '../engine';

/** Decimals shown for amounts: millions get one decimal, thousands and kronor none. */
export function amountDecimals(unit: Unit): number {
  return unit === 'mnkr' ? 1 : 0;
}

/**
 * A number the way the language writes it: Swedish "1 234,5" (space between thousands, decimal
 * comma), English "1,234.5". The minus is the ASCII hyphen so that pasted figures stay numbers;
 * a value that rounds to zero is shown without a sign.
 */
export function formatNumber(value: number, decimals: number, lang: Language): string {
  if (Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const fixed = Math.abs(value).toFixed(decimals);
  const negative = value < 0 && Number(fixed) !== 0;
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
  const decimalMark = lang === 'sv' ? ',' : '.';
  return (negative ? '-' : '') + grouped + (frac === undefined ? '' : decimalMark + frac);
}

/** An amount in the model's unit, with the unit's decimals. */
export function formatAmount(value: number, unit: Unit, lang: Language): string {
  return formatNumber(value, amountDecimals(unit), lang);
}

/** A fraction shown as percent: Swedish "2,9 %", English "2.9%". */
export function formatPercent(fraction: number, lang: Language, decimals = 1): string {
  const n = formatNumber(fraction * 100, decimals, lang);
  return lang === 'sv' ? `${n} %` : `${n}%`;
}

/** A percent with as few decimals as the value needs, at most two: "1 %", "0,5 %", "0,84 %". */
export function formatPercentCompact(fraction: number, lang: Language): string {
  const hundredths = Math.round(fraction * 10000);
  const decimals = hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2;
  return formatPercent(fraction, lang, decimals);
}
