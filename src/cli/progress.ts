/** How long a run must have lasted before its bar appears: a short run should not flicker one. */
export const PROGRESS_DELAY_MS = 1000;
const BAR_WIDTH = 30;

export interface ProgressBar {
  /** The engine's onProgress: `done` of `total` runs so far. */
  update(done: number, total: number): void;
  /** Clears the bar's line, if one was drawn, so that what follows starts on a clean line. */
  finish(): void;
}

/**
 * A one-line progress bar, "Riskanalys [##########--------------------]  33 %", redrawn in place with a
 * carriage return (no escape sequences, so any terminal shows it). Nothing is written until `delayMs`
 * has passed since the bar was made, and then only when the whole percent changes. `write` is where
 * the bar goes (standard error when it is a terminal); without one, nothing at all is written.
 */
export function progressBar(
  label: string,
  write: ((text: string) => void) | undefined,
  now: () => number = Date.now,
  delayMs = PROGRESS_DELAY_MS,
): ProgressBar {
  const start = now();
  let shown = -1;
  let length = 0;
  return {
    update(done, total) {
      if (!write || total <= 0 || now() - start <= delayMs) return;
      const percent = Math.floor((100 * Math.min(done, total)) / total);
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round((BAR_WIDTH * percent) / 100);
      const text = `${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)} %`;
      length = Math.max(length, text.length);
      write(`\r${text}`);
    },
    finish() {
      if (!write || length === 0) return;
      write(`\r${' '.repeat(length)}\r`);
      length = 0;
    },
  };
}
