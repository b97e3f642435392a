/**
 * The WorkbookGateway over Office.js. The task pane passes the real `Excel` and `Office` globals;
 * the browser preview and the tests pass the in-memory fake's. Each call is one Excel.run.
 */
import { WorkbookGateway } from './gateway';
import { Capabilities, detectCapabilities, ExcelRun, RequirementsHost, runExcel } from './capabilities';
import { readModel } from './read';
import { selectLocation } from './select';
import { readStoredModel } from './stored-model';
import { writeWorkbook } from './write';
import { RiskSheetOptions } from '../workbook/layout/risk-sheet';

export type { WorkbookGateway, WriteProgress, WriteReport, ReadResult } from './gateway';
export { detectCapabilities, MINIMUM_EXCEL_API, UnsupportedExcelError } from './capabilities';
export type { Capabilities, ExcelRun, RequirementsHost } from './capabilities';
export { WorkbookWriteError, WorkbookLeftChangedError, WorkbookCleanupError } from './errors';
export type { LeftOver, LeftBackup } from './errors';
export { StoredModelError, MODEL_NAMESPACE, CURRENT_PAYLOAD_VERSION } from './stored-payload';

/** Excel.run that waits while the user edits a cell, where the host can (see runExcel). */
function patient(excel: ExcelRun, caps: Capabilities): ExcelRun {
  return { run: ((batch: (context: Excel.RequestContext) => Promise<unknown>) => runExcel(excel, caps, batch)) as ExcelRun['run'] };
}

export interface OfficeGatewayOptions {
  /** The estimated request size each write chunk is kept under (default 2,000,000 bytes). */
  maxChunkBytes?: number;
  /** The Risk sheet's runs and seed (default 2 000 and 1, as `budgetsim risk`) and its date (default: when written). */
  risk?: RiskSheetOptions;
}

/**
 * `excel` and `office` are the globals `Excel` and `Office` (typeof Excel and typeof Office fit), or
 * the fake's from createFakeExcel.
 */
export function createOfficeGateway(excel: ExcelRun, office: RequirementsHost, options: OfficeGatewayOptions = {}): WorkbookGateway {
  return {
    async write(model, writeOptions = {}) {
      const caps = detectCapabilities(office);
      return writeWorkbook(excel, caps, model, {
        ...writeOptions,
        ...(options.maxChunkBytes !== undefined ? { maxChunkBytes: options.maxChunkBytes } : {}),
        ...(options.risk ? { risk: options.risk } : {}),
      });
    },
    async read() {
      const result = await readModel(patient(excel, detectCapabilities(office)));
      return result.ok ? { ok: true, model: result.model } : { ok: false, problems: result.problems };
    },
    async stored() {
      return readStoredModel(patient(excel, detectCapabilities(office)));
    },
    select(location) {
      return selectLocation(excel, location);
    },
  };
}
