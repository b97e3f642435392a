/** Every text the pane shows: what each one says (sv.ts and en.ts hold them in the two languages). */
import type { SolverGoal, SolverLever } from '../../engine/solver';
import type { UncertainInput } from '../../engine/types';
import type { Share } from '../risk/words';
import { en } from './en';
import { Lang } from './language';
import { sv } from './sv';

export interface Strings {
  appName: string;
  languageGroup: string;
  languageNames: Record<Lang, string>;
  loading: string;
  planYears(first: number, last: number): string;
  amountsIn(unit: string): string;

  startTitle: string;
  startIntro: string;
  startIntroProblems: string;
  tagline: string;
  fromExample: string;
  fromExampleHint: string;
  fromTemplate: string;
  fromTemplateHint: string;
  templateName: string;
  templateNameDefault: string;
  creating: string;
  created(name: string): string;

  scenarios: string;
  baseName: string;
  baseHint: string;
  add: string;
  duplicate: string;
  rename: string;
  remove: string;
  newScenarioStem: string;
  copyOf(name: string): string;
  scenarioName: string;
  save: string;
  cancel: string;
  confirmRemove(name: string): string;
  nameProblems: Record<'empty' | 'taken' | 'reserved' | 'tooLong', string>;
  scenarioAdded(name: string): string;
  scenarioRemoved(name: string): string;

  levers(scenario: string): string;
  target: string;
  frameMode: string;
  frameModeUplift: string;
  frameModeRevenue: string;
  revenueModeNote: string;
  year: string;
  efficiency: string;
  compensation: string;
  taxRate: string;
  percentSuffix: string;
  inputFor(lever: string, year: number): string;
  notANumber: string;
  outOfRange: Record<'target' | 'efficiency' | 'compensation' | 'taxRate', string>;
  refusedByModel(detail: string): string;

  solve: string;
  solveHint: string;
  solved(percent: string): string;
  solvedSwitched: string;
  solveNone: string;

  preview(scenario: string): string;
  resultShare: string;
  rollingShare: string;
  targetMet: string;
  room(unit: string): string;
  yes: string;
  no: string;
  incompleteMark: string;
  incompleteNote: string;
  chartLabel(target: string): string;
  chartLegendResult: string;
  chartLegendRolling: string;
  chartLegendTarget: string;
  framesTitle: string;
  committee: string;
  frameIn(year: number): string;
  summaryMet(count: number, total: number): string;
  summaryCompleteMet: string;
  roomIn(year: number, amount: string): string;

  workbook: string;
  write: string;
  writing: string;
  writeProgress(done: number, total: number): string;
  written(sheets: number): string;
  keptUserSheets(names: string): string;
  unsaved: string;
  readAgain: string;
  confirmRead: string;
  readAnyway: string;
  reading: string;
  readDone: string;

  problemsTitle(count: number): string;
  problemsIntro: string;
  problemPlace(sheet: string, address: string | undefined, row: number | undefined, column: string | undefined): string;
  selectFailed: string;

  errorTitle: string;
  errorCode(code: string): string;
  errors: Record<ErrorKind, { title: string; action: string }>;
  nothingChanged: string;
  leftAdded(sheets: string): string;
  leftBackups(list: string): string;
  backupWas(name: string, original: string, hidden: boolean): string;
  leftNames: string;
  leftUnverified: string;
  dismiss: string;

  efficiencyShort: string;
  compensationShort: string;
  taxRateShort: string;
  sameLater(year: number, first: number, last: number): string;
  sameLaterNone(year: number): string;
  sameLaterDone(year: number, first: number, last: number): string;
  sameLaterColumn: string;
  taxRateNote: string;
  smallPercentNote(typed: string, meant: string): string;
  revenueLocked: string;
  solveRevenueAsk: string;
  solveSwitchAndSolve: string;
  solvedFor(percent: string, years: string): string;
  allYears(count: number): string;
  completeYears(range: string): string;
  summaryAll(met: number, total: number): string;
  summaryCounted(met: number, total: number, range: string): string;
  summaryUncounted(range: string): string;
  notCounted: string;
  missesTarget: string;
  stalePreview: string;
  fixFieldsFirst: string;
  undo(what: string): string;
  undone(what: string): string;
  undoLever(lever: string, year: number | null, scenario: string): string;
  undoSolve(scenario: string): string;
  undoSameLater(year: number, scenario: string): string;
  undoFrameMode(scenario: string): string;
  changedMark: string;
  changedSince(names: string): string;
  removedSince(names: string): string;
  noChanges: string;
  baseLocked: string;
  restart: string;
  restartQuestion: string;
  restartGo: string;
  sheetNameChanged(name: string, sheet: string): string;
  scenarioRenamed(from: string, to: string): string;
  compareTitle: string;
  compareA: string;
  compareB: string;
  compareIntro(a: string, b: string): string;
  resultDiff(unit: string): string;
  rollingDiff: string;
  framesDiff(unit: string): string;
  committeeDiff(year: number, unit: string): string;
  percentPoints(value: string): string;
  compareSame: string;
  info(what: string): string;
  infoRoom: string;
  infoRolling: string;
  infoIncomplete: string;
  infoImplied: string;
  infoTargetMet: string;
  impliedRow: string;
  framesYear: string;
  showAllCommittees(count: number): string;
  showFewerCommittees: string;

  // ---- Version 2: financing, the balance requirement and projects in the preview; the interest rate
  // and investment volume levers; the solver's lever and goal. Shown only for a model that has them.
  financeTitle: string;
  balanceSummary(met: number, total: number): string;
  balanceMet: string;
  reserveBalance(unit: string): string;
  netDebt(unit: string): string;
  selfFinancingRatio: string;
  noInvestment: string;
  overdue(year: number, amount: string): string;
  infoBalanceMet: string;
  infoReserve: string;
  infoDebt: string;
  infoSelfFinancing: string;
  projectsTitle: string;
  projectLine(name: string, committee: string): string;
  paidBackIn(year: number): string;
  notPaidBack: string;
  neverACost: string;
  infoPayback: string;
  financingLevers: string;
  interestRate: string;
  interestRateShort: string;
  investmentScale: string;
  investmentScaleHint: string;
  investmentScaleBase: string;
  leverRangeV2: Record<'interestRate' | 'investmentScale', string>;
  solveLever: string;
  solveLevers: Record<SolverLever, string>;
  solveGoal: string;
  solveGoals: Record<SolverGoal, string>;
  solveFor(lever: SolverLever, goal: SolverGoal): string;
  solveHintFor(lever: SolverLever, goal: SolverGoal): string;
  solvedEfficiencyFor(goal: SolverGoal, percent: string): string;
  solvedTaxRaise(goal: SolverGoal, amount: string): string;
  solvedTaxLower(goal: SolverGoal, amount: string): string;
  solveNoneFor(lever: SolverLever, goal: SolverGoal): string;
  undoSolveTax(scenario: string): string;
  riskTitle(scenario: string): string;
  riskIntro: string;
  riskSettings: string;
  riskInputs: Record<UncertainInput, string>;
  riskSdField(input: string): string;
  riskSdSuffix: string;
  /** Names the workbook's own sheet and table, which are in the model's language, not the pane's. */
  riskSdHint(table: string, sheet: string): string;
  riskSdNegative: string;
  riskShare(share: Share): string;
  riskTargetHolds(share: string): string;
  riskBalanceHolds(share: string): string;
  riskTargetRule(range: string | null): string;
  riskBalanceRule: string;
  riskComputing(runs: string): string;
  riskFailed(detail: string): string;
  riskStaleFields: string;
  riskFanTitle: string;
  riskFanLabel(target: string, years: string): string;
  riskFanYear(year: number, p5: string, p50: string, p95: string): string;
  riskFanBand: string;
  riskFanMedian: string;
  riskRunsSeed(runs: string, seed: string): string;
  riskPerYear: string;
  riskTargetMet: string;
  riskBalanceMet: string;
  riskTornadoTitle(year: number): string;
  riskTornadoIntro(base: string): string;
  riskTornadoValues(low: string, high: string): string;
  riskTornadoLow: string;
  riskTornadoHigh: string;
  undoRiskSd(input: string): string;
}

export type ErrorKind =
  | 'invalidArgument'
  | 'itemNotFound'
  | 'payloadTooLarge'
  | 'general'
  | 'rollbackFailed'
  | 'cellEditMode'
  | 'accessDenied'
  | 'busy'
  | 'unsupported'
  | 'refused'
  | 'storedUnreadable'
  | 'cleanupFailed'
  | 'unknown';

const STRINGS: Record<Lang, Strings> = { sv, en };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
