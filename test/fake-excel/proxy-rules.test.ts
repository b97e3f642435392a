import { createFakeExcel } from '../../src/fake-excel';
import { rejection, thrown } from './helpers';

describe('proxies queue work; nothing is readable before load() and sync()', () => {
  test('reading a property before load and sync throws PropertyNotLoaded, shaped like Office.js', async () => {
    const { Excel, host } = createFakeExcel();
    host.sheet('Sheet1').setValues('A1', [[5]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const e = thrown(() => range.values);
      expect(e.code).toBe('PropertyNotLoaded');
      expect(e.name).toBe('RichApi.Error');
      expect(e.message).toContain("The property 'values' is not available");
      expect(e.debugInfo).toMatchObject({ code: 'PropertyNotLoaded', errorLocation: 'Range.values' });

      range.load('values');
      expect(thrown(() => range.values).code).toBe('PropertyNotLoaded');
      const pending = context.sync();
      expect(thrown(() => range.values).code).toBe('PropertyNotLoaded');
      await pending;
      expect(range.values).toEqual([[5]]);
      expect(thrown(() => range.address).code).toBe('PropertyNotLoaded');
    });
  });

  test("load('a, b'), load(['a']), load({ select }), paths and collections", async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Inputs', 'Base'] });
    host.sheet('Inputs').setValues('B2:C3', [[1, 2], [3, 4]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Inputs').getRange('B2:C3');
      range.load('address, rowCount');
      range.load(['columnCount']);
      range.load({ select: 'values', expand: 'format/font' });
      range.load('format/fill/color');
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect(range.address).toBe('Inputs!B2:C3');
      expect([range.rowCount, range.columnCount]).toEqual([2, 2]);
      expect(range.values).toEqual([[1, 2], [3, 4]]);
      expect(range.format.font.bold).toBe(false);
      expect(range.format.fill.color).toBe('#FFFFFF');
      expect(range.format.font.color).toBe('#000000');
      expect(sheets.items.map((s) => s.name)).toEqual(['Inputs', 'Base']);
      expect(thrown(() => sheets.items[0].position).code).toBe('PropertyNotLoaded');
      sheets.load('visibility');
      await context.sync();
      expect(sheets.items.map((s) => s.visibility)).toEqual(['Visible', 'Visible']);
    });
  });

  test('collection items are unreadable until loaded; load() without arguments loads every scalar', async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrown(() => sheets.items).code).toBe('PropertyNotLoaded');
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.load();
      await context.sync();
      expect(sheet.name).toBe('Sheet1');
      expect(sheet.position).toBe(0);
      expect(sheet.visibility).toBe('Visible');
    });
  });

  test('loading a property the fake does not know fails at once', async () => {
    const { Excel } = createFakeExcel();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('valuez');
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('a property set on a proxy reads back as set (as in Office.js); the workbook changes only at sync', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['x']];
      expect(range.values).toEqual([['x']]);
      expect(host.sheet('Sheet1').values('A1')).toEqual([['']]);
      await context.sync();
      expect(host.sheet('Sheet1').values('A1')).toEqual([['x']]);
    });
  });

  test('isNullObject needs a sync; getItem of a missing sheet fails the sync even if unused; OrNullObject does not', async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('Sheet1');
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      missing.delete();
      missing.load('name');
      await context.sync();
      expect(missing.name).toBeNull();

      context.workbook.worksheets.getItem('Nope');
      const e = await rejection(context.sync());
      expect(e.code).toBe('ItemNotFound');
    });
  });

  test('an object from a finished Excel.run is unusable: any use throws InvalidObjectPath', async () => {
    const { Excel } = createFakeExcel();
    let range: Excel.Range | undefined;
    let ctx: Excel.RequestContext | undefined;
    await Excel.run(async (context) => {
      ctx = context;
      range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['']]);
    });
    const r = range!;
    expect(thrown(() => r.values).code).toBe('InvalidObjectPath');
    expect(thrown(() => (r.values = [[1]])).code).toBe('InvalidObjectPath');
    expect(thrown(() => r.getCell(0, 0)).code).toBe('InvalidObjectPath');
    expect(thrown(() => r.load('address')).code).toBe('InvalidObjectPath');
    expect(thrown(() => r.format).code).toBe('InvalidObjectPath');
    expect(thrown(() => ctx!.workbook).code).toBe('InvalidObjectPath');
    expect((await rejection(ctx!.sync())).code).toBe('InvalidObjectPath');

    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.names.add('Old', r);
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidObjectPath');
  });

  test('an object cannot be used in another request context', async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (outer) => {
      const range = outer.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      const e = await rejection(
        Excel.run(async (inner) => {
          inner.workbook.tables.add(range, true);
          await inner.sync();
        }),
      );
      expect(e.code).toBe('InvalidRequestContext');
    });
  });

  test('Excel.run syncs pending work once at the end; a batch that throws is not synced', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(host.sheet('Sheet1').values('A1')).toEqual([[1]]);
    expect(host.stats.syncs).toBe(1);

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[2]];
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);

    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[3]];
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(host.sheet('Sheet1').values('A1')).toEqual([[2]]);
    expect(host.stats.syncs).toBe(2);
  });

  test('Excel.run returns the batch result and accepts run options', async () => {
    const { Excel } = createFakeExcel();
    const n = await Excel.run({ delayForCellEdit: true }, async () => 42);
    expect(n).toBe(42);
  });

  test('a ClientResult is readable only after sync', async () => {
    const { Excel } = createFakeExcel({ sheets: ['A', 'B'] });
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrown(() => count.value).code).toBe('ValueNotLoaded');
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  test('properties the API does not have, or cannot set, fail loudly', async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1') as unknown as Record<string, unknown>;
      expect(() => {
        range.address = 'B2';
      }).toThrow(TypeError);
      expect(() => {
        range.valuez = [[1]];
      }).toThrow(TypeError);
    });
  });

  test('set() writes several properties, nested ones included; toJSON shows what is loaded', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.set({ values: [[7]], numberFormat: [['0.0']], format: { font: { bold: true }, fill: { color: 'yellow' } } });
      range.load('values, numberFormat');
      await context.sync();
      expect(range.toJSON()).toEqual({ values: [[7]], numberFormat: [['0.0']] });
    });
    expect(host.sheet('Sheet1').cell('A1')).toMatchObject({ value: 7, numberFormat: '0.0', fill: '#FFFF00', font: { bold: true } });
  });
});
