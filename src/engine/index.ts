/**
 * The budget engine: pure TypeScript, no Office, DOM or Node imports, so the same code runs in the
 * task pane, in Node (CLI, tests, bench) and anywhere else.
 */
export * from './types';
export { resolveScenario, scenarioYears, scenarioCommitteeYears } from './resolve';
export type { ResolvedScenario, ResolvedCommittee } from './resolve';
export { simulate, fullUplift, carriedAmount } from './simulate';
export { rollingShares } from './rolling';
export { solveEfficiency, meetsTarget, SOLVER_LOWER, SOLVER_UPPER, SOLVER_TOLERANCE } from './solver';
export type { SolveResult } from './solver';
export { runModel, runScenario, allScenarios } from './run';
