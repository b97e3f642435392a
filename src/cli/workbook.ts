import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { OWNED_SHEET_NAME_PREFIX } from '../workbook/description';
import { resolve } from 'node:path';
import { allScenarios, Language, Model, RunResult, solveEfficiency } from '../engine';
import { ModelRefusedError } from '../model-file';
import { FileExistsError, readTablesFromXlsx, writeXlsxFile } from '../renderers/xlsx';
import { modelFromTables } from '../workbook/read/model-from-tables';
import { settingsLanguage } from '../workbook/read/settings';
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

/**
 * The sheets of an existing workbook that Budgetsim did not write: those no `bs_sheet_` name points
 * at (a name follows its sheet through renames, so a renamed Budgetsim sheet still counts as ours).
 */
async function foreignSheets(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    return [];
  }
  const owned = new Set<string>();
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (!n.name.startsWith(OWNED_SHEET_NAME_PREFIX)) continue;
    for (const r of n.ranges) owned.add(r.slice(0, r.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'"));
  }
  return wb.worksheets.map((w) => w.name).filter((name) => !owned.has(name));
}

/**
 * Writes the live workbook for a model to `file`. An existing file is replaced only with `force`,
 * and never when it holds sheets Budgetsim did not write: those would be lost.
 */
export async function writeWorkbookFile(model: Model, run: RunResult, file: string, cwd: string, options: { force: boolean; language?: Language }): Promise<string> {
  const path = resolve(cwd, file);
  if (!/\.xlsx$/i.test(path)) throw new InputError(`--out ${file}: the workbook is written as .xlsx; give a file name ending in .xlsx`);
  if (options.force && existsSync(path)) {
    const theirs = await foreignSheets(path);
    if (theirs.length) {
      throw new InputError(`${file} has sheets Budgetsim did not write (${theirs.join(', ')}); replacing the file would lose them. Write to a new file, or open it in Excel with the Budgetsim add-in, which updates only its own sheets.`);
    }
  }
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
  let tables;
  try {
    tables = await readTablesFromXlsx(buffer);
  } catch (err) {
    throw new InputError(`${shown} is not a readable .xlsx workbook: ${(err as Error).message}`);
  }
  const result = modelFromTables(tables);
  if (!result.ok) throw new ModelRefusedError(result.problems, settingsLanguage(tables));
  return result.model;
};
