import { ProblemCode } from './problems';
import { describeValue } from './describe';
import { parseNumberText, parseRate } from './rates';

/** What one numeric value in the model file must be. */
export interface NumberRule {
  /** Names the value in messages: "labour share". */
  label: string;
  /** 'rate' also reads percent text ("1,5 %" = 0.015); 'number' reads plain numeric text only. */
  kind: 'rate' | 'number';
  integer?: boolean;
  accept?: (n: number) => boolean;
  /** Completes "<label> must be ...", e.g. "between 0 and 1 (0 %–100 %)". */
  expect?: string;
  /** Code for a value that `accept` refuses; 'range' unless told. */
  code?: ProblemCode;
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; code: ProblemCode; message: string };

const SHARE = 'between 0 and 1 (0 %–100 %)';
const ABOVE_MINUS_ONE = 'greater than -1 (-100 %)';
const YEAR = 'a whole number (a year such as 2026)';

const share = (label: string): NumberRule => ({ label, kind: 'rate', accept: (n) => n >= 0 && n <= 1, expect: SHARE });
const growth = (label: string): NumberRule => ({ label, kind: 'rate', accept: (n) => n > -1, expect: ABOVE_MINUS_ONE });
const amount = (label: string): NumberRule => ({ label, kind: 'number' });

export const RULES = {
  schemaVersion: {
    label: 'schema version',
    kind: 'number',
    accept: (n) => n === 1,
    expect: '1, the only schema version this program reads',
    code: 'schema-version',
  },
  baseYear: { label: 'base year', kind: 'number', integer: true, expect: YEAR },
  year: { label: 'year', kind: 'number', integer: true, expect: YEAR },
  horizon: {
    label: 'horizon',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 1 && n <= 15,
    expect: 'a whole number of years from 1 to 15',
  },
  taxBase: { label: 'tax base', kind: 'number', accept: (n) => n > 0, expect: 'greater than 0' },
  taxRate: {
    label: 'tax rate',
    kind: 'number',
    accept: (n) => n > 0 && n < 100,
    expect: 'greater than 0 and less than 100 (kr per 100 kr, such as 21.5)',
  },
  target: {
    label: 'surplus target',
    kind: 'rate',
    accept: (n) => n > -1 && n < 1,
    expect: 'greater than -1 and less than 1 (a fraction such as 0.03 for 3 %)',
  },
  windowBack: {
    label: 'window back',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 0,
    expect: 'a whole number of years, 0 or more',
  },
  windowForward: {
    label: 'window forward',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 1,
    expect: 'a whole number of years, 1 or more',
  },
  repaymentYears: {
    label: 'repayment years',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 1,
    expect: 'a whole number of years, 1 or more',
  },
  surplusShare: share('surplus share'),
  deficitShare: share('deficit share'),
  surplusCap: share('surplus cap'),
  deficitCap: share('deficit cap'),
  labourShare: share('labour share'),
  compensation: share('compensation share'),
  efficiency: {
    label: 'efficiency requirement',
    kind: 'rate',
    accept: (n) => n >= -1 && n <= 1,
    expect: 'between -1 and 1 (-100 %–100 %)',
  },
  taxBaseGrowth: growth('tax base growth'),
  wageIndex: growth('wage index'),
  priceIndex: growth('price index'),
  demography: growth('demography'),
  deviation: growth('deviation'),
  frame: { label: 'committee frame', kind: 'number', accept: (n) => n > 0, expect: 'greater than 0' },
  historyRevenue: {
    label: 'revenue',
    kind: 'number',
    accept: (n) => n > 0,
    expect: 'greater than 0',
    code: 'revenue-not-positive',
  },
  historyResult: amount('result'),
  grants: amount('grants'),
  financialNet: amount('financial net'),
  centralCosts: amount('central costs'),
  openingCarryIn: amount('opening carry-in'),
  initiative: amount('initiative'),
} satisfies Record<string, NumberRule>;

function readNumber(raw: unknown, kind: NumberRule['kind']): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string') return kind === 'rate' ? parseRate(raw) : parseNumberText(raw);
  return undefined;
}

function typeMessage(raw: unknown, rule: NumberRule): string {
  const got = describeValue(raw);
  if (rule.kind === 'rate') return `${rule.label} must be a number or a percentage such as "1,5 %", got ${got}`;
  if (typeof raw === 'string' && raw.includes('%')) {
    return `${rule.label} must be a plain number, not a percentage, got ${got}`;
  }
  return `${rule.label} must be a number, got ${got}`;
}

/** Reads a present (not null, not undefined) value against its rule. */
export function judgeNumber(raw: unknown, rule: NumberRule): Verdict<number> {
  const value = readNumber(raw, rule.kind);
  if (value === undefined) return { ok: false, code: 'type', message: typeMessage(raw, rule) };
  const got = typeof raw === 'string' ? `${describeValue(raw)} (${value})` : String(value);
  if (rule.integer && !Number.isInteger(value)) {
    return { ok: false, code: 'integer', message: `${rule.label} must be ${rule.expect ?? 'a whole number'}, got ${got}` };
  }
  if (rule.accept && !rule.accept(value)) {
    return { ok: false, code: rule.code ?? 'range', message: `${rule.label} must be ${rule.expect}, got ${got}` };
  }
  return { ok: true, value };
}

/** The value when it is present and valid, otherwise undefined: for checks that look across fields. */
export function validNumber(raw: unknown, rule: NumberRule): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  const verdict = judgeNumber(raw, rule);
  return verdict.ok ? verdict.value : undefined;
}
