/**
 * The workbook file for a model, as both the CLI (`--out`) and the preview's download write it: the
 * description with the solver's answer for every scenario that sets frames by uplift, and the model
 * stored as the add-in stores it. No Node imports.
 */
import { allScenarios, Language, Model, RunResult, runModel, solveEfficiency } from '../../engine';
import { storedModelXml } from '../../office/stored-payload';
import { WorkbookDescription } from '../../workbook/description';
import { describeWorkbook } from '../../workbook/layout';
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

export function modelWorkbook(model: Model, options: { run?: RunResult; language?: Language; created?: Date } = {}): ModelWorkbook {
  const run = options.run ?? runModel(model);
  const description = describeWorkbook(model, { run, solved: solverAnswers(model, run), ...(options.language ? { language: options.language } : {}) });
  return { description, options: { storedModelXml: storedModelXml(model), ...(options.created ? { created: options.created } : {}) } };
}
