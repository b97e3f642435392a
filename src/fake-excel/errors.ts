/**
 * Errors shaped like OfficeExtension.Error ("RichApi.Error"): a `code`, a `message`, and a
 * `debugInfo` with the failing location. Messages follow Office.js's wording; where the fake knows
 * more (which array, which name) it appends the detail after the standard text.
 */

export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'FormulaLengthExceedsLimit'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded';

const LIMITS_DOC =
  'https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins';

const MESSAGES: Record<FakeErrorCode, (arg: string) => string> = {
  AccessDenied: () => 'You cannot perform the requested operation.',
  ApiNotFound: () =>
    'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  FormulaLengthExceedsLimit: () => 'The bytecode of the applied formula exceeds the maximum length limit.',
  GeneralException: () => 'There was an internal error while processing the request.',
  InvalidArgument: () => 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: (path) =>
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across ` +
    'multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the ' +
    '"context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: () => 'The requested operation is invalid.',
  InvalidOperationInCellEditMode: () =>
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  InvalidReference: () => 'This reference is not valid for the current operation.',
  InvalidRequestContext: () => 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: () => 'A resource with the same name or identifier already exists.',
  ItemNotFound: () => "The requested resource doesn't exist.",
  NotImplemented: () => "The requested feature isn't implemented.",
  PropertyNotLoaded: (name) =>
    `The property '${name}' is not available. Before reading the property's value, call the load method on the ` +
    'containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: () =>
    `The request payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_DOC}".`,
  ResponsePayloadSizeLimitExceeded: () =>
    `The response payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_DOC}".`,
  RunMustReturnPromise: () =>
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, ' +
    'so that any automatically-tracked objects can be released at the completion of the batch operation.',
  ValueNotLoaded: () =>
    'The value of the result object has not been loaded yet. Before reading the value property, call ' +
    '"context.sync()" on the associated request context.',
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
}

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  /** True when a test asked for this failure (host.failAfterOperations / failOnSync). */
  readonly injected: boolean;

  constructor(code: FakeErrorCode, detail?: string, options: { arg?: string; location?: string; injected?: boolean } = {}) {
    const base = MESSAGES[code](options.arg ?? '');
    const message = detail ? `${base} (${detail})` : base;
    super(message);
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.name = 'RichApi.Error';
    this.code = code;
    this.injected = options.injected ?? false;
    this.debugInfo = { code, message, errorLocation: options.location };
  }
}

export function officeError(code: FakeErrorCode, detail?: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(code, detail, { location });
}

export function propertyNotLoaded(name: string, typeName: string): FakeOfficeError {
  return new FakeOfficeError('PropertyNotLoaded', undefined, { arg: name, location: `${typeName}.${name}` });
}

export function invalidObjectPath(path: string): FakeOfficeError {
  return new FakeOfficeError('InvalidObjectPath', 'the Excel.run batch that created this object has finished', {
    arg: path,
  });
}

export function invalidArgument(detail: string, location?: string): FakeOfficeError {
  return officeError('InvalidArgument', detail, location);
}
