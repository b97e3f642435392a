/** The model file: reading and refusing it (with every problem at once), and writing it back. */
export * from './problems';
export { parseModel, parseModelText, loadModelOrThrow, namedLanguage } from './parse';
export type { JsonSyntaxError } from './json-text';
export { MAX_TEXT_LENGTH } from './fields';
export type { ParseOptions, ParseResult } from './parse';
export type { Locate } from './findings';
export { serializeModel } from './serialize';
export { parseRate, parseNumberText } from './rates';
export { MODEL_DEFAULTS } from './defaults';
export { formatPath } from './paths';
