import { readFileSync, statSync } from 'node:fs';
import { OWNED_SHEET_NAME_PREFIX } from '../workbook/description';
import { resolve } from 'node:path';
import { Language, Model, RunResult } from '../engine';
import { ModelRefusedError } from '../model-file';
import { FileExistsError, modelFromContents, readWorkbook, writeXlsxFile, XlsxReadError } from '../renderers/xlsx';
import type { WorkbookContents, WorkbookSheet, XlsxFileOptions } from '../renderers/xlsx';
import { settingsLanguage } from '../workbook/read/settings';
import { modelWorkbook } from '../renderers/xlsx/model-workbook';
import { InputError } from './errors';
import { ModelReader } from './load';

/** Why a file could not be opened, for a person; undefined when the error is not the file system's. */
export function fsProblem(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException | undefined;
  if (!e || typeof e.code !== 'string') return undefined;
  switch (e.code) {
    case 'ENOENT':
      return 'no such folder';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENAMETOOLONG':
      return 'the file name is too long for the file system';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EFBIG':
      return 'the file is too large for the file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EIO':
      return 'an input/output error from the disk';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is in use';
    default:
      return typeof e.syscall === 'string' ? `${e.code} from the file system (${e.message})` : undefined;
  }
}

/** The sheet a formula such as "'Halv uppräkning'!$A$1" or "Bas!$A$1" points at. */
function formulaSheet(formula: string): string | undefined {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/**
 * The sheets of a workbook that Budgetsim did not write: those no `bs_sheet_N` name points at (a
 * name follows its sheet through renames, so a renamed Budgetsim sheet still counts as ours). Chart
 * sheets and every other kind of sheet count: they are the user's too.
 */
export function foreignSheets(contents: WorkbookContents): WorkbookSheet[] {
  const marker = new RegExp(`^${OWNED_SHEET_NAME_PREFIX}\\d+$`);
  const owned = new Set<string>();
  for (const n of contents.names) {
    if (n.scope !== undefined || !marker.test(n.name)) continue;
    const sheet = formulaSheet(n.formula);
    if (sheet !== undefined) owned.add(sheet);
  }
  return contents.sheets.filter((s) => !owned.has(s.name));
}

const KIND_WORDS: Record<WorkbookSheet['kind'], string> = {
  worksheet: 'sheet',
  chartsheet: 'chart sheet',
  dialogsheet: 'dialog sheet',
  macrosheet: 'macro sheet',
  unknown: 'sheet',
};

/**
 * Throws unless the file at `path` is a workbook Budgetsim can read that holds only Budgetsim's
 * sheets: anything else (a file it cannot read, or the user's own sheets) would be lost.
 */
function checkReplaceable(path: string, file: string): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const why = fsProblem(err);
    if (why) throw new InputError(`cannot replace ${file}: ${why}`);
    throw err;
  }
  let contents: WorkbookContents;
  try {
    contents = readWorkbook(bytes);
  } catch (err) {
    if (!(err instanceof XlsxReadError)) throw err;
    throw new InputError(
      `${file} is not replaced: Budgetsim cannot read it as a workbook (${err.message}), so it cannot tell that nothing of yours is in it. ` +
        'Nothing was written. Write to a new file, or move that file away first.',
    );
  }
  const theirs = foreignSheets(contents);
  if (theirs.length) {
    const list = theirs.map((s) => (s.kind === 'worksheet' ? s.name : `${s.name} (${KIND_WORDS[s.kind]})`)).join(', ');
    throw new InputError(
      `${file} has sheets Budgetsim did not write (${list}); replacing the file would lose them. ` +
        'Write to a new file, or open it in Excel with the Budgetsim add-in, which updates only its own sheets.',
    );
  }
}

/** Whether something is at `path`; a folder is refused at once (it can never become the workbook). */
function existing(path: string, file: string): boolean {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    const why = fsProblem(err);
    if (why) throw new InputError(`cannot write ${file}: ${why}`);
    throw err;
  }
  if (st.isDirectory()) throw new InputError(`cannot write ${file}: it is a folder, not a file`);
  return true;
}

/**
 * Writes the live workbook for a model to `file`. An existing file is replaced only with `force`,
 * and only when it is a workbook Budgetsim can read that holds nothing but Budgetsim's sheets.
 */
export async function writeWorkbookFile(
  model: Model,
  run: RunResult,
  file: string,
  cwd: string,
  options: { force: boolean; language?: Language; xlsx?: Pick<XlsxFileOptions, 'wrapStream'> },
): Promise<string> {
  const path = resolve(cwd, file);
  if (!/\.xlsx$/i.test(path)) throw new InputError(`--out ${file}: the workbook is written as .xlsx; give a file name ending in .xlsx`);
  if (existing(path, file)) {
    if (!options.force) throw new InputError(`${file} already exists; add --force to replace it`);
    checkReplaceable(path, file);
  }
  const written = modelWorkbook(model, { run, ...(options.language ? { language: options.language } : {}) });
  try {
    await writeXlsxFile(written.description, path, { ...written.options, overwrite: options.force, ...options.xlsx });
  } catch (err) {
    if (err instanceof FileExistsError) throw new InputError(`${file} already exists; add --force to replace it`);
    const why = fsProblem(err);
    if (why) throw new InputError(`cannot write ${file}: ${why}; nothing was written`);
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
    const why = code === 'ENOENT' ? 'no such file' : fsProblem(err);
    if (why === undefined) throw err;
    throw new InputError(`cannot read workbook ${shown}: ${why}`);
  }
  let contents: WorkbookContents;
  try {
    contents = readWorkbook(buffer);
  } catch (err) {
    if (!(err instanceof XlsxReadError)) throw err;
    throw new InputError(`${shown} is not a readable .xlsx workbook: ${err.message}`);
  }
  const result = modelFromContents(contents);
  if (!result.ok) throw new ModelRefusedError(result.problems, settingsLanguage(contents.tables));
  return result.model;
};
