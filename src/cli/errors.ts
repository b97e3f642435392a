import { Language } from '../engine';
import { Problem } from '../model-file';

/** Exit codes: a public contract that scripts rely on. */
export const EXIT_OK = 0;
/** The model or the input file was refused: messages on stderr, nothing on stdout. */
export const EXIT_REFUSED = 1;
/** The command line was wrong: unknown command or option, missing argument, unknown scenario. */
export const EXIT_USAGE = 2;
/** A failure that is a bug in budgetsim, not in the input. */
export const EXIT_INTERNAL = 3;

/**
 * A mistake on the command line (exit 2). `command` names the command whose help to point to. A
 * command that checks several options at once gives every mistake in `messages` (the first is the
 * message), and in `also` a refusal of the model found at the same time, so that one try shows all.
 */
export class UsageError extends Error {
  readonly messages: string[];
  constructor(
    message: string | string[],
    readonly command?: string,
    readonly also?: InputError | RefusedModelError,
  ) {
    const messages = typeof message === 'string' ? [message] : message;
    super(messages[0] ?? '');
    this.messages = messages;
    this.name = 'UsageError';
  }
}

/** An input that cannot be read as a model at all: missing, unreadable, not JSON, unsupported format (exit 1). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * A model that was read but refused (exit 1): every problem, the file it came from as the user named
 * it, and the language to report the problems in.
 */
export class RefusedModelError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
    readonly language: Language,
  ) {
    super(`model file ${file} was refused (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
    this.name = 'RefusedModelError';
  }
}
