/**
 * What each numeric value that version 2 of the model file adds must be (see "Inputs, version 2" in
 * the model definition). Kept apart from rules.ts so that version 1's rules read as they always have.
 */
import { NumberRule } from './rules';

const SHARE = 'between 0 and 1 (0 %–100 %)';
const SHARE_SV = 'mellan 0 och 1 (0 %–100 %)';
const NOT_NEGATIVE = '0 or more';
const NOT_NEGATIVE_SV = '0 eller mer';
const POSITIVE = 'greater than 0';
const POSITIVE_SV = 'större än 0';

const share = (label: string, labelSv: string): NumberRule => ({
  label,
  labelSv,
  kind: 'rate',
  accept: (n) => n >= 0 && n <= 1,
  expect: SHARE,
  expectSv: SHARE_SV,
});
const amount = (label: string, labelSv: string): NumberRule => ({ label, labelSv, kind: 'number' });
const notNegative = (label: string, labelSv: string, kind: NumberRule['kind'] = 'number'): NumberRule => ({
  label,
  labelSv,
  kind,
  accept: (n) => n >= 0,
  expect: NOT_NEGATIVE,
  expectSv: NOT_NEGATIVE_SV,
});
const positive = (label: string, labelSv: string): NumberRule => ({
  label,
  labelSv,
  kind: 'number',
  accept: (n) => n > 0,
  expect: POSITIVE,
  expectSv: POSITIVE_SV,
});

export const RULES_V2 = {
  interestRate: {
    label: 'interest rate',
    labelSv: 'räntan',
    kind: 'rate',
    accept: (n) => n > -1,
    expect: 'greater than -1 (-100 %)',
    expectSv: 'större än -1 (-100 %)',
  },
  depreciation: amount('depreciation', 'avskrivningen'),
  balanceAdjustments: amount('balance adjustments', 'balanskravsjusteringarna'),
  debt: amount('net debt', 'nettoskulden'),
  life: {
    label: 'life',
    labelSv: 'livslängden',
    kind: 'number',
    integer: true,
    accept: (n) => n >= 1,
    expect: 'a whole number of years, 1 or more',
    expectSv: 'ett helt antal år, 1 eller fler',
  },
  spend: notNegative('spend', 'utgiften'),
  effect: amount('project effect', 'projektets effekt'),
  count: notNegative('population count', 'befolkningsantalet'),
  weight: notNegative('demography weight', 'demografivikten'),
  costPerFte: positive('cost per FTE', 'kostnaden per årsarbetare'),
  openingBalance: notNegative('opening reserve balance', 'reservens ingående saldo'),
  threshold: share('reserve threshold', 'reservens tröskel'),
  cap: share('reserve cap', 'reservens tak'),
  deposit: share('deposit share', 'andelen som sätts av till reserven'),
  restorationAmount: positive('amount to restore', 'beloppet att återställa'),
  investmentScale: notNegative('investment scale', 'investeringsvolymen', 'rate'),
  sd: notNegative('standard deviation', 'standardavvikelsen', 'rate'),
  persistence: {
    label: 'persistence',
    labelSv: 'persistensen',
    kind: 'number',
    accept: (n) => n >= 0 && n < 1,
    expect: 'at least 0 and less than 1',
    expectSv: 'minst 0 och mindre än 1',
  },
} satisfies Record<string, NumberRule>;
