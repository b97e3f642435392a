export { renderXlsx } from './render';
export type { XlsxOptions } from './render';
export { FileExistsError, writeXlsxBuffer, writeXlsxFile, writeXlsxStream } from './write';
export type { XlsxFileOptions } from './write';
export { modelFromContents, readModelFromXlsx, readTablesFromXlsx, uncachedProblems } from './read-tables';
export { readWorkbook, XlsxReadError } from './read-workbook';
export type { WorkbookContents, WorkbookName, WorkbookSheet } from './read-workbook';
