import { DEFAULT_PAYLOAD_LIMIT, createFakeExcel } from '../../src/fake-excel';
import { rejection, thrown } from './helpers';

function grid(rows: number, columns: number, f: (r: number, c: number) => unknown): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => f(r, c)));
}

describe('syncs and request bytes', () => {
  test('every sync is counted with the UTF-8 size of its serialised operations', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['a']];
      await context.sync();
      sheet.getRange('A1').values = [['é'.repeat(1000)]];
      await context.sync();
      await context.sync();
    });
    const { syncs, requestBytes, maxRequestBytes } = host.stats;
    expect(syncs).toBe(3);
    expect(requestBytes).toHaveLength(3);
    expect(requestBytes[1] - requestBytes[0]).toBeGreaterThan(1900);
    expect(requestBytes[2]).toBeLessThan(requestBytes[0]);
    expect(maxRequestBytes).toBe(requestBytes[1]);
    expect(host.stats.perSync.map((s) => s.operations)).toEqual([1, 1, 0]);

    host.resetStats();
    expect(host.stats.syncs).toBe(0);
    for (const text of ['e'.repeat(1000), 'é'.repeat(1000)]) {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[text]];
      });
    }
    expect(host.stats.requestBytes[1] - host.stats.requestBytes[0]).toBe(1000);
  });

  test('a sync over the payload limit (5 MB by default, as Excel on the web) is rejected and applies nothing', async () => {
    expect(DEFAULT_PAYLOAD_LIMIT).toBe(5_000_000);
    const { Excel, host } = createFakeExcel({ requestLimitBytes: 50_000 });
    host.sheet('Sheet1').setValues('A1', [['kept']]);
    const before = host.snapshot();
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['small first write']];
        sheet.getRange('A2:J1001').values = grid(1000, 10, (r, c) => r * 10 + c);
        context.workbook.worksheets.add('New');
        await context.sync();
      }),
    );
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(e.message).toContain('The request payload size has exceeded the limit');
    expect(host.snapshot()).toEqual(before);
    expect(host.stats.failedSyncs).toBe(1);
    expect(host.stats.maxRequestBytes).toBeGreaterThan(50_000);

    host.setRequestLimit(null);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A2:J1001').values = grid(1000, 10, (r, c) => r * 10 + c);
    });
    expect(host.sheet('Sheet1').values('J1001')).toEqual([[9999]]);
  });

  test('the same data split over two syncs passes the limit', async () => {
    const { Excel, host } = createFakeExcel({ requestLimitBytes: 50_000 });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      for (const start of [0, 500]) {
        sheet.getRangeByIndexes(start, 0, 500, 10).values = grid(500, 10, (r, c) => (start + r) * 10 + c);
        await context.sync();
      }
    });
    expect(host.stats.requestBytes.every((b) => b <= 50_000)).toBe(true);
    expect(host.sheet('Sheet1').values('J1000')).toEqual([[9999]]);
  });
});

describe('failure injection', () => {
  test('failAfterOperations(n): the sync fails after n operations; those stay applied (Excel does not roll back)', async () => {
    const { Excel, host } = createFakeExcel();
    host.failAfterOperations(2);
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [[1]];
        sheet.getRange('A2').values = [[2]];
        sheet.getRange('A3').values = [[3]];
        context.workbook.worksheets.add('Never');
        await context.sync();
      }),
    );
    expect(e.code).toBe('GeneralException');
    expect(e.injected).toBe(true);
    expect(host.sheet('Sheet1').values('A1:A3')).toEqual([[1], [2], ['']]);
    expect(host.sheetNames).toEqual(['Sheet1']);

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A3').values = [[3]];
    });
    expect(host.sheet('Sheet1').values('A3')).toEqual([[3]]);
  });

  test('failAfterOperations counts across syncs', async () => {
    const { Excel, host } = createFakeExcel();
    host.failAfterOperations(3);
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        for (let i = 1; i <= 3; i++) {
          sheet.getRange(`A${i}:B${i}`).values = [[i, i]];
          sheet.getRange(`A${i}:B${i}`).format.font.bold = true;
          await context.sync();
        }
      }),
    );
    expect(e.injected).toBe(true);
    expect(host.stats.perSync.map((s) => [s.operations, s.failed])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(host.sheet('Sheet1').values('A1:B3')).toEqual([[1, 1], [2, 2], ['', '']]);
    expect(host.sheet('Sheet1').cell('A2').font.bold).toBe(false);
  });

  test('failOnSync(k, n): the k-th sync applies n operations, then fails', async () => {
    const { Excel, host } = createFakeExcel();
    host.failOnSync(2, 1);
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['first sync']];
        await context.sync();
        sheet.getRange('B1').values = [['applied']];
        sheet.getRange('C1').values = [['dropped']];
        await context.sync();
      }),
    );
    expect(e.injected).toBe(true);
    expect(host.sheet('Sheet1').values('A1:C1')).toEqual([['first sync', 'applied', '']]);
  });

  test('failOnSync(k) without a count applies half of that sync', async () => {
    const { Excel, host } = createFakeExcel();
    host.failOnSync(1);
    await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        for (let i = 1; i <= 4; i++) sheet.getRange(`A${i}`).values = [[i]];
        await context.sync();
      }),
    );
    expect(host.sheet('Sheet1').values('A1:A4')).toEqual([[1], [2], [''], ['']]);
  });

  test('loads from a failed sync are not delivered', async () => {
    const { Excel, host } = createFakeExcel();
    host.failAfterOperations(1);
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('address');
      r.values = [[1]];
      await rejection(context.sync());
      expect(thrown(() => r.address).code).toBe('PropertyNotLoaded');
    });
  });
});

describe('application, API sets and Office', () => {
  test('calculation: suspendApiCalculationUntilNextSync is recorded per sync; calculationMode loads and sets', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]];
      await context.sync();
      const app = context.application.load('calculationMode');
      await context.sync();
      expect(app.calculationMode).toBe('Automatic');
      app.calculationMode = Excel.CalculationMode.manual;
      await context.sync();
    });
    expect(host.stats.perSync.map((s) => s.calculationSuspended)).toEqual([true, false, false, false]);
    expect(host.stats.calculationSuspendedSyncs).toBe(1);
    expect(host.calculationMode).toBe('Manual');
  });

  test('isSetSupported follows the configured sets; members above the host’s ExcelApi fail with ApiNotFound', async () => {
    const { Excel, Office, host } = createFakeExcel({ apiSets: { ExcelApi: '1.7' } });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('excelapi', '1.4')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);

    host.sheet('Sheet1').setValues('A1:B2', [['', 'x'], ['a', 1]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const chart = sheet.charts.add('Line', sheet.getRange('A1:B2'));
      expect(thrown(() => (chart.axes.valueAxis.numberFormat = '0%')).code).toBe('ApiNotFound');
      expect(thrown(() => sheet.getRange('A1').dataValidation).code).toBe('ApiNotFound');
      expect(thrown(() => (context.application.calculationMode = 'Manual')).code).toBe('ApiNotFound');
      chart.series.add('ok in 1.7');
      sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
      await context.sync();
    });

    const modern = createFakeExcel();
    expect(modern.Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(modern.Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
  });

  test('Office.onReady and the display language', async () => {
    const { Office } = createFakeExcel({ displayLanguage: 'sv-SE', platform: 'PC' });
    const seen: unknown[] = [];
    const info = await Office.onReady((i) => seen.push(i));
    expect(info).toEqual({ host: 'Excel', platform: 'PC' });
    expect(seen).toEqual([info]);
    expect(Office.context.displayLanguage).toBe('sv-SE');
  });

  test('conditional formats and data validation are kept', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Base', 'Lists'] });
    host.sheet('Lists').setValues('A1:A2', [['Frame'], ['Fixed']]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Base');
      const cf = sheet.getRange('B5:P5').conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.format.fill.color = '#C6EFCE';
      cf.cellValue.format.font.color = '#006100';
      cf.cellValue.rule = { formula1: '=TRUE', operator: 'EqualTo' };
      const custom = sheet.getRange('B6:P6').conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=B6<0';
      custom.custom.format.font.bold = true;
      sheet.getRange('C2').dataValidation.rule = { list: { inCellDropDown: true, source: '2026,2027,2028' } };
      sheet.getRange('C3').dataValidation.rule = {
        list: { inCellDropDown: true, source: context.workbook.worksheets.getItem('Lists').getRange('A1:A2') },
      };
      await context.sync();
      const cfs = sheet.getRange('B5').conditionalFormats.load('items/type');
      const dv = sheet.getRange('C2').dataValidation.load('type, rule');
      await context.sync();
      expect(cfs.items.map((c) => c.type)).toEqual(['CellValue']);
      expect(dv.type).toBe('List');
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: '2026,2027,2028' } });

      sheet.getRange('C4').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,'.repeat(200) } };
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      sheet.getRange('C4').dataValidation.rule = { list: { inCellDropDown: true, source: 'a' }, wholeNumber: { formula1: 1, operator: 'GreaterThan' } };
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
    const base = host.snapshot().sheets[0];
    expect(base.conditionalFormats).toEqual([
      expect.objectContaining({ type: 'Custom', address: 'B6:P6', rule: { formula: '=B6<0' }, format: { font: { bold: true }, fill: {} } }),
      expect.objectContaining({
        type: 'CellValue',
        address: 'B5:P5',
        rule: { formula1: '=TRUE', operator: 'EqualTo' },
        format: { font: { color: '#006100' }, fill: { color: '#C6EFCE' } },
      }),
    ]);
    expect(base.dataValidations.map((v) => [v.address, v.type, v.rule])).toEqual([
      ['C2', 'List', { list: { inCellDropDown: true, source: '2026,2027,2028' } }],
      ['C3', 'List', { list: { inCellDropDown: true, source: '=Lists!$A$1:$A$2' } }],
    ]);
  });
});

describe('host', () => {
  test('snapshot() is plain JSON, deterministic, and unchanged by reads', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Inputs', 'Base'] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Inputs');
      sheet.getRange('A1:B2').values = [['Committee', 'Frame'], ['Care', '=B3*2']];
      sheet.getRange('A1:B1').format.font.bold = true;
      sheet.getRange('A1:B1').format.borders.getItem('EdgeBottom').style = 'Continuous';
      sheet.getRange('A:A').format.columnWidth = 90;
      sheet.freezePanes.freezeRows(1);
      sheet.tables.add('A1:B2', true).name = 'tblInputs';
      context.workbook.names.add('bs_sheet_1', sheet.getRange('A1'));
      context.workbook.customXmlParts.add('<s xmlns="urn:x"/>');
    });
    const snap = host.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.sheets[0].cells).toEqual({
      A1: { value: 'Committee', font: { bold: true }, borders: { bottom: { style: 'Continuous', color: '#000000', weight: 'Thin' } } },
      B1: { value: 'Frame', font: { bold: true }, borders: { bottom: { style: 'Continuous', color: '#000000', weight: 'Thin' } } },
      A2: { value: 'Care', borders: { top: { style: 'Continuous', color: '#000000', weight: 'Thin' } } },
      B2: { formula: '=B3*2', value: 0, borders: { top: { style: 'Continuous', color: '#000000', weight: 'Thin' } } },
    });
    expect(snap.sheets[0]).toMatchObject({ columnWidths: { A: 90 }, frozen: { rows: 1, columns: 0 } });
    expect(snap.names).toEqual([expect.objectContaining({ name: 'bs_sheet_1', formula: '=Inputs!$A$1', scope: 'Workbook' })]);

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Inputs').getUsedRange().load('values, formulas, numberFormat');
      context.workbook.tables.load('items/name');
      await context.sync();
    });
    expect(host.snapshot()).toEqual(snap);
  });
});
