export { renderXlsx } from './render';
export { FileExistsError, writeXlsxBuffer, writeXlsxBytes, writeXlsxFile, writeXlsxStream } from './write';
export type { XlsxFileOptions } from './write';
export type { XlsxOptions } from './write-bytes';
export { modelFromContents, readModelFromXlsx, readTablesFromXlsx, uncachedProblems } from './read-tables';
export { readWorkbook, XlsxReadError } from './read-workbook';
export type { WorkbookContents, WorkbookName, WorkbookSheet } from './read-workbook';
