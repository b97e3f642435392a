/** What a failed write tells the user: that nothing changed, or exactly what was left. */

/** An Office.js error (RichApi.Error) or any other as one line: code, message and where it happened. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const x = e as Error & { code?: string; debugInfo?: { errorLocation?: string } };
  const code = x.code && !x.message.startsWith(x.code) ? `${x.code}: ` : '';
  const where = x.debugInfo?.errorLocation ? ` [at ${x.debugInfo.errorLocation}]` : '';
  return `${code}${x.message}${where}`;
}

/** The write failed and was undone: the workbook is as it was before. */
export class WorkbookWriteError extends Error {
  constructor(override readonly cause: unknown) {
    super(`Budgetsim could not write the workbook (${describeError(cause)}). Nothing was changed: the workbook is as it was.`);
    this.name = 'WorkbookWriteError';
  }
}

/** One of Budgetsim's sheets left over: its name now, and whether it is hidden. */
export interface LeftBackup {
  name: string;
  /** The name it had before the write (the same when it was not renamed). */
  originalName: string;
  hidden: boolean;
}

/** What a failed write and its failed undo left in the workbook. */
export interface LeftOver {
  /** Sheets the write added, still there. */
  addedSheets: string[];
  /** Budgetsim's sheets that hold part of the new figures (or are under a temporary name): write again. */
  backups: LeftBackup[];
  /** Budgetsim's workbook names that are not as they were (never deleted: they point at old or new cells). */
  missingNames: string[];
  /** Whether this was checked in the workbook after the failure (false: what may be left, from the write's own record). */
  verified: boolean;
}

function quoted(names: string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

export function describeLeftOver(left: LeftOver): string {
  const parts: string[] = [];
  if (left.addedSheets.length) parts.push(`sheets Budgetsim added: ${quoted(left.addedSheets)}`);
  if (left.backups.length) {
    parts.push(
      `Budgetsim's sheets partly rewritten: ` +
        left.backups.map((b) => `'${b.name}'${b.hidden ? ' (hidden)' : ''}${b.name !== b.originalName ? ` (was '${b.originalName}')` : ''}`).join(', '),
    );
  }
  if (left.missingNames.length) parts.push(`Budgetsim's workbook names not as they were: ${left.missingNames.join(', ')}`);
  if (parts.length === 0) return 'nothing: the workbook is as it was';
  return (
    (left.verified ? '' : 'possibly ') +
    parts.join('; ') +
    '. Budgetsim knows all of these sheets and names as its own: write again (when Excel answers) and it rewrites them'
  );
}

/** The write failed and undoing it failed too: the message says exactly what was left. */
export class WorkbookLeftChangedError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly undoCause: unknown,
    readonly left: LeftOver,
  ) {
    super(
      `Budgetsim could not write the workbook (${describeError(cause)}) and could not undo the partial write ` +
        `(${describeError(undoCause)}). Left in the workbook: ${describeLeftOver(left)}.`,
    );
    this.name = 'WorkbookLeftChangedError';
  }
}

/**
 * The new sheets were written, but the cleanup (removing the sheets of scenarios that are gone, and
 * Budgetsim's names and records it no longer needs) could not be finished. Whatever is left is still
 * known as Budgetsim's, so the next write removes it.
 */
export class WorkbookCleanupError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly left: LeftBackup[],
    readonly leftNames: string[] = [],
    readonly verified = true,
  ) {
    const what = [
      ...(left.length ? [`the sheets ${left.map((b) => `'${b.name}'${b.hidden ? ' (hidden)' : ''}`).join(', ')}`] : []),
      ...(leftNames.length ? [`the names ${leftNames.join(', ')}`] : []),
    ];
    super(
      `Budgetsim wrote the workbook, but could not finish removing what it no longer needs (${describeError(cause)}). ` +
        `Left in the workbook${verified ? '' : ' (possibly)'}: ${what.join(' and ') || 'nothing but its own records'}. ` +
        'They are still known as Budgetsim\'s: its next write removes them, or delete them yourself.',
    );
    this.name = 'WorkbookCleanupError';
  }
}
