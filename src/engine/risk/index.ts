export { analyseRisk, RISK_DEFAULT_RUNS, RISK_DEFAULT_SEED, RISK_MAX_RUNS } from './analysis';
export type { RiskOptions, RiskResult, ScenarioRisk, TornadoBar } from './analysis';
export { band, quantileSorted } from './percentiles';
export type { Band } from './percentiles';
export { drawShocks, constantShock } from './shocks';
export { perturbed } from './perturb';
