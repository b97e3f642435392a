/**
 * What the task pane asks of the workbook. The Office.js implementation lives beside this file; the
 * browser preview passes the in-memory fake Excel to the same implementation.
 */
import { Model } from '../engine/types';
import { CellLocation, Problem } from '../model-file/problems';

export interface WriteProgress {
  /** Chunks written so far, and in all. */
  done: number;
  total: number;
}

export interface WriteReport {
  /** The sheets written, in workbook order. */
  sheets: string[];
  /** Sheets of the user's whose names Budgetsim would have used, left untouched. */
  keptUserSheets: string[];
  syncs: number;
  /** The chunks the cells and formats went in, one sync each. */
  chunks?: number;
  /** What this Excel could not be given (an ExcelApi set it lacks), as sentences for the user. */
  skipped?: string[];
}

export type ReadResult = { ok: true; model: Model } | { ok: false; problems: Problem[] };

export interface WorkbookGateway {
  /** Writes (or rewrites) Budgetsim's sheets for the model, leaving every other sheet as it was. */
  write(model: Model, options?: { solved?: Map<string, number | null>; onProgress?: (p: WriteProgress) => void }): Promise<WriteReport>;
  /** Reads the model back from the workbook's input tables (the same parser and messages as .xlsx files). */
  read(): Promise<ReadResult>;
  /** The model kept in the workbook's custom XML part, migrated to the current version; null when none. */
  stored(): Promise<Model | null>;
  /** Selects a problem's cell so the user sees it. */
  select(location: CellLocation): Promise<void>;
}
