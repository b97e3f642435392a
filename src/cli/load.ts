import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Language, Model, runModel, RunResult } from '../engine';
import { ModelRefusedError, namedLanguage, parseModelText } from '../model-file';
import { InputError, RefusedModelError } from './errors';
import { notJsonKind, utf8Error } from './file-kind';
import { nonFiniteProblems } from './finite';

export interface LoadedModel {
  model: Model;
  /** Absolute path of the file read. */
  path: string;
  /** The base and every scenario, run: a model whose figures cannot be computed is refused. */
  run: RunResult;
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

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The file's bytes as text: refused, saying what the file is, unless it is UTF-8 text. */
export function modelText(bytes: Uint8Array, shown: string): string {
  const kind = notJsonKind(bytes);
  if (kind) throw new InputError(`model file ${shown} is ${kind}`);
  const bad = utf8Error(bytes);
  if (bad) {
    throw new InputError(
      `model file ${shown} is not UTF-8 text: the byte ${hex(bad.byte)} at byte offset ${bad.offset} (line ${bad.line}) cannot stand there in UTF-8. ` +
        'The file was probably saved as Latin-1 or Windows-1252 ("ANSI"), where å, ä and ö are single bytes: save it as UTF-8 and try again.',
    );
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export const readJsonModel: ModelReader = async (path, shown) => {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`cannot read model file ${shown}: ${describeFsError(err)}`);
  }
  const read = parseModelText(modelText(bytes, shown));
  if ('syntax' in read) {
    const { line, column, message } = read.syntax;
    throw new InputError(`model file ${shown} is not valid JSON (line ${line}, column ${column}): ${message}`);
  }
  if (!read.result.ok) throw new ModelRefusedError(read.result.problems, namedLanguage(read.data));
  return read.result.model;
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
  let model: Model;
  try {
    model = await reader(path, file);
  } catch (err) {
    if (err instanceof ModelRefusedError) throw new RefusedModelError(file, err.problems, lang ?? err.language ?? 'sv');
    throw err;
  }
  const run = runModel(model);
  const overflow = nonFiniteProblems(model, run);
  if (overflow.length) throw new RefusedModelError(file, overflow, lang ?? model.language ?? 'sv');
  return { model, path, run };
}
