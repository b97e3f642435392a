import { createFakeExcel } from '../../src/fake-excel';
import { rejection } from './helpers';

describe('tables', () => {
  test('tables.add over written values takes its header from the first row, as Excel does', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Inputs'] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Inputs');
      sheet.getRange('B2:F4').values = [
        ['Committee', 2026, '', 'Name', 'name'],
        ['Education', 1, 2, 3, 4],
        ['Care', 5, 6, 7, 8],
      ];
      const table = sheet.tables.add('B2:F4', true);
      table.name = 'tblFrames';
      table.style = 'TableStyleLight9';
      table.load('name, style, id, showHeaders');
      const header = table.getHeaderRowRange().load('values, valueTypes');
      const body = table.getDataBodyRange().load('address, values');
      const all = table.getRange().load('address');
      const tableSheet = table.worksheet.load('name');
      const columns = table.columns.load('items/name');
      await context.sync();
      expect(table.name).toBe('tblFrames');
      expect(table.style).toBe('TableStyleLight9');
      expect(table.showHeaders).toBe(true);
      expect(header.values).toEqual([['Committee', '2026', 'Column3', 'Name', 'name2']]);
      expect(header.valueTypes[0][1]).toBe('String');
      expect(body.address).toBe('Inputs!B3:F4');
      expect(body.values).toEqual([['Education', 1, 2, 3, 4], ['Care', 5, 6, 7, 8]]);
      expect(all.address).toBe('Inputs!B2:F4');
      expect(tableSheet.name).toBe('Inputs');
      expect(columns.items.map((c) => c.name)).toEqual(['Committee', '2026', 'Column3', 'Name', 'name2']);
    });
    expect(host.tables()).toEqual([
      expect.objectContaining({ name: 'tblFrames', sheet: 'Inputs', address: 'Inputs!B2:F4', style: 'TableStyleLight9' }),
    ]);
  });

  test('a table over a header row alone gets one empty data row', async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['a', 'b']];
      const body = sheet.tables.add(sheet.getRange('A1:B1'), true).getDataBodyRange().load('address');
      await context.sync();
      expect(body.address).toBe('Sheet1!A2:B2');
    });
  });

  test('table names are unique across the workbook and shared with defined names', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['A', 'B'] });
    host.sheet('A').setValues('A1:A2', [['h'], [1]]);
    host.sheet('B').setValues('A1:A2', [['h'], [1]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').tables.add('A1:A2', true).name = 'tblData';
      context.workbook.worksheets.getItem('B').tables.add('A1:A2', true).name = 'tblOther';
      context.workbook.names.add('nmRate', '=A!$C$1');
      await context.sync();
    });
    for (const [name, code] of [
      ['TBLDATA', 'ItemAlreadyExists'],
      ['nmrate', 'ItemAlreadyExists'],
      ['A1', 'InvalidArgument'],
      ['R2C3', 'InvalidArgument'],
      ['has space', 'InvalidArgument'],
      ['1st', 'InvalidArgument'],
    ]) {
      const e = await rejection(
        Excel.run(async (context) => {
          context.workbook.tables.getItem('tblOther').name = name;
          await context.sync();
        }),
      );
      expect({ name, code: e.code }).toEqual({ name, code });
    }
    const clash = await rejection(
      Excel.run(async (context) => {
        context.workbook.names.add('tblData', '=B!$A$1');
        await context.sync();
      }),
    );
    expect(clash.code).toBe('ItemAlreadyExists');
  });

  test('tables cannot overlap; getItem, getItemOrNullObject and items by scope; delete clears the cells', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['A', 'B'] });
    host.sheet('A').setValues('A1:B3', [['x', 'y'], [1, 2], [3, 4]]);
    host.sheet('B').setValues('A1:A2', [['z'], [5]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').tables.add('A!A1:B3', true).name = 'tA';
      context.workbook.tables.add('B!A1:A2', true).name = 'tB';
      await context.sync();
      context.workbook.worksheets.getItem('A').tables.add('B2:C4', true);
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');

      const all = context.workbook.tables.load('items/name');
      const onB = context.workbook.worksheets.getItem('B').tables.load('items/name');
      const missing = context.workbook.tables.getItemOrNullObject('nope');
      const count = context.workbook.tables.getCount();
      await context.sync();
      expect(all.items.map((t) => t.name)).toEqual(['tA', 'tB']);
      expect(onB.items.map((t) => t.name)).toEqual(['tB']);
      expect(missing.isNullObject).toBe(true);
      expect(count.value).toBe(2);

      context.workbook.tables.getItem('tA').delete();
      await context.sync();
    });
    expect(host.tables().map((t) => t.name)).toEqual(['tB']);
    expect(host.sheet('A').usedRange(true)).toBeNull();
  });
});

describe('names', () => {
  test('names.add with a Range or an "=Sheet!$A$1" reference; getItem ignores case; getRange, formula, value, type', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Inställningar'] });
    host.sheet('Inställningar').setValues('B2:B3', [[0.02], ['x']]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Inställningar');
      context.workbook.names.add('bs_rate', sheet.getRange('B2'), 'Price uplift');
      context.workbook.names.add('bs_block', "='Inställningar'!$B$2:$B$3");
      context.workbook.names.add('bs_years', '=15');
      const rate = context.workbook.names.getItem('BS_RATE').load('name, formula, value, type, comment, visible');
      const block = context.workbook.names.getItem('bs_block').getRange().load('address, values');
      const years = context.workbook.names.getItem('bs_years').load('type, value');
      await context.sync();
      expect(rate).toMatchObject({
        name: 'bs_rate',
        formula: '=Inställningar!$B$2',
        value: 'Inställningar!$B$2',
        type: 'Range',
        comment: 'Price uplift',
        visible: true,
      });
      expect(block.address).toBe('Inställningar!B2:B3');
      expect(block.values).toEqual([[0.02], ['x']]);
      expect([years.type, years.value]).toEqual(['Integer', 15]);

      context.workbook.names.getItem('bs_years').getRange();
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      context.workbook.names.getItem('bs_nothing');
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
    expect(host.names().map((n) => n.name)).toEqual(['bs_rate', 'bs_block', 'bs_years']);
  });

  test('a name keeps pointing at its sheet after the sheet is renamed or moved', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Base', 'Other'] });
    await Excel.run(async (context) => {
      context.workbook.names.add('bs_sheet_1', context.workbook.worksheets.getItem('Base').getRange('A1'));
      await context.sync();
      const sheet = context.workbook.worksheets.getItem('Base');
      sheet.name = 'Base (colleague)';
      sheet.position = 1;
      const owner = context.workbook.names.getItem('bs_sheet_1').getRange().worksheet.load('name');
      const name = context.workbook.names.getItem('bs_sheet_1').load('formula');
      await context.sync();
      expect(owner.name).toBe('Base (colleague)');
      expect(name.formula).toBe("='Base (colleague)'!$A$1");
    });
    host.sheet('Base (colleague)').rename('Renamed by hand');
    expect(host.names()[0].formula).toBe("='Renamed by hand'!$A$1");
    await Excel.run(async (context) => {
      const owner = context.workbook.names.getItem('bs_sheet_1').getRange().worksheet.load('name, position');
      await context.sync();
      expect([owner.name, owner.position]).toEqual(['Renamed by hand', 1]);
    });
  });

  test('name rules and references to missing sheets', async () => {
    const { Excel } = createFakeExcel();
    for (const [name, ref, code] of [
      ['ok', '=Nope!$A$1', 'InvalidArgument'],
      ['bad name', '=Sheet1!$A$1', 'InvalidArgument'],
      ['B12', '=Sheet1!$A$1', 'InvalidArgument'],
      ['ok', '', 'InvalidArgument'],
    ]) {
      const e = await rejection(
        Excel.run(async (context) => {
          context.workbook.names.add(name, ref);
          await context.sync();
        }),
      );
      expect({ name, ref, code: e.code }).toEqual({ name, ref, code });
    }
  });
});
