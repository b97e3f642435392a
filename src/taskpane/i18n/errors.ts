/**
 * What went wrong, in terms the pane can explain: an Office.js error's code (OfficeExtension.Error
 * carries one) or one of the gateway's own errors, mapped to a kind with a readable message and
 * what to do. The error's own message and stack are never shown.
 */
import { ModelRefusedError, Problem } from '../../model-file/problems';
import { UnsupportedExcelError, WorkbookCleanupError, WorkbookLeftChangedError, WorkbookWriteError, StoredModelError } from '../../office';
import type { LeftBackup, LeftOver } from '../../office';
import { ErrorKind } from './strings';

export interface DescribedError {
  kind: ErrorKind;
  /** The code as Excel gave it, shown small so support can tell errors apart. */
  code?: string;
  /** The write failed and was undone: the workbook is as it was. */
  unchanged?: boolean;
  /** The write failed and so did its undo: what was left in the workbook. */
  left?: LeftOver;
  /** The write succeeded but Budgetsim's earlier sheets are still there under these names. */
  leftBackups?: LeftBackup[];
  /** For a refused model: its problems. */
  problems?: Problem[];
}

const KIND_BY_CODE: Record<string, ErrorKind> = {
  InvalidArgument: 'invalidArgument',
  InvalidReference: 'invalidArgument',
  InvalidOperation: 'invalidArgument',
  InvalidBinding: 'invalidArgument',
  ItemAlreadyExists: 'invalidArgument',
  ItemNotFound: 'itemNotFound',
  RequestPayloadSizeLimitExceeded: 'payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'payloadTooLarge',
  RangeExceedsLimit: 'payloadTooLarge',
  MemoryLimitReached: 'payloadTooLarge',
  GeneralException: 'general',
  Conflict: 'general',
  InsertDeleteConflict: 'general',
  RequestAborted: 'general',
  InvalidOperationInCellEditMode: 'cellEditMode',
  EditModeCannotAcquireLock: 'cellEditMode',
  AccessDenied: 'accessDenied',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  ApiNotFound: 'unsupported',
  NotImplemented: 'unsupported',
  UnsupportedOperation: 'unsupported',
  UnsupportedSheet: 'unsupported',
};

function codeOf(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** An Office.js error by its code; anything without a code is unexpected. */
function byCode(err: unknown): DescribedError {
  const code = codeOf(err);
  if (code === undefined) return { kind: 'unknown' };
  return { kind: KIND_BY_CODE[code] ?? 'general', code };
}

export function describeError(err: unknown): DescribedError {
  if (err instanceof ModelRefusedError) return { kind: 'refused', problems: err.problems };
  if (err instanceof UnsupportedExcelError) return { kind: 'unsupported' };
  if (err instanceof StoredModelError) return { kind: 'storedUnreadable' };
  if (err instanceof WorkbookWriteError) return { ...byCode(err.cause), unchanged: true };
  if (err instanceof WorkbookLeftChangedError) {
    const cause = byCode(err.cause);
    const left = err.left;
    if (!left.addedSheets.length && !left.backups.length && !left.missingNames.length) return { ...cause, unchanged: true };
    return { kind: 'rollbackFailed', ...(cause.code ? { code: cause.code } : {}), left: err.left };
  }
  if (err instanceof WorkbookCleanupError) return { kind: 'cleanupFailed', leftBackups: err.left };
  return byCode(err);
}
