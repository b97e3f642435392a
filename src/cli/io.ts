/** Where the CLI reads and writes; tests and other hosts may pass their own. */
export interface CliIo {
  /** Standard output. */
  out(text: string): void;
  /** Standard error. */
  err(text: string): void;
  /** Directory that relative model paths are resolved against. */
  cwd: string;
  /**
   * Standard error written as it is, for a progress bar; only there when standard error is a terminal,
   * so that a log file or a pipe never gets one. Only the CLI's own text goes here, never user text.
   */
  progress?: (text: string) => void;
}

export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    ...(process.stderr.isTTY ? { progress: (text: string) => void process.stderr.write(text) } : {}),
  };
}
