import { formatTable, wrap } from '../../src/cli/format-table';
import { formatAmount, formatNumber, formatPercent, formatPercentCompact } from '../../src/cli/numbers';

describe('numbers as each language writes them', () => {
  test.each([
    [1234.5, 1, 'sv', '1 234,5'],
    [1234.5, 1, 'en', '1,234.5'],
    [-1234567.25, 2, 'sv', '-1 234 567,25'],
    [-1234567.25, 2, 'en', '-1,234,567.25'],
    [999.96, 1, 'sv', '1 000,0'],
    [12, 0, 'sv', '12'],
    [-0.04, 1, 'sv', '0,0'],
    [0, 1, 'en', '0.0'],
  ] as const)('%p with %p decimals in %s is %p', (value, decimals, lang, expected) => {
    expect(formatNumber(value, decimals, lang)).toBe(expected);
  });

  test('amounts: one decimal for mnkr, none for tkr and kr', () => {
    expect(formatAmount(4577.64, 'mnkr', 'sv')).toBe('4 577,6');
    expect(formatAmount(4577640.4, 'tkr', 'sv')).toBe('4 577 640');
    expect(formatAmount(4577640.4, 'kr', 'en')).toBe('4,577,640');
  });

  test('percent: "2,9 %" in Swedish, "2.9%" in English', () => {
    expect(formatPercent(0.029, 'sv')).toBe('2,9 %');
    expect(formatPercent(0.029, 'en')).toBe('2.9%');
    expect(formatPercent(0.0084, 'sv', 2)).toBe('0,84 %');
    expect(formatPercent(-0.012, 'en')).toBe('-1.2%');
  });

  test('compact percent uses the decimals the value needs', () => {
    expect(formatPercentCompact(0.5, 'sv')).toBe('50 %');
    expect(formatPercentCompact(0.01, 'en')).toBe('1%');
    expect(formatPercentCompact(0.015, 'sv')).toBe('1,5 %');
    expect(formatPercentCompact(0.0084, 'sv')).toBe('0,84 %');
  });

  test('non-finite values are shown, not thrown', () => {
    expect(formatNumber(NaN, 1, 'sv')).toBe('–');
    expect(formatNumber(-Infinity, 1, 'en')).toBe('-∞');
  });
});

describe('plain-text tables', () => {
  test('pads columns, right-aligns all but the first, and draws a line under the header', () => {
    expect(formatTable({ header: ['', '2027', '2028'], rows: [['Intäkter', '4 577,6', '10,0'], ['Mål nått', 'ja', 'nej']] })).toEqual([
      '             2027  2028',
      '-----------------------',
      'Intäkter  4 577,6  10,0',
      'Mål nått       ja   nej',
    ]);
  });

  test('wraps paragraphs at spaces', () => {
    expect(wrap('aaa bbb ccc ddd', 7)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrap('ordet-som-är-för-långt kort', 10)).toEqual(['ordet-som-är-för-långt', 'kort']);
  });
});
