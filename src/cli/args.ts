import { parseArgs } from 'node:util';
import { UsageError } from './errors';

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  /** For the command's help: the value's placeholder, e.g. "NAME". */
  value?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments with node:util parseArgs, reporting mistakes as usage errors with
 * short messages: an unknown option, a missing value, a value given to a flag, a repeated option.
 */
export function parseCommandArgs(command: string, specs: OptionSpecs, args: string[]): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [
      name,
      { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) },
    ]),
  );
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const values: ParsedArgs['values'] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) throw new UsageError(`unknown option ${token.rawName}`, command);
    if (spec.type === 'string') {
      if (token.value === undefined || token.value === '') {
        throw new UsageError(`option --${token.name} needs a value${spec.value ? ` (${spec.value})` : ''}`, command);
      }
      if (spec.multiple) {
        const prev = (values[token.name] as string[] | undefined) ?? [];
        values[token.name] = [...prev, token.value];
      } else {
        if (values[token.name] !== undefined) throw new UsageError(`option --${token.name} given twice`, command);
        values[token.name] = token.value;
      }
    } else {
      if (token.value !== undefined) throw new UsageError(`option --${token.name} takes no value`, command);
      values[token.name] = true;
    }
  }
  return { values, positionals };
}

/** True when the arguments ask for help, wherever the flag stands (before "--"). */
export function wantsHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}
