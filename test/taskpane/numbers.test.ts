import { numberFormats } from '../../src/taskpane/i18n/numbers';
import { languageFromDisplay } from '../../src/taskpane/i18n/language';

const NBSP = '\u00a0';
const sv = numberFormats('sv');
const en = numberFormats('en');

describe('numbers the way the language writes them', () => {
  test('Swedish amounts group thousands with a space and use a decimal comma, with the unit', () => {
    expect(sv.amountWithUnit(1234.5, 'mnkr')).toBe(`1${NBSP}234,5${NBSP}mnkr`);
    expect(sv.amount(1234.5, 'mnkr')).toBe(`1${NBSP}234,5`);
    expect(sv.amount(1234.5, 'tkr')).toBe(`1${NBSP}235`);
  });

  test('English amounts group with a comma and use a decimal point', () => {
    expect(en.amount(1234.5, 'mnkr')).toBe('1,234.5');
    expect(en.amountWithUnit(1234.5, 'mnkr')).toBe(`1,234.5${NBSP}mnkr`);
  });

  test('percent: "1,0 %" in Swedish, "1.0%" in English', () => {
    expect(sv.percent(0.01)).toBe(`1,0${NBSP}%`);
    expect(en.percent(0.01)).toBe('1.0%');
    expect(sv.percent(0.02345, 2)).toBe(`2,35${NBSP}%`);
  });

  test('a value that rounds to zero has no minus sign', () => {
    expect(sv.percent(-0.00001)).toBe(`0,0${NBSP}%`);
    expect(en.amount(-0.01, 'mnkr')).toBe('0.0');
  });

  test('negative values keep their sign', () => {
    expect(sv.amount(-12.3, 'mnkr')).toMatch(/^[-\u2212]12,3$/);
    expect(en.percent(-0.015)).toBe('-1.5%');
  });

  test('input fields show as many decimals as needed, without grouping', () => {
    expect(sv.percentInput(0.01)).toBe('1');
    expect(sv.percentInput(0.0135)).toBe('1,35');
    expect(en.percentInput(0.0135)).toBe('1.35');
    expect(sv.decimalInput(21.45)).toBe('21,45');
    expect(sv.decimalInput(1234.5)).toBe('1234,5');
    expect(sv.percentInput(-0.005)).toBe('-0,5');
    expect(sv.percentInput(0.0179937)).toBe('1,8');
    expect(sv.decimalInput(21.12345)).toBe('21,1235');
  });

  test('typed numbers are read with a comma or a point, with or without a percent sign', () => {
    expect(sv.parsePercent('1,5')).toBe(0.015);
    expect(sv.parsePercent('1.5')).toBe(0.015);
    expect(sv.parsePercent('1,5 %')).toBe(0.015);
    expect(en.parsePercent('−0.5%')).toBe(-0.005);
    expect(sv.parsePercent('3,2')).toBe(0.032);
    expect(sv.parseDecimal('21,45')).toBe(21.45);
    expect(sv.parsePercent('abc')).toBeUndefined();
    expect(sv.parsePercent('')).toBeUndefined();
    expect(sv.parseDecimal('1,5 %')).toBeUndefined();
  });
});

describe("Office's display language", () => {
  test.each([
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['SV', 'sv'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fi-FI', 'en'],
    ['de-DE', 'en'],
    ['', 'sv'],
    [undefined, 'sv'],
  ])('%s -> %s', (display, lang) => {
    expect(languageFromDisplay(display)).toBe(lang);
  });
});
