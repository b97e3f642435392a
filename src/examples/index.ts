import { Model } from '../engine';
import { ModelRefusedError, parseModel } from '../model-file';
import exempelkommun from './exempelkommun.json';

export { makeLargeModel } from './large-model';
export type { LargeModelOptions } from './large-model';

/** Where the example model file lives in the repository: the template users copy. */
export const EXAMPLE_MODEL_PATH = 'src/examples/exempelkommun.json';

/** "Exempelkommun": a fresh, parsed (defaults filled) copy of the embedded example model. */
export function exampleModel(): Model {
  const parsed = parseModel(JSON.parse(JSON.stringify(exempelkommun)));
  if (!parsed.ok) throw new ModelRefusedError(parsed.problems);
  return parsed.model;
}
