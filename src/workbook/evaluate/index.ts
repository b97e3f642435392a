export { parseFormula } from './parse';
export type { Node } from './parse';
export { Evaluator, CellError, descriptionSource, editKey } from './evaluate';
export type { Scalar, EvaluationSource, CellAddress } from './evaluate';
