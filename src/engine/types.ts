/**
 * The budget model (versions 1 and 2) as TypeScript types. These mirror the model file's JSON keys exactly:
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
  /** Version 2: average interest rate on the net debt at the start of the year; default 0. */
  interestRate?: number;
  /**
   * Version 2: depreciation of the assets that exist at Y0. It is already inside the frames and central
   * costs, so it is only used for self-financing and debt; default 0.
   */
  depreciation?: number;
  /**
   * Version 2: the net of the items the balance requirement removes from the result (minus realised
   * gains, plus or minus unrealised gains and losses on securities); default 0.
   */
  balanceAdjustments?: number;
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
  /** Version 2: the relative cost of one inhabitant of each age group to this committee. */
  demographyWeights?: DemographyWeight[];
  /** Version 2: the average yearly wage cost of one FTE, in the model's unit (> 0). */
  costPerFte?: number;
}

/** Version 2: one age group's weight in a committee's demography driver. */
export interface DemographyWeight {
  group: string;
  weight: number;
}

/** Version 2: an amount in one year (an investment's spend, a project's effect). */
export interface YearAmount {
  year: number;
  amount: number;
}

/** Version 2: an asset bought in one or more plan years and depreciated straight-line over its life. */
export interface Investment {
  id: string;
  name: string;
  /** For grouping only. */
  committee?: string;
  /** Whole years >= 1. */
  life: number;
  /** Spend per plan year; amounts >= 0. */
  spend: YearAmount[];
}

/** Version 2: a named, temporary effect on one committee's frame (+ a cost, - a saving), year by year. */
export interface Project {
  id: string;
  name: string;
  committee: string;
  effects: YearAmount[];
}

export interface AgeGroup {
  id: string;
  name: string;
}

export interface PopulationRow {
  year: number;
  group: string;
  count: number;
}

/** Version 2: the balance requirement's reserve (resultatutjämningsreserv / resultatreserv). */
export interface ReserveRule {
  /** The reserve's balance at the end of Y0 (>= 0). */
  openingBalance: number;
  /** Deposits are allowed only from the part of the result above threshold x revenue (default 1 %). */
  threshold: number;
  /** The reserve may not exceed cap x revenue; null = no cap. */
  cap: number | null;
  /** The share of the largest allowed deposit that is made, in [0, 1] (default 0). */
  deposit: number;
  /** Whether the reserve may be drawn to cover a negative adjusted result (default false). */
  withdraw: boolean;
}

/** Version 2: a negative balance result of a year <= Y0 that is not yet restored. */
export interface OpeningRestoration {
  year: number;
  /** The part still to restore (> 0). */
  amount: number;
}

export const UNCERTAIN_INPUTS = ['taxBaseGrowth', 'wageIndex', 'priceIndex', 'grants', 'interestRate', 'deviation'] as const;
export type UncertainInput = (typeof UNCERTAIN_INPUTS)[number];

/** Version 2: one uncertain input of the risk analysis. */
export interface UncertaintyInput {
  input: UncertainInput;
  /** Standard deviation of the yearly draw (for grants: relative to the value). */
  sd: number;
  /** AR(1) persistence r in [0, 1): z(y) = r z(y-1) + sqrt(1 - r^2) n(y); default 0. */
  persistence?: number;
}

export interface Uncertainty {
  inputs: UncertaintyInput[];
}

/** A scenario's project row: merged by id; `effects` replaces the whole list, `[]` removes the project. */
export type ProjectOverride = { id: string } & Partial<Omit<Project, 'id'>>;
/** A scenario's investment row: merged by id; `spend` replaces the whole list, `[]` removes the investment. */
export type InvestmentOverride = { id: string } & Partial<Omit<Investment, 'id'>>;

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
  /** Version 2: reserve keys merged into the model's. */
  reserve?: Partial<ReserveRule>;
  projects?: ProjectOverride[];
  investments?: InvestmentOverride[];
  /** Version 2: every spend of the scenario is multiplied by this (>= 0, default 1). */
  investmentScale?: number;
  /** Version 2: net debt at the end of Y0. */
  debt?: number;
}

export interface Scenario {
  name: string;
  overrides: ScenarioOverrides;
}

export interface Model {
  schemaVersion: 1 | 2;
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
  // ---- Version 2 (every key optional; absent = the neutral value) ----
  /** Net debt at the end of Y0 (borrowing minus liquid funds; negative = net financial assets); default 0. */
  debt?: number;
  investments?: Investment[];
  projects?: Project[];
  ageGroups?: AgeGroup[];
  /** Counts per group for Y0 and every plan year. */
  population?: PopulationRow[];
  /** Keys absent take DEFAULT_RESERVE's values. */
  reserve?: Partial<ReserveRule>;
  openingRestoration?: OpeningRestoration[];
  uncertainty?: Uncertainty;
}

export const DEFAULT_CARRY_OVER: Readonly<CarryOverRule> = Object.freeze({
  surplusShare: 1,
  deficitShare: 1,
  surplusCap: null,
  deficitCap: null,
  repaymentYears: 1,
});

export const DEFAULT_RESERVE: Readonly<ReserveRule> = Object.freeze({
  openingBalance: 0,
  threshold: 0.01,
  cap: null,
  deposit: 0,
  withdraw: false,
});

/** kr per unit of the model: per-inhabitant figures are in kr whatever the model's unit. */
export const UNIT_FACTOR: Readonly<Record<Unit, number>> = Object.freeze({ kr: 1, tkr: 1000, mnkr: 1000000 });

/** The name the base scenario is reported under. */
export const BASE_SCENARIO_NAME = 'Base';

/**
 * targetMet compares the rolling share with the target allowing this much floating-point slack, so a
 * revenue-driven frame that lands exactly on the target is not reported as missing it by 1e-16.
 * The workbook's formulas use the same constant.
 */
export const TARGET_TOLERANCE = 1e-9;

/**
 * balanceMet allows this much slack, as a fraction of the year's revenue, on the balance result and on
 * the overdue amount, for the same reason. The workbook's formulas use the same constant.
 */
export const BALANCE_TOLERANCE = 1e-9;

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
  // ---- Version 2 ----
  /** The frame that carries forward: the frame without the year's project effects. */
  baseFrame: number[];
  /** The demography change d used (the population driver, or the typed-in value). */
  demography: number[];
  /** Sum of the committee's project effects in the year (+ cost, - saving). */
  projectEffect: number[];
  /** impliedEfficiency x last year's base frame x labour share / costPerFte; null without costPerFte. */
  efficiencyFte: (number | null)[];
}

export interface ProjectResult {
  id: string;
  name: string;
  committee: string;
  /** Per plan year. */
  effect: number[];
  cumulative: number[];
  /** The first plan year whose cumulative effect is no longer a cost after having been one; null if none. */
  paybackYear: number | null;
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
  // ---- Version 2: financing ----
  investment: number[];
  newDepreciation: number[];
  /** The year's `depreciation` input: existing assets, already inside frames and central costs. */
  depreciation: number[];
  interest: number[];
  /** The financial net input, before interest on the debt (`financialNet` is the total, after interest). */
  financialNetBeforeInterest: number[];
  /** result + depreciation + newDepreciation. */
  selfFinancing: number[];
  /** selfFinancing / investment; null when there is no investment. */
  selfFinancingRatio: (number | null)[];
  /** Net debt at the end of the year. */
  debt: number[];
  /** Sum of the age groups' counts; null without a population forecast. */
  population: (number | null)[];
  /** In kr per inhabitant, whatever the model's unit. */
  netCostPerInhabitant: (number | null)[];
  debtPerInhabitant: (number | null)[];
  // ---- Version 2: balance requirement ----
  adjustedResult: number[];
  /** The largest deposit the reserve rules allow, before the deposit share and the cap. */
  reserveMaxDeposit: number[];
  reserveDeposit: number[];
  reserveWithdrawal: number[];
  reserveBalance: number[];
  balanceResult: number[];
  /** Earlier negative balance results restored this year (oldest first). */
  restored: number[];
  /** This year's negative balance result, to be restored within three years. */
  newDeficit: number[];
  /** Pending at the end of the year: after its restoration and its new deficit. */
  restorationPending: number[];
  restorationOverdue: number[];
  balanceMet: boolean[];
  projects: ProjectResult[];
}

export interface RunResult {
  unit: Unit;
  scenarios: ScenarioResult[];
}
