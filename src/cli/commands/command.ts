import { OptionSpecs, ParsedArgs } from '../args';
import { CliIo } from '../io';

export interface Command {
  name: string;
  /** One line for the tool's help. */
  summary: string;
  /** The synopsis, e.g. "budgetsim run MODEL [--json] [--scenario NAME]...". */
  usage: string;
  /** Paragraphs of the command's help. */
  description: string[];
  options: OptionSpecs;
  /** Names of the positional arguments, e.g. ["MODEL"]; exactly these are required. */
  positionals: string[];
  /** Runs the command and returns the exit code; throws UsageError, InputError or RefusedModelError. */
  execute(args: ParsedArgs, io: CliIo): Promise<number>;
}
