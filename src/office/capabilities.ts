/**
 * What this Excel can do, asked once per action with Office.context.requirements.isSetSupported.
 * The manifest declares ExcelApi 1.7 as the minimum; everything Budgetsim writes needs at most 1.7
 * except drop-down lists (data validation) and chart value-axis number formats, which need 1.8 and
 * are left out, and said so in the WriteReport, on an older Excel; likewise the print setup
 * (Worksheet.pageLayout, 1.9). Newer members are used where the host has them: Range.copyFrom (1.9),
 * delayForCellEdit (1.11) and Table.resize (1.13).
 */

/** The lowest ExcelApi set Budgetsim runs on (the manifest's MinVersion). */
export const MINIMUM_EXCEL_API = '1.7';

/** Highest minor version probed; isSetSupported answers for any version, so this only bounds the loop. */
const HIGHEST_PROBED_MINOR = 30;

export interface Capabilities {
  /** The highest ExcelApi set supported, e.g. "1.12". */
  excelApi: string;
  /** Application.suspendApiCalculationUntilNextSync (ExcelApi 1.6). */
  suspendCalculation: boolean;
  /** Range.dataValidation (ExcelApi 1.8). */
  dataValidation: boolean;
  /** ChartAxis.numberFormat (ExcelApi 1.8). */
  chartAxisNumberFormat: boolean;
  /**
   * Excel.run({ delayForCellEdit: true }): a request made while the user types in a cell waits for
   * them to leave it instead of failing (RunOptions, ExcelApi 1.11:
   * https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  delayForCellEdit: boolean;
  /** Table.resize (ExcelApi 1.13): a rewrite keeps an input table whose size changed. */
  tableResize: boolean;
  /** Worksheet.pageLayout: orientation, zoom, print titles, headers and footers (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Range.copyFrom (ExcelApi 1.9): alike committee blocks are copied instead of sent cell by cell. */
  copyFrom: boolean;
}

/** What Budgetsim needs of the global `Excel`: Excel.run (the real global or the fake's). */
export type ExcelRun = Pick<typeof Excel, 'run'>;

/** What Budgetsim needs of the global `Office`: the requirement-set check. */
export interface RequirementsHost {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export class UnsupportedExcelError extends Error {
  constructor(readonly excelApi: string | null) {
    super(
      `Budgetsim needs Excel with ExcelApi ${MINIMUM_EXCEL_API} or later (Excel 2019, Microsoft 365 or Excel on the web); ` +
        (excelApi ? `this Excel supports ExcelApi ${excelApi}.` : 'this Excel does not report an ExcelApi version.'),
    );
    this.name = 'UnsupportedExcelError';
  }
}

function minorOf(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}

/** The highest ExcelApi "1.N" the host supports, or null when it supports none. */
export function highestExcelApi(office: RequirementsHost): string | null {
  const requirements = office.context?.requirements;
  if (!requirements) return null;
  let highest: string | null = null;
  for (let minor = 1; minor <= HIGHEST_PROBED_MINOR; minor++) {
    if (!requirements.isSetSupported('ExcelApi', `1.${minor}`)) break;
    highest = `1.${minor}`;
  }
  return highest;
}

/** The host's capabilities; throws UnsupportedExcelError below the minimum. */
export function detectCapabilities(office: RequirementsHost): Capabilities {
  const excelApi = highestExcelApi(office);
  if (excelApi === null || minorOf(excelApi) < minorOf(MINIMUM_EXCEL_API)) throw new UnsupportedExcelError(excelApi);
  const atLeast = (minor: number) => minorOf(excelApi) >= minor;
  return {
    excelApi,
    suspendCalculation: atLeast(6),
    dataValidation: atLeast(8),
    chartAxisNumberFormat: atLeast(8),
    delayForCellEdit: atLeast(11),
    tableResize: atLeast(13),
    pageLayout: atLeast(9),
    copyFrom: atLeast(9),
  };
}

/**
 * Excel.run with the options this host supports: { delayForCellEdit: true } from ExcelApi 1.11, so a
 * request made while the user types in a cell waits for them instead of failing.
 */
export function runExcel<T>(excel: ExcelRun, caps: Pick<Capabilities, 'delayForCellEdit'>, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return caps.delayForCellEdit ? excel.run({ delayForCellEdit: true }, batch) : excel.run(batch);
}
