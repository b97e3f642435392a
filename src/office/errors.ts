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

/** A sheet of Budgetsim's earlier write, renamed while writing and not renamed back. */
export interface LeftBackup {
  /** Its name now. */
  name: string;
  /** The name it had. */
  originalName: string;
  hidden: boolean;
}

/** What a failed write and its failed undo left in the workbook. */
export interface LeftOver {
  /** Sheets the write added, still there. */
  addedSheets: string[];
  /** Budgetsim's earlier sheets, still under their temporary names. */
  backups: LeftBackup[];
  /** Budgetsim's workbook names that were removed and are not back as they were. */
  missingNames: string[];
  /** Whether this was checked in the workbook after the failure (false: what may be left, from the write's own record). */
  verified: boolean;
}

function quoted(names: string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

export function describeLeftOver(left: LeftOver): string {
  const parts: string[] = [];
  if (left.addedSheets.length) parts.push(`sheets Budgetsim added: ${quoted(left.addedSheets)} (delete them)`);
  if (left.backups.length) {
    parts.push(
      `Budgetsim's earlier sheets under temporary names: ` +
        left.backups.map((b) => `'${b.name}'${b.hidden ? ' (hidden)' : ''} was '${b.originalName}'`).join(', ') +
        ' (unhide them and rename them back)',
    );
  }
  if (left.missingNames.length) parts.push(`Budgetsim's workbook names not as they were: ${left.missingNames.join(', ')}`);
  if (parts.length === 0) return 'nothing: the workbook is as it was';
  return (
    (left.verified ? '' : 'possibly ') +
    parts.join('; ') +
    '. Budgetsim knows all of these sheets as its own: its next write replaces them and sets its names again'
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

/** The new sheets were written, but Budgetsim's earlier sheets could not all be removed. */
export class WorkbookCleanupError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly left: LeftBackup[],
  ) {
    super(
      `Budgetsim wrote the workbook, but could not remove its earlier sheets (${describeError(cause)}). ` +
        `Left in the workbook: ${left.map((b) => `'${b.name}'${b.hidden ? ' (hidden)' : ''}, the earlier '${b.originalName}'`).join(', ')}; ` +
        'delete them when convenient.',
    );
    this.name = 'WorkbookCleanupError';
  }
}
