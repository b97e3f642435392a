import { createFakeExcel, FakeExcelOptions, FakeHost, SheetSnapshot } from '../../src/fake-excel';
import { createOfficeGateway, OfficeGatewayOptions } from '../../src/office';
import { WorkbookGateway } from '../../src/office/gateway';
import { ExcelRun } from '../../src/office/capabilities';
import { Model } from '../../src/engine/types';
import { WorkbookDescription } from '../../src/workbook/description';
import { describeWorkbook, DescribeOptions } from '../../src/workbook/layout';
import { riskForWorkbook, RiskSheetOptions } from '../../src/workbook/layout/risk-sheet';

/**
 * The Risk sheet's simulation in the add-in's tests: few runs (the figures themselves are checked in
 * test/workbook/risk-sheet.test.ts) and a fixed date, so a write can be compared with its description.
 */
export const TEST_RISK: RiskSheetOptions = { runs: 40, seed: 1, date: new Date('2026-01-15T08:00:00Z') };

/** The description the test fixture's gateway writes for a model: with its Risk sheet when the model has one. */
export function describeAsWritten(model: Model, options: DescribeOptions = {}): WorkbookDescription {
  const risk = riskForWorkbook(model, TEST_RISK);
  return describeWorkbook(model, { ...options, ...(risk ? { risk } : {}) });
}

export interface Fixture {
  Excel: ExcelRun;
  Office: Parameters<typeof createOfficeGateway>[1];
  host: FakeHost;
  gateway: WorkbookGateway;
}

export function fixture(options: FakeExcelOptions = {}, gatewayOptions: OfficeGatewayOptions = {}): Fixture {
  const { Excel, Office, host } = createFakeExcel(options);
  return { Excel, Office, host, gateway: createOfficeGateway(Excel, Office, { risk: TEST_RISK, ...gatewayOptions }) };
}

/**
 * Excel.run whose request context calls `before(n)` just before its n-th sync (counted over every
 * run made through it); run options (delayForCellEdit) are passed on.
 */
export function onSyncs(excel: ExcelRun, before: (n: number) => void): ExcelRun & { syncs: () => number } {
  let n = 0;
  const run = ((...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const wrapped = (context: Excel.RequestContext) => {
      const sync = context.sync.bind(context);
      (context as unknown as { sync: typeof context.sync }).sync = (<T>(value?: T) => {
        n += 1;
        before(n);
        return sync(value);
      }) as typeof context.sync;
      return batch(context);
    };
    return args.length > 1 ? (excel.run as (o: unknown, b: unknown) => Promise<unknown>)(args[0], wrapped) : excel.run(wrapped);
  }) as unknown as ExcelRun['run'];
  return { run, syncs: () => n };
}

/**
 * Excel.run whose request context fails the given syncs (1-based, counted over every run made
 * through it): the fake then applies the first `applied` operations of that sync (default half).
 */
export function failingExcel(excel: ExcelRun, host: FakeHost, failAt: number[], applied?: number): ExcelRun & { syncs: () => number } {
  return onSyncs(excel, (n) => {
    if (failAt.includes(n)) host.failOnSync(1, applied);
  });
}

/** The sheets of a snapshot that are not Budgetsim's, by id. */
export function sheetsById(sheets: SheetSnapshot[], ids: string[]): SheetSnapshot[] {
  return ids.map((id) => sheets.find((s) => s.id === id)!).filter(Boolean);
}

/** The user's content a test starts from: values, a formula, number formats, a fill, a table and a name. */
export async function addUserContent(f: Fixture, sheet: string): Promise<void> {
  const { host } = f;
  const s = host.hasSheet(sheet) ? host.sheet(sheet) : host.addSheet(sheet);
  s.setValues('A1:C3', [
    ['Konto', 'Belopp', 'Not'],
    ['4010', 1250.5, 'hyra'],
    ["'0123", '=B2*2', 'TRUE'],
  ]);
  s.setValues('E1:F3', [
    ['Typ', 'Antal'],
    ['a', 1],
    ['b', 2],
  ]);
  const table = `Tab${sheet.replace(/[^A-Za-z0-9]/g, '')}`;
  await f.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.getRange('B2:B3').numberFormat = [['#,##0.00']];
    ws.getRange('A1:C1').format.fill.color = '#FFEE00';
    ws.tables.add(ws.getRange('E1:F3'), true).name = table;
    await context.sync();
  });
  host.addName(`Min${table}`, `='${sheet}'!$B$2`, "the user's own name");
}
