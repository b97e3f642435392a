import { Language, Model } from '../engine/types';
import { withDefaults } from './defaults';
import { Finding, Locate, toProblems } from './findings';
import { JsonSyntaxError, readJsonText } from './json-text';
import { ModelRefusedError, Problem } from './problems';
import { member } from './raw';
import { checkReferences } from './references';
import { checkRevenue } from './revenue';
import { readingNumbersAs } from './rules';
import { modelSchema } from './schema';
import { checkVersion2 } from './version2';
import { fromZodIssue } from './zod-issues';

export interface ParseOptions {
  /** Names the workbook cell of a JSON path, when the model was read from a sheet. */
  locate?: Locate;
  /** Problems found in the text the input was read from (a key given twice), reported with the rest. */
  textFindings?: readonly Finding[];
}

export type ParseResult = { ok: true; model: Model } | { ok: false; problems: Problem[] };

/**
 * Reads a model file (already JSON-parsed) into a Model with every default filled in, or refuses it
 * with all its problems at once, in document order.
 */
export function parseModel(input: unknown, options: ParseOptions = {}): ParseResult {
  // Number text is read the way the model's language writes it ("1,045" is 1045 in English).
  return readingNumbersAs(namedLanguage(input) ?? 'sv', () => parseInLanguage(input, options));
}

function parseInLanguage(input: unknown, options: ParseOptions): ParseResult {
  const structure = modelSchema.safeParse(input, { reportInput: true });
  const findings: Finding[] = [
    ...(structure.success ? [] : structure.error.issues.map(fromZodIssue)),
    ...checkReferences(input),
    ...checkRevenue(input),
    ...checkVersion2(input),
    ...(options.textFindings ?? []),
  ];
  if (structure.success && findings.length === 0) return { ok: true, model: withDefaults(structure.data) };
  return { ok: false, problems: toProblems(input, findings, options.locate) };
}

/**
 * Reads a model file's JSON text: a syntax error with its line and column, or the parsed model, or
 * every problem, a key given twice in one object among them. `data` is the JSON value read.
 */
export function parseModelText(text: string): { syntax: JsonSyntaxError } | { data: unknown; result: ParseResult } {
  const json = readJsonText(text);
  if (!json.ok) return { syntax: json.error };
  return { data: json.value, result: parseModel(json.value, { textFindings: json.duplicates }) };
}

/** parseModel for callers that want an exception: throws ModelRefusedError with every problem. */
export function loadModelOrThrow(input: unknown, options: ParseOptions = {}): Model {
  const result = parseModel(input, options);
  if (!result.ok) throw new ModelRefusedError(result.problems, namedLanguage(input));
  return result.model;
}

/**
 * The language an input (already JSON-parsed) asks for with its "language" key, when that is "sv"
 * or "en": read from the raw input, so that it is known for a refused model too.
 */
export function namedLanguage(input: unknown): Language | undefined {
  const language = member(input, 'language');
  return language === 'sv' || language === 'en' ? language : undefined;
}
