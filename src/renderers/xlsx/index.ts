export { renderXlsx, writeXlsxBuffer, writeXlsxFile, writeXlsxStream } from './write';
export type { XlsxOptions, XlsxFileOptions } from './write';
