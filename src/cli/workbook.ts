import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allScenarios, Language, Model, RunResult, solveEfficiency } from '../engine';
import { ModelRefusedError } from '../model-file';
import { FileExistsError, readModelFromXlsx, writeXlsxFile } from '../renderers/xlsx';
import { describeWorkbook } from '../workbook/layout';
import { InputError } from './errors';
import { ModelReader } from './load';

/**
 * The solver's answer for each scenario that sets frames by uplift (the solver works in uplift
 * mode, so it answers nothing meaningful for a revenue-driven scenario).
 */
function solverAnswers(model: Model, run: RunResult): Map<string, number | null> {
  const answers = new Map<string, number | null>();
  allScenarios(model).forEach((scenario, i) => {
    if (run.scenarios[i].frameMode === 'uplift') answers.set(scenario.name, solveEfficiency(model, scenario).efficiency);
  });
  return answers;
}

/** Writes the live workbook for a model to `file`; an existing file is replaced only with `force`. */
export async function writeWorkbookFile(model: Model, run: RunResult, file: string, cwd: string, options: { force: boolean; language?: Language }): Promise<string> {
  const path = resolve(cwd, file);
  if (!/\.xlsx$/i.test(path)) throw new InputError(`--out ${file}: the workbook is written as .xlsx; give a file name ending in .xlsx`);
  const desc = describeWorkbook(model, { run, solved: solverAnswers(model, run), ...(options.language ? { language: options.language } : {}) });
  try {
    await writeXlsxFile(desc, path, { overwrite: options.force });
  } catch (err) {
    if (err instanceof FileExistsError) throw new InputError(`${file} already exists; add --force to replace it`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new InputError(`cannot write ${file}: ${code === 'ENOENT' ? 'no such folder' : 'permission denied'}`);
    }
    throw err;
  }
  return path;
}

/** Reads a model back from a workbook's input tables; problems name sheet, table, row, column and cell. */
export const readWorkbookModel: ModelReader = async (path, shown) => {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read workbook ${shown}: ${code === 'ENOENT' ? 'no such file' : String((err as Error).message)}`);
  }
  let result;
  try {
    result = await readModelFromXlsx(buffer);
  } catch (err) {
    throw new InputError(`${shown} is not a readable .xlsx workbook: ${(err as Error).message}`);
  }
  if (!result.ok) throw new ModelRefusedError(result.problems);
  return result.model;
};
