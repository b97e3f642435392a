import { parseModel, Problem } from '../../src/model-file';
import { ModelFile, validFile, validFileV2 } from './fixture';

/** The problems of the fixture after `change`; fails the test if the model was accepted. */
export function problemsAfter(change: (file: ModelFile) => void): Problem[] {
  const file = validFile();
  change(file);
  const result = parseModel(file);
  if (result.ok) throw new Error('the model was accepted');
  return result.problems;
}

/** [path, code] of each problem, in reported order. */
export function pathsAndCodes(change: (file: ModelFile) => void): [string, string][] {
  return problemsAfter(change).map((p) => [p.path, p.code]);
}

/** problemsAfter on the version 2 fixture. */
export function problemsAfterV2(change: (file: ModelFile) => void): Problem[] {
  const file = validFileV2();
  change(file);
  const result = parseModel(file);
  if (result.ok) throw new Error('the model was accepted');
  return result.problems;
}

/** pathsAndCodes on the version 2 fixture. */
export function pathsAndCodesV2(change: (file: ModelFile) => void): [string, string][] {
  return problemsAfterV2(change).map((p) => [p.path, p.code]);
}
