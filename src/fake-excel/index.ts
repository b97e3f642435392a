/**
 * A strict in-memory fake of the part of the Excel JavaScript API the add-in uses, for tests and for
 * the browser preview. Pure TypeScript: no Node APIs.
 *
 *   const { Excel, Office, host } = createFakeExcel({ apiSets: { ExcelApi: '1.12' } });
 *   await Excel.run(async (context) => { ... });   // same signature and types as the real Excel.run
 *   host.sheet('Sheet1').values('A1:B2');           // direct access, no load/sync
 *
 * Code that takes `ExcelApi` / `OfficeApi` (below) accepts both the real globals and this fake.
 * Inside Excel.run the fake's objects are typed as the real Excel.* classes; members the fake
 * does not implement are simply absent at run time (a TypeError), never silently ignored.
 */
import { makeRun, versionAtLeast } from './core';
import * as enums from './enums';
import { FakeExcelOptions, FakeHost } from './host';

/** The members of the global `Excel` namespace the add-in relies on. */
export type ExcelApi = Pick<
  typeof Excel,
  | 'run'
  | 'ChartType'
  | 'ChartSeriesBy'
  | 'ChartAxisType'
  | 'ChartAxisGroup'
  | 'ChartLegendPosition'
  | 'SheetVisibility'
  | 'BorderIndex'
  | 'BorderLineStyle'
  | 'BorderWeight'
  | 'CalculationMode'
  | 'CalculationType'
  | 'ConditionalFormatType'
  | 'ConditionalCellValueOperator'
  | 'ConditionalRangeFontUnderlineStyle'
  | 'DataValidationType'
  | 'DataValidationOperator'
  | 'DataValidationAlertStyle'
  | 'HorizontalAlignment'
  | 'VerticalAlignment'
  | 'NamedItemType'
  | 'NamedItemScope'
  | 'RangeValueType'
  | 'ClearApplyTo'
  | 'RangeCopyType'
  | 'RangeUnderlineStyle'
  | 'ErrorCodes'
>;

/** The members of the global `Office` namespace the add-in relies on. */
export interface OfficeApi {
  onReady: typeof Office.onReady;
  context: Pick<Office.Context, 'displayLanguage' | 'contentLanguage' | 'host' | 'platform' | 'requirements'>;
  HostType: typeof Office.HostType;
  PlatformType: typeof Office.PlatformType;
}

export interface FakeExcel {
  Excel: ExcelApi;
  Office: OfficeApi;
  host: FakeHost;
}

const HOST_TYPES = {
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
};

const PLATFORM_TYPES = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
};

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const host = new FakeHost(options);
  const apiSets: Record<string, string> = { ExcelApi: host.apiVersion, ...(options.apiSets ?? {}) };
  const platform = options.platform ?? 'OfficeOnline';
  const displayLanguage = options.displayLanguage ?? 'en-US';
  const info = { host: 'Excel', platform } as unknown as { host: Office.HostType; platform: Office.PlatformType };

  const excel = { run: makeRun(host), ...enums } as unknown as ExcelApi;

  const office: OfficeApi = {
    onReady: ((callback?: (i: typeof info) => unknown) =>
      Promise.resolve().then(() => {
        callback?.(info);
        return info;
      })) as typeof Office.onReady,
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      host: info.host,
      platform: info.platform,
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const key = Object.keys(apiSets).find((k) => k.toLowerCase() === name.toLowerCase());
          if (!key) return false;
          return minVersion === undefined || versionAtLeast(apiSets[key], String(minVersion));
        },
      },
    },
    HostType: HOST_TYPES as unknown as typeof Office.HostType,
    PlatformType: PLATFORM_TYPES as unknown as typeof Office.PlatformType,
  };

  return { Excel: excel, Office: office, host };
}

export { FakeHost, HostSheet, DEFAULT_PAYLOAD_LIMIT } from './host';
export type { FakeExcelOptions, CellInfo, CellSnapshot, SheetSnapshot, WorkbookSnapshot, TableSnapshot, ChartSnapshot, NameSnapshot } from './host';
export type { FakeStats, SyncRecord } from './core';
export type { FormulaEvaluator, Scalar } from './state';
export { FakeOfficeError } from './errors';
export type { FakeErrorCode } from './errors';
