import { ModelRefusedError } from '../model-file';
import { parseCommandArgs, wantsHelp } from './args';
import { commands, findCommand } from './commands';
import { EXIT_INTERNAL, EXIT_OK, EXIT_REFUSED, EXIT_USAGE, InputError, RefusedModelError, UsageError } from './errors';
import { commandHelp, toolHelp } from './help';
import { CliIo, processIo } from './io';
import { refusalReport } from './problems';
import { version } from './version';
import { visible } from './visible';

export type { CliIo } from './io';

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(toolHelp(commands, version()));
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h') {
    io.out(toolHelp(commands, version()));
    return EXIT_OK;
  }
  if (first === '--version') {
    io.out(`${version()}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    if (rest.length === 0) {
      io.out(toolHelp(commands, version()));
      return EXIT_OK;
    }
    const cmd = findCommand(rest[0]);
    if (!cmd) throw new UsageError(`unknown command "${rest[0]}"; commands: ${commands.map((c) => c.name).join(', ')}`);
    io.out(commandHelp(cmd));
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first} (give a command first)`);
  const cmd = findCommand(first);
  if (!cmd) throw new UsageError(`unknown command "${first}"; commands: ${commands.map((c) => c.name).join(', ')}`);
  if (wantsHelp(rest)) {
    io.out(commandHelp(cmd));
    return EXIT_OK;
  }
  return cmd.execute(parseCommandArgs(cmd.name, cmd.options, rest), io);
}

/** Prints an error the way the command line reports it and returns the exit code. */
function reportError(err: unknown, io: CliIo): number {
  if (err instanceof UsageError) {
    const help = err.command ? `budgetsim ${err.command} --help` : 'budgetsim --help';
    io.err(err.messages.map((m) => `budgetsim: ${m}\n`).join('') + `See "${help}" for usage.\n`);
    // A model refused at the same time is reported too, but the command line's mistake decides the exit code.
    if (err.also) reportError(err.also, io);
    return EXIT_USAGE;
  }
  if (err instanceof InputError) {
    io.err(`budgetsim: ${err.message}\n`);
    return EXIT_REFUSED;
  }
  if (err instanceof RefusedModelError) {
    io.err(refusalReport(err.file, err.problems, err.language));
    return EXIT_REFUSED;
  }
  if (err instanceof ModelRefusedError) {
    io.err(refusalReport(undefined, err.problems, err.language ?? 'sv'));
    return EXIT_REFUSED;
  }
  io.err(`budgetsim: unexpected error (a bug in budgetsim): ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  return EXIT_INTERNAL;
}

/**
 * The budgetsim command line. Returns the exit code: 0 ok, 1 refused model or unreadable input
 * (messages on stderr, nothing on stdout), 2 usage error, 3 an unexpected internal error.
 */
export async function main(argv: string[], given: CliIo = processIo()): Promise<number> {
  // Whatever is printed, user text included (names, file names, quoted values), shows as text. The
  // progress bar is the one exception: its own text, which moves the cursor back with a carriage return.
  const io: CliIo = {
    out: (text) => given.out(visible(text)),
    err: (text) => given.err(visible(text)),
    cwd: given.cwd,
    ...(given.progress ? { progress: given.progress } : {}),
  };
  try {
    return await dispatch(argv, io);
  } catch (err) {
    return reportError(err, io);
  }
}
