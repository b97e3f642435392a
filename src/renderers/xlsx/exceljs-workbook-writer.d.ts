/** ExcelJS's streaming WorkbookWriter from its own module (the typings only declare it on the package). */
declare module 'exceljs/lib/stream/xlsx/workbook-writer' {
  import type * as ExcelJS from 'exceljs';
  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
