export { FileExistsError, renderXlsx, writeXlsxBuffer, writeXlsxFile, writeXlsxStream } from './write';
export { readModelFromXlsx, readTablesFromXlsx } from './read-tables';
export type { XlsxOptions, XlsxFileOptions } from './write';
