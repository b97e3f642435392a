import { fileFormula } from '../../../src/renderers/xlsx/formula';

describe('fileFormula', () => {
  test.each([
    ['SUM(A1:A3)', 'SUM(A1:A3)'],
    ['IFNA(A1,0)+ifs(A1>0,1)', '_xlfn.IFNA(A1,0)+_xlfn.IFS(A1>0,1)'],
    ['MAXIFS(B:B,C:C,1)-MINIFS(B:B,C:C,1)', '_xlfn.MAXIFS(B:B,C:C,1)-_xlfn.MINIFS(B:B,C:C,1)'],
    ['FILTER(A1:A3,B1:B3)', '_xlfn._xlws.FILTER(A1:A3,B1:B3)'],
    ['_xlfn.IFS(A1,1)', '_xlfn.IFS(A1,1)'],
    ['XIFS(1)+MY.IFS(2)', 'XIFS(1)+MY.IFS(2)'],
  ])('%s -> %s', (input, expected) => {
    expect(fileFormula(input)).toBe(expected);
  });

  test('leaves string literals and quoted sheet names alone', () => {
    expect(fileFormula(`'IFS(x'!A1+MAXIFS(B:B,C:C,"IFS(")`)).toBe(`'IFS(x'!A1+_xlfn.MAXIFS(B:B,C:C,"IFS(")`);
    expect(fileFormula(`A1&"it""s IFNA("&IFNA(1,2)`)).toBe(`A1&"it""s IFNA("&_xlfn.IFNA(1,2)`);
    expect(fileFormula(`'O''Brien IFS('!A1*IFS(1,2)`)).toBe(`'O''Brien IFS('!A1*_xlfn.IFS(1,2)`);
  });

  test('refuses a formula written with its leading "="', () => {
    expect(() => fileFormula('=A1')).toThrow(/no leading '='/);
  });
});
