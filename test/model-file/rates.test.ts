import { parseNumberText, parseRate } from '../../src/model-file';

const NBSP = '\u00a0';
const THIN = '\u2009';
const NARROW_NBSP = '\u202f';
const MINUS = '\u2212';

describe('parseRate', () => {
  test.each<[string, number]>([
    ['1,5 %', 0.015],
    ['1,5%', 0.015],
    ['1.5 %', 0.015],
    [`1,5${NBSP}%`, 0.015],
    [`1,5${THIN}%`, 0.015],
    [`1,5${NARROW_NBSP}%`, 0.015],
    [`${MINUS}0,5 %`, -0.005],
    ['-0,5 %', -0.005],
    ['+2 %', 0.02],
    ['3,2 %', 0.032],
    ['100 %', 1],
    ['0 %', 0],
    ['-0 %', 0],
    ['  2,75 %  ', 0.0275],
    ['0,015', 0.015],
    ['0.015', 0.015],
    ['1', 1],
    [`${MINUS}0,01`, -0.01],
    [`1${NBSP}000 %`, 10],
  ])('%j reads as %p', (text, expected) => {
    expect(parseRate(text)).toBe(expected);
  });

  test.each(['', ' ', '%', 'abc', '1,5 procent', '1,5 %%', '%1,5', '1,5 % 2', '1.234,5 %', '1,2,3', '1e-2', ',5 %', '5, %', '12 34 %', '1,5 kr'])(
    '%j is refused',
    (text) => {
      expect(parseRate(text)).toBeUndefined();
    },
  );
});

describe('parseNumberText', () => {
  test.each<[string, number]>([
    ['1 234,5', 1234.5],
    [`1${NBSP}234,5`, 1234.5],
    [`1${THIN}234${THIN}567`, 1234567],
    ['21,50', 21.5],
    ['21.50', 21.5],
    ['14000', 14000],
    ['-10', -10],
    [`${MINUS}10,5`, -10.5],
    ['+3', 3],
    [' 7 ', 7],
    ['0', 0],
    ['-0', 0],
  ])('%j reads as %p', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  test.each(['1,5 %', '1,5%', '12 kr', 'abc', '', '1.234,5', '1,234.5', '12 34', '1 2345', '1e3', 'NaN', 'Infinity', '0x10', '(5)'])(
    '%j is refused',
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );
});
