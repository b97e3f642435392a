import type { Language } from '../engine/types';
import { ProblemCode } from './problems';
import { describeValue, describeValueSv, swedishNumber } from './describe';
import { parseNumberText, parseRate } from './rates';

/** What one numeric value in the model file must be. */
export interface NumberRule {
  /** Names the value in messages: "labour share". */
  label: string;
  /** Names the value in Swedish messages, as the subject of a sentence: "personalkostnadsandelen". */
  labelSv: string;
  /** 'rate' also reads percent text ("1,5 %" = 0.015); 'number' reads plain numeric text only. */
  kind: 'rate' | 'number';
  integer?: boolean;
  accept?: (n: number) => boolean;
  /** Completes "<label> must be ...", e.g. "between 0 and 1 (0 %–100 %)". */
  expect?: string;
  /** Completes "<labelSv> måste vara ...", e.g. "mellan 0 och 1 (0 %–100 %)". */
  expectSv?: string;
  /** Code for a value that `accept` refuses; 'range' unless told. */
  code?: ProblemCode;
  /** A calendar year: at most four digits, and a date typed in its place is reported as a date. */
  year?: true;
}

/** A refusal's sentence in English (`message`) and in Swedish (`sv`), with the same facts. */
export type Verdict<T> = { ok: true; value: T } | { ok: false; code: ProblemCode; message: string; sv: string };

const SHARE = 'between 0 and 1 (0 %–100 %)';
const SHARE_SV = 'mellan 0 och 1 (0 %–100 %)';
const ABOVE_MINUS_ONE = 'greater than -1 (-100 %)';
const ABOVE_MINUS_ONE_SV = 'större än -1 (-100 %)';
const YEAR = 'a whole number (a year such as 2026)';
const YEAR_SV = 'ett heltal (ett årtal som 2026)';
/**
 * The longest rolling window (years back, years forward) and repayment period. The engine's work grows
 * with them, and no municipal plan looks further: a bound keeps a typo such as 1e9 from hanging it.
 */
export const MAX_SPAN_YEARS = 50;
const WHOLE_YEARS_FROM_ONE = `a whole number of years from 1 to ${MAX_SPAN_YEARS}`;
const WHOLE_YEARS_FROM_ONE_SV = `ett helt antal år från 1 till ${MAX_SPAN_YEARS}`;

const share = (label: string, labelSv: string): NumberRule => ({
  label,
  labelSv,
  kind: 'rate',
  accept: (n) => n >= 0 && n <= 1,
  expect: SHARE,
  expectSv: SHARE_SV,
});
const growth = (label: string, labelSv: string): NumberRule => ({
  label,
  labelSv,
  kind: 'rate',
  accept: (n) => n > -1,
  expect: ABOVE_MINUS_ONE,
  expectSv: ABOVE_MINUS_ONE_SV,
});
const amount = (label: string, labelSv: string): NumberRule => ({ label, labelSv, kind: 'number' });

export const RULES = {
  schemaVersion: {
    label: 'schema version',
    labelSv: 'modellversionen',
    kind: 'number',
    accept: (n) => n === 1 || n === 2,
    expect: '1 or 2, the schema versions this program reads',
    expectSv: '1 eller 2, de modellversioner som programmet läser',
    code: 'schema-version',
  },
  baseYear: { label: 'base year', labelSv: 'basåret', kind: 'number', integer: true, year: true, expect: YEAR, expectSv: YEAR_SV },
  year: { label: 'year', labelSv: 'året', kind: 'number', integer: true, year: true, expect: YEAR, expectSv: YEAR_SV },
  horizon: {
    label: 'horizon',
    labelSv: 'antalet planår',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 1 && n <= 15,
    expect: 'a whole number of years from 1 to 15',
    expectSv: 'ett helt antal år från 1 till 15',
  },
  taxBase: { label: 'tax base', labelSv: 'skatteunderlaget', kind: 'number', accept: (n) => n > 0, expect: 'greater than 0', expectSv: 'större än 0' },
  taxRate: {
    label: 'tax rate',
    labelSv: 'skattesatsen',
    kind: 'number',
    accept: (n) => n > 0 && n < 100,
    expect: 'greater than 0 and less than 100 (kr per 100 kr, such as 21.5)',
    expectSv: 'större än 0 och mindre än 100 (kr per 100 kr, till exempel 21,5)',
  },
  target: {
    label: 'surplus target',
    labelSv: 'resultatmålet',
    kind: 'rate',
    accept: (n) => n > -1 && n < 1,
    expect: 'greater than -1 and less than 1 (a fraction such as 0.03 for 3 %)',
    expectSv: 'större än -1 och mindre än 1 (en andel, till exempel 0,03 för 3 %)',
  },
  windowBack: {
    label: 'window back',
    labelSv: 'antalet år bakåt i målperioden',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 0 && n <= MAX_SPAN_YEARS,
    expect: `a whole number of years from 0 to ${MAX_SPAN_YEARS}`,
    expectSv: `ett helt antal år från 0 till ${MAX_SPAN_YEARS}`,
  },
  windowForward: {
    label: 'window forward',
    labelSv: 'antalet år framåt i målperioden',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 1 && n <= MAX_SPAN_YEARS,
    expect: WHOLE_YEARS_FROM_ONE,
    expectSv: WHOLE_YEARS_FROM_ONE_SV,
  },
  repaymentYears: {
    label: 'repayment years',
    labelSv: 'antalet år för återbetalning',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 1 && n <= MAX_SPAN_YEARS,
    expect: WHOLE_YEARS_FROM_ONE,
    expectSv: WHOLE_YEARS_FROM_ONE_SV,
  },
  surplusShare: share('surplus share', 'andelen överskott som förs över'),
  deficitShare: share('deficit share', 'andelen underskott som förs över'),
  surplusCap: share('surplus cap', 'taket för överskott'),
  deficitCap: share('deficit cap', 'taket för underskott'),
  labourShare: share('labour share', 'personalkostnadsandelen'),
  compensation: share('compensation share', 'kompensationsgraden'),
  efficiency: {
    label: 'efficiency requirement',
    labelSv: 'effektiviseringskravet',
    kind: 'rate',
    accept: (n) => n >= -1 && n <= 1,
    expect: 'between -1 and 1 (-100 %–100 %)',
    expectSv: 'mellan -1 och 1 (-100 %–100 %)',
  },
  taxBaseGrowth: growth('tax base growth', 'skatteunderlagets ökning'),
  wageIndex: growth('wage index', 'löneökningen'),
  priceIndex: growth('price index', 'prisökningen'),
  demography: growth('demography', 'demografiförändringen'),
  deviation: growth('deviation', 'budgetavvikelsen'),
  frame: { label: 'committee frame', labelSv: 'nämndens ram', kind: 'number', accept: (n) => n > 0, expect: 'greater than 0', expectSv: 'större än 0' },
  historyRevenue: {
    label: 'revenue',
    labelSv: 'intäkterna',
    kind: 'number',
    accept: (n) => n > 0,
    expect: 'greater than 0',
    expectSv: 'större än 0',
    code: 'revenue-not-positive',
  },
  historyResult: amount('result', 'resultatet'),
  grants: amount('grants', 'generella statsbidrag och utjämning'),
  financialNet: amount('financial net', 'finansnettot'),
  centralCosts: amount('central costs', 'de centrala kostnaderna'),
  openingCarryIn: amount('opening carry-in', 'den ingående överföringen'),
  initiative: amount('initiative', 'satsningen'),
} satisfies Record<string, NumberRule>;

/**
 * The language number text is read in ("1,045" is 1045 in English, 1.045 in Swedish): the model's
 * own, set by the parser for the duration of one synchronous parse.
 */
let textLanguage: Language = 'sv';

export function readingNumbersAs<T>(language: Language, parse: () => T): T {
  const before = textLanguage;
  textLanguage = language;
  try {
    return parse();
  } finally {
    textLanguage = before;
  }
}

function readNumber(raw: unknown, kind: NumberRule['kind']): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string') return kind === 'rate' ? parseRate(raw, textLanguage) : parseNumberText(raw, textLanguage);
  return undefined;
}

/** Text that Swedish reads as a number but English does not: "1,5", "1,5 %". */
function swedishLooking(raw: unknown, kind: NumberRule['kind']): raw is string {
  if (textLanguage !== 'en' || typeof raw !== 'string' || !raw.includes(',')) return false;
  return (kind === 'rate' ? parseRate(raw, 'sv') : parseNumberText(raw, 'sv')) !== undefined;
}

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const isDateText = (raw: unknown): raw is string => typeof raw === 'string' && DATE_TEXT.test(raw.trim());
const YEAR_EXAMPLE = 'a year such as 2026';
const YEAR_EXAMPLE_SV = 'ett årtal som 2026';
/** Excel's last date, 9999-12-31, as a day number. */
const LAST_SERIAL = 2_958_465;

/** A spreadsheet's day number (1900 date system, as Excel and LibreOffice count) as "2028-01-01". */
function serialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function typeMessage(raw: unknown, rule: NumberRule): string {
  const got = describeValue(raw);
  if (rule.year && isDateText(raw)) return `${rule.label} must be ${YEAR_EXAMPLE}, got ${got}: a date, not a year`;
  if (swedishLooking(raw, rule.kind)) {
    return `${rule.label} must be a number written the English way (the model's language is "en"): a point before the decimals and commas between thousands, such as ${rule.kind === 'rate' ? '"1.5%"' : '"1,234.5"'}, got ${got}`;
  }
  if (rule.kind === 'rate') return `${rule.label} must be a number or a percentage such as ${textLanguage === 'en' ? '"1.5%"' : '"1,5 %"'}, got ${got}`;
  if (typeof raw === 'string' && raw.includes('%')) {
    return `${rule.label} must be a plain number, not a percentage, got ${got}`;
  }
  return `${rule.label} must be a number, got ${got}`;
}

function typeMessageSv(raw: unknown, rule: NumberRule): string {
  const got = describeValueSv(raw);
  if (rule.year && isDateText(raw)) return `${rule.labelSv} måste vara ${YEAR_EXAMPLE_SV}, men är ${got}: ett datum, inte ett år`;
  if (swedishLooking(raw, rule.kind)) {
    return `${rule.labelSv} måste vara ett tal skrivet på engelskt sätt (modellens språk är "en"): punkt före decimalerna och kommatecken mellan tusental, till exempel ${rule.kind === 'rate' ? '"1.5%"' : '"1,234.5"'}, men är ${got}`;
  }
  if (rule.kind === 'rate') return `${rule.labelSv} måste vara ett tal eller en procentsats som ${textLanguage === 'en' ? '"1.5%"' : '"1,5 %"'}, men är ${got}`;
  if (typeof raw === 'string' && raw.includes('%')) {
    return `${rule.labelSv} måste vara ett vanligt tal, inte en procentsats, men är ${got}`;
  }
  return `${rule.labelSv} måste vara ett tal, men är ${got}`;
}

/** A whole number that cannot be a year: more than four digits, or below 1; a day number shown as its date. */
function judgeYear(value: number, got: string, gotSv: string, rule: NumberRule): Verdict<number> | undefined {
  if (value >= 1 && value <= 9999) return undefined;
  const date = value > 9999 && value <= LAST_SERIAL ? `"${serialDate(value)}"` : undefined;
  return {
    ok: false,
    code: 'range',
    message: `${rule.label} must be ${YEAR_EXAMPLE}, got ${got}${date ? `, which a spreadsheet shows as the date ${date}: a date, not a year` : ''}`,
    sv: `${rule.labelSv} måste vara ${YEAR_EXAMPLE_SV}, men är ${gotSv}${date ? `, som ett kalkylark visar som datumet ${date}: ett datum, inte ett år` : ''}`,
  };
}

/** Reads a present (not null, not undefined) value against its rule. */
export function judgeNumber(raw: unknown, rule: NumberRule): Verdict<number> {
  const value = readNumber(raw, rule.kind);
  if (value === undefined) return { ok: false, code: 'type', message: typeMessage(raw, rule), sv: typeMessageSv(raw, rule) };
  const got = typeof raw === 'string' ? `${describeValue(raw)} (${value})` : String(value);
  const gotSv = typeof raw === 'string' ? `${describeValueSv(raw)} (${swedishNumber(value)})` : swedishNumber(value);
  if (rule.integer && !Number.isInteger(value)) {
    return {
      ok: false,
      code: 'integer',
      message: `${rule.label} must be ${rule.expect ?? 'a whole number'}, got ${got}`,
      sv: `${rule.labelSv} måste vara ${rule.expectSv ?? 'ett heltal'}, men är ${gotSv}`,
    };
  }
  const notYear = rule.year ? judgeYear(value, got, gotSv, rule) : undefined;
  if (notYear) return notYear;
  if (rule.accept && !rule.accept(value)) {
    return {
      ok: false,
      code: rule.code ?? 'range',
      message: `${rule.label} must be ${rule.expect}, got ${got}`,
      sv: `${rule.labelSv} måste vara ${rule.expectSv}, men är ${gotSv}`,
    };
  }
  return { ok: true, value };
}

/** The value when it is present and valid, otherwise undefined: for checks that look across fields. */
export function validNumber(raw: unknown, rule: NumberRule): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  const verdict = judgeNumber(raw, rule);
  return verdict.ok ? verdict.value : undefined;
}
