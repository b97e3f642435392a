/**
 * Every model the pane keeps has passed the model file's own checks: an edit that the parser would
 * refuse (a tax rate of 0, a revenue below zero) is refused here with the parser's problems.
 */
import { Model } from '../../engine/types';
import { parseModel, Problem, serializeModel } from '../../model-file';

export type Checked = { ok: true; model: Model } | { ok: false; problems: Problem[] };

export function checkModel(candidate: Model): Checked {
  return parseModel(serializeModel(candidate));
}
