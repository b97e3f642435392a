export { renderXlsx } from './render';
export type { XlsxOptions } from './render';
export { FileExistsError, writeXlsxBuffer, writeXlsxFile, writeXlsxStream } from './write';
export type { XlsxFileOptions } from './write';
export { readModelFromXlsx, readTablesFromXlsx } from './read-tables';
