/**
 * The workbook file for a model, as both the CLI (`--out`) and the preview's download write it: the
 * description with the solver's answer for every scenario that sets frames by uplift, the Risk sheet
 * when the model has an uncertainty block, and the model stored as the add-in stores it. No Node imports.
 */
import { allScenarios, Language, Model, RunResult, runModel, solveEfficiency } from '../../engine';
import { storedModelXml } from '../../office/stored-payload';
import { WorkbookDescription } from '../../workbook/description';
import { describeWorkbook } from '../../workbook/layout';
import { riskForWorkbook, RiskSheetOptions } from '../../workbook/layout/risk-sheet';
import { XlsxOptions } from './write-bytes';

/**
 * The solver's answer for each scenario that sets frames by uplift (the solver works in uplift
 * mode, so it answers nothing meaningful for a revenue-driven scenario).
 */
export function solverAnswers(model: Model, run: RunResult): Map<string, number | null> {
  const answers = new Map<string, number | null>();
  allScenarios(model).forEach((scenario, i) => {
    if (run.scenarios[i].frameMode === 'uplift') answers.set(scenario.name, solveEfficiency(model, scenario).efficiency);
  });
  return answers;
}

export interface ModelWorkbook {
  description: WorkbookDescription;
  options: XlsxOptions;
}

/**
 * `risk` sets the Risk sheet's runs, seed and date: by default 2 000 runs and seed 1, as `budgetsim
 * risk` prints them, so the two can be compared, dated when the file is created.
 */
export function modelWorkbook(model: Model, options: { run?: RunResult; language?: Language; created?: Date; risk?: RiskSheetOptions } = {}): ModelWorkbook {
  const run = options.run ?? runModel(model);
  const date = options.risk?.date ?? options.created;
  const risk = riskForWorkbook(model, { ...options.risk, ...(date ? { date } : {}) });
  const description = describeWorkbook(model, {
    run,
    solved: solverAnswers(model, run),
    ...(options.language ? { language: options.language } : {}),
    ...(risk ? { risk } : {}),
  });
  return { description, options: { storedModelXml: storedModelXml(model), ...(options.created ? { created: options.created } : {}) } };
}
