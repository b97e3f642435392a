import { Language, Model } from '../../engine';
import { OptionSpec } from '../args';
import { UsageError } from '../errors';

export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };
export const JSON_OPTION: OptionSpec = { type: 'boolean', description: 'print the JSON contract instead of the report' };
export const LANG_OPTION: OptionSpec = {
  type: 'string',
  value: 'sv|en',
  description: "language of the report and of a refused model's problems; default: the model file's language, else sv",
};

/** The --lang value, checked: "sv", "en" or absent. */
export function langOption(value: unknown, command: string): Language | undefined {
  if (value === undefined) return undefined;
  if (value === 'sv' || value === 'en') return value;
  throw new UsageError(`--lang must be sv or en, not "${String(value)}"`, command);
}

export function reportLanguage(flag: Language | undefined, model: Model): Language {
  return flag ?? model.language ?? 'sv';
}

/** Checks the number of positional arguments against the command's, naming what is missing or extra. */
export function checkPositionals(command: string, names: string[], positionals: string[]): void {
  if (positionals.length < names.length) {
    throw new UsageError(`missing ${names.slice(positionals.length).join(' ')} argument (a model file, e.g. model.json)`, command);
  }
  if (positionals.length > names.length) {
    throw new UsageError(`unexpected argument "${positionals[names.length]}"`, command);
  }
}

export const OUT_OPTION: OptionSpec = {
  type: 'string',
  value: 'FILE.xlsx',
  description: 'also write the live workbook (input tables, a sheet per scenario, the comparison) to FILE.xlsx',
};
export const FORCE_OPTION: OptionSpec = { type: 'boolean', description: 'with --out: replace FILE.xlsx if it exists' };

/** --force only means something with --out. */
export function checkForce(values: Record<string, unknown>, command: string): void {
  if (values.force === true && values.out === undefined) throw new UsageError('--force goes with --out', command);
}
