/**
 * The budget model (version 1) as TypeScript types. These mirror the model file's JSON keys exactly:
 * the model file is a public contract, so names here are never renamed, only added to.
 * Rates are fractions (0.01 = 1 %). Amounts are in the model's unit and never converted.
 */

export type Unit = 'kr' | 'tkr' | 'mnkr';
export type FrameMode = 'uplift' | 'revenue';
export type Measure = 'ratioOfSums' | 'meanOfRatios';
export type Language = 'sv' | 'en';

/** How a committee's surplus or deficit moves into later years (resultatöverföring). */
export interface CarryOverRule {
  /** Share of a surplus that is carried forward, in [0, 1]. */
  surplusShare: number;
  /** Share of a deficit that must be repaid, in [0, 1]. */
  deficitShare: number;
  /** Largest surplus carried, as a fraction of the committee's frame in the year of the outcome; null = no cap. */
  surplusCap: number | null;
  /** Largest deficit carried, as a fraction of the committee's frame in the year of the outcome; null = no cap. */
  deficitCap: number | null;
  /** A deficit is repaid in equal parts over this many following years (>= 1). */
  repaymentYears: number;
}

export interface HistoryYear {
  year: number;
  revenue: number;
  result: number;
}

export interface PlanYear {
  year: number;
  taxBaseGrowth: number;
  /** Tax rate in kr per 100 kr; absent = the previous year's rate. */
  taxRate?: number;
  grants: number;
  wageIndex: number;
  priceIndex: number;
  financialNet: number;
  centralCosts: number;
  /** Default efficiency requirement for every committee this year. */
  efficiency: number;
  /** Default share of the full price/wage uplift that is granted this year. */
  compensation: number;
}

export interface Committee {
  id: string;
  name: string;
  /** The base year's (Y0) frame. */
  frame: number;
  labourShare: number;
  /** Approved carry-over from Y0 into Y0+1. */
  openingCarryIn?: number;
  /** Keys that override the model's default carry-over rule for this committee. */
  carryOver?: Partial<CarryOverRule>;
}

export interface CommitteeYear {
  committee: string;
  year: number;
  efficiency?: number;
  compensation?: number;
  demography?: number;
  initiative?: number;
  deviation?: number;
}

/** A scenario's year rows: merged into the base rows by year, key by key. */
export type PlanYearOverride = { year: number } & Partial<Omit<PlanYear, 'year'>>;

export interface ScenarioOverrides {
  target?: number;
  frameMode?: FrameMode;
  windowBack?: number;
  windowForward?: number;
  measure?: Measure;
  carryOver?: Partial<CarryOverRule>;
  /** A number: that year default for every plan year. */
  efficiency?: number;
  /** A number: that year default for every plan year. */
  compensation?: number;
  years?: PlanYearOverride[];
  committeeYears?: CommitteeYear[];
}

export interface Scenario {
  name: string;
  overrides: ScenarioOverrides;
}

export interface Model {
  schemaVersion: 1;
  name: string;
  unit: Unit;
  /** Language of labels in written workbooks; 'sv' by default. */
  language?: Language;
  baseYear: number;
  horizon: number;
  /** Y0's tax base. */
  taxBase: number;
  /** Y0's tax rate. */
  taxRate: number;
  target: number;
  windowBack: number;
  windowForward: number;
  measure: Measure;
  frameMode: FrameMode;
  carryOver: CarryOverRule;
  history: HistoryYear[];
  years: PlanYear[];
  committees: Committee[];
  committeeYears: CommitteeYear[];
  scenarios: Scenario[];
}

export const DEFAULT_CARRY_OVER: Readonly<CarryOverRule> = Object.freeze({
  surplusShare: 1,
  deficitShare: 1,
  surplusCap: null,
  deficitCap: null,
  repaymentYears: 1,
});

/** The name the base scenario is reported under. */
export const BASE_SCENARIO_NAME = 'Base';

/**
 * targetMet compares the rolling share with the target allowing this much floating-point slack, so a
 * revenue-driven frame that lands exactly on the target is not reported as missing it by 1e-16.
 * The workbook's formulas use the same constant.
 */
export const TARGET_TOLERANCE = 1e-9;

// ---- Results (the CLI's JSON output keys: a public contract) ----

export interface CommitteeResult {
  id: string;
  name: string;
  /** Per plan year. */
  frame: number[];
  carryIn: number[];
  allowance: number[];
  netCost: number[];
  outcome: number[];
  impliedEfficiency: number[];
  /** L * wageIndex + (1 - L) * priceIndex. */
  fullUplift: number[];
  /** Granted uplift in kr: k * fullUplift * last year's frame (uplift mode; null in revenue mode). */
  grantedUpliftKr: (number | null)[];
  /** Withheld uplift in kr: (1 - k) * fullUplift * last year's frame (uplift mode; null in revenue mode). */
  withheldUpliftKr: (number | null)[];
  /** Explicit efficiency in kr: e * last year's frame (uplift mode; null in revenue mode). */
  explicitEfficiencyKr: (number | null)[];
  /** Demography in kr: d * last year's frame. */
  demographyKr: number[];
  /** Initiative in kr. */
  initiative: number[];
  /** Implied efficiency in kr: impliedEfficiency * last year's frame. */
  impliedEfficiencyKr: number[];
  /** What this year's outcome sends into later years (+ surplus carried, - deficit to repay). */
  carried: number[];
  /** Carry that falls after the horizon, not lost: reported here. */
  outstanding: number;
}

export interface ScenarioResult {
  name: string;
  frameMode: FrameMode;
  target: number;
  years: number[];
  taxBase: number[];
  taxRate: number[];
  taxRevenue: number[];
  grants: number[];
  revenue: number[];
  financialNet: number[];
  centralCosts: number[];
  netCost: number[];
  result: number[];
  resultShare: number[];
  rollingShare: number[];
  rollingComplete: boolean[];
  targetMet: boolean[];
  room: number[];
  committees: CommitteeResult[];
}

export interface RunResult {
  unit: Unit;
  scenarios: ScenarioResult[];
}
