import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Language, Model } from '../engine';
import { ModelRefusedError, namedLanguage, parseModel } from '../model-file';
import { InputError, RefusedModelError } from './errors';

export interface LoadedModel {
  model: Model;
  /** Absolute path of the file read. */
  path: string;
}

/**
 * Reads a model from a file of one format. A reader throws InputError when the file cannot be
 * read as that format and ModelRefusedError when it can but the model is refused
 * (loadModel reports that as a RefusedModelError naming the file).
 */
export type ModelReader = (path: string, shown: string) => Promise<Model>;

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

/** "line 3, column 7" for the character offset that a JSON.parse error names, when it names one. */
function jsonErrorPlace(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const offset = Number(m[1]);
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

export const readJsonModel: ModelReader = async (path, shown) => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read model file ${shown}: ${describeFsError(err)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new InputError(`model file ${shown} is not valid JSON${jsonErrorPlace(text, message)}: ${message}`);
  }
  const parsed = parseModel(data);
  if (!parsed.ok) throw new ModelRefusedError(parsed.problems, namedLanguage(data));
  return parsed.model;
};

const unsupportedWorkbook: ModelReader = async (_path, shown) => {
  throw new InputError(`cannot read ${shown}: only .xlsx workbooks are read; save it as .xlsx (Excel Workbook) first`);
};

/** Readers by file extension (lower case, with the dot). A file with any other extension is read as JSON. */
export const modelReaders: Record<string, ModelReader> = {
  '.json': readJsonModel,
  '.xlsx': (path, shown) => import('./workbook').then((w) => w.readWorkbookModel(path, shown)),
  '.xlsm': unsupportedWorkbook,
  '.xls': unsupportedWorkbook,
};

/**
 * Reads and validates the model at `file` (relative to `cwd`), choosing the reader by extension.
 * A refused model's problems are to be reported in `lang` (the --lang option) when given, else in
 * the language the file names, else in Swedish.
 */
export async function loadModel(file: string, cwd: string, lang?: Language): Promise<LoadedModel> {
  const path = resolve(cwd, file);
  const reader = modelReaders[extname(path).toLowerCase()] ?? readJsonModel;
  try {
    return { model: await reader(path, file), path };
  } catch (err) {
    if (err instanceof ModelRefusedError) throw new RefusedModelError(file, err.problems, lang ?? err.language ?? 'sv');
    throw err;
  }
}
