/**
 * Stands in for Office.js in the browser tests and the bench: served in place of Microsoft's
 * office.js, it installs the in-memory fake Excel as the `Excel` and `Office` globals before the
 * pane starts, and puts the fake's host on `window.__budgetsim` for the test to inspect.
 *
 * A test may set `window.__budgetsimFake` first (an init script) to choose the display language
 * and to prepare the workbook (write a model, type into cells) before Office reports ready.
 */
import { Model } from '../engine/types';
import { exampleModel, LargeModelOptions, makeLargeModel } from '../examples';
import { createFakeExcel, ExcelApi, FakeExcelOptions, FakeHost } from '../fake-excel';
import { createOfficeGateway, WorkbookGateway } from '../office';

export interface FakeOfficeTools {
  host: FakeHost;
  Excel: ExcelApi;
  gateway: WorkbookGateway;
  example(): Model;
  large(options: LargeModelOptions): Model;
}

export interface FakeOfficeSetup {
  displayLanguage?: string;
  options?: FakeExcelOptions;
  prepare?: (tools: FakeOfficeTools) => unknown;
}

interface FakeOfficeWindow {
  __budgetsimFake?: FakeOfficeSetup;
  __budgetsim?: FakeOfficeTools & { ready: Promise<void> };
  Excel?: unknown;
  Office?: unknown;
}

const w = window as unknown as FakeOfficeWindow;
const setup = w.__budgetsimFake ?? {};
const fake = createFakeExcel({ ...setup.options, displayLanguage: setup.displayLanguage ?? setup.options?.displayLanguage ?? 'sv-SE' });
const gateway = createOfficeGateway(fake.Excel as unknown as typeof Excel, fake.Office as unknown as typeof Office);
const tools: FakeOfficeTools = { host: fake.host, Excel: fake.Excel, gateway, example: exampleModel, large: makeLargeModel };
const ready = Promise.resolve()
  .then(() => setup.prepare?.(tools))
  .then(() => {
    performance.mark('budgetsim:office-ready');
  });

const onReady = fake.Office.onReady;
fake.Office.onReady = ((callback?: (info: unknown) => unknown) => ready.then(() => onReady(callback as never))) as typeof onReady;

w.Excel = fake.Excel;
w.Office = fake.Office;
w.__budgetsim = { ...tools, ready };
