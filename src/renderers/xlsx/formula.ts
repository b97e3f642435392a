/**
 * Formulas as the .xlsx file stores them. The description holds formulas as typed in Excel (and as
 * Office.js takes them); the file format differs in one way that matters: functions added after
 * Excel 2007 are stored with an "_xlfn." prefix. Without it Excel shows #NAME? until the formula is
 * re-entered, and LibreOffice does not recognise the function either.
 */

const XLFN = [
  'ACOT', 'ACOTH', 'AGGREGATE', 'ARABIC', 'BASE', 'BETA.DIST', 'BETA.INV', 'BINOM.DIST', 'BINOM.DIST.RANGE',
  'BINOM.INV', 'BITAND', 'BITLSHIFT', 'BITOR', 'BITRSHIFT', 'BITXOR', 'CEILING.MATH', 'CEILING.PRECISE',
  'CHISQ.DIST', 'CHISQ.DIST.RT', 'CHISQ.INV', 'CHISQ.INV.RT', 'CHISQ.TEST', 'COMBINA', 'CONCAT',
  'CONFIDENCE.NORM', 'CONFIDENCE.T', 'COT', 'COTH', 'COVARIANCE.P', 'COVARIANCE.S', 'CSC', 'CSCH', 'DAYS',
  'DECIMAL', 'ERF.PRECISE', 'ERFC.PRECISE', 'EXPON.DIST', 'F.DIST', 'F.DIST.RT', 'F.INV', 'F.INV.RT', 'F.TEST',
  'FLOOR.MATH', 'FLOOR.PRECISE', 'FORMULATEXT', 'GAMMA', 'GAMMA.DIST', 'GAMMA.INV', 'GAMMALN.PRECISE', 'GAUSS',
  'HYPGEOM.DIST', 'IFNA', 'IFS', 'IMCOSH', 'IMCOT', 'IMCSC', 'IMCSCH', 'IMSEC', 'IMSECH', 'IMSINH', 'IMTAN',
  'ISFORMULA', 'ISOWEEKNUM', 'LET', 'LOGNORM.DIST', 'LOGNORM.INV', 'MAXIFS', 'MINIFS', 'MODE.MULT', 'MODE.SNGL',
  'NEGBINOM.DIST', 'NETWORKDAYS.INTL', 'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'NUMBERVALUE',
  'PDURATION', 'PERCENTILE.EXC', 'PERCENTILE.INC', 'PERCENTRANK.EXC', 'PERCENTRANK.INC', 'PERMUTATIONA', 'PHI',
  'POISSON.DIST', 'QUARTILE.EXC', 'QUARTILE.INC', 'RANDARRAY', 'RANK.AVG', 'RANK.EQ', 'RRI', 'SEC', 'SECH',
  'SEQUENCE', 'SHEET', 'SHEETS', 'SKEW.P', 'SORTBY', 'STDEV.P', 'STDEV.S', 'SWITCH', 'T.DIST', 'T.DIST.2T',
  'T.DIST.RT', 'T.INV', 'T.INV.2T', 'T.TEST', 'TEXTJOIN', 'UNICHAR', 'UNICODE', 'UNIQUE', 'VAR.P', 'VAR.S',
  'WEIBULL.DIST', 'WORKDAY.INTL', 'XLOOKUP', 'XMATCH', 'XOR', 'Z.TEST',
];
/** Dynamic-array functions Excel stores with a second, worksheet-function prefix. */
const XLWS = ['FILTER', 'SORT'];

const PREFIX = new Map<string, string>([
  ...XLFN.map((f): [string, string] => [f, '_xlfn.']),
  ...XLWS.map((f): [string, string] => [f, '_xlfn._xlws.']),
]);

const FUNCTION_CALL = /([A-Za-z_][A-Za-z0-9_.]*)\(/g;
/** A quick test that spares the full scan for the many formulas that call none of these functions. */
const MAY_NEED_PREFIX = new RegExp(`(${[...PREFIX.keys()].map((f) => f.replace(/\./g, '\\.')).join('|')})\\(`, 'i');

/** The file form of a description formula: prefixes added, outside string literals and quoted sheet names. */
export function fileFormula(formula: string): string {
  if (formula.startsWith('=')) throw new Error(`a description formula has no leading '=': ${formula}`);
  if (!MAY_NEED_PREFIX.test(formula)) return formula;
  let out = '';
  let start = 0;
  for (let i = 0; i <= formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || i === formula.length) {
      out += prefixCalls(formula.slice(start, i));
      if (i === formula.length) break;
      // A literal runs to the next unpaired quote; a doubled quote is an escaped one.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      start = j + 1;
      i = j;
    }
  }
  return out;
}

function prefixCalls(code: string): string {
  return code.replace(FUNCTION_CALL, (call: string, name: string, offset: number) => {
    const prefix = PREFIX.get(name.toUpperCase());
    const before = offset > 0 ? code[offset - 1] : '';
    return prefix && !/[A-Za-z0-9_.]/.test(before) ? `${prefix}${name.toUpperCase()}(` : call;
  });
}
