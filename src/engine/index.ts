/**
 * The budget engine: pure TypeScript, no Office, DOM or Node imports, so the same code runs in the
 * task pane, in Node (CLI, tests, bench) and anywhere else. One module per mechanism: revenue, frames,
 * carry-over, projects, investments (depreciation), demography, the balance requirement, the rolling
 * target; simulate() only puts them in order.
 */
export * from './types';
export { resolveScenario, scenarioYears, scenarioCommitteeYears } from './resolve';
export type { ResolvedScenario, ResolvedCommittee } from './resolve';
export { simulate } from './simulate';
export { fullUplift, upliftBaseFrame, revenueFrames } from './frames';
export { carriedAmount, spreadCarry } from './carry-over';
export { revenueByYear } from './revenue';
export { rollingShares } from './rolling';
export { scenarioProjects, projectEffects, projectResult, paybackYear } from './projects';
export { scenarioInvestments, spendByYear, depreciationByYear, investmentPlan } from './investments';
export { demographyFromPopulation, PopulationCounts } from './demography';
export { balanceRequirement, RESTORATION_YEARS } from './balance-requirement';
export type { BalanceInputs, BalanceOutputs } from './balance-requirement';
export { perInhabitant } from './per-inhabitant';
export {
  solve,
  solveResolved,
  solveEfficiency,
  withLever,
  meetsTarget,
  meetsBalance,
  meetsGoal,
  SOLVER_LOWER,
  SOLVER_UPPER,
  SOLVER_TOLERANCE,
  SOLVER_LEVERS,
  SOLVER_GOALS,
  LEVER_RANGE,
} from './solver';
export type { SolveResult, SolveOptions, SolveAnswer, SolverLever, SolverGoal } from './solver';
export { runModel, runScenario, allScenarios } from './run';
export { mulberry32, normalStream } from './random';
export * from './risk';
