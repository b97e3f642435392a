import { createFakeExcel } from '../../src/fake-excel';
import { rejection } from './helpers';

async function addSheet(Excel: ReturnType<typeof createFakeExcel>['Excel'], name: string) {
  return Excel.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
}

describe('worksheets', () => {
  test('names follow Excel’s rules: at most 31 characters, none of []:*?/\\, not blank, no apostrophe at the ends', async () => {
    const { Excel, host } = createFakeExcel();
    for (const bad of ['x'.repeat(32), 'a[b', 'a]b', 'a:b', 'a*b', 'a?b', 'a/b', 'a\\b', '', "'quoted", "quoted'"]) {
      const e = await rejection(addSheet(Excel, bad));
      expect({ bad, code: e.code }).toEqual({ bad, code: 'InvalidArgument' });
    }
    await addSheet(Excel, 'x'.repeat(31));
    await addSheet(Excel, "Kommunstyrelsens 'plan' 26");
    expect(host.sheetNames).toEqual(['Sheet1', 'x'.repeat(31), "Kommunstyrelsens 'plan' 26"]);
  });

  test('names are unique ignoring case; a clash is ItemAlreadyExists and adds nothing', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Översikt'] });
    for (const clash of ['översikt', 'ÖVERSIKT']) {
      const e = await rejection(addSheet(Excel, clash));
      expect(e.code).toBe('ItemAlreadyExists');
      expect(e.message).toContain('A resource with the same name or identifier already exists.');
    }
    expect(host.sheetNames).toEqual(['Översikt']);
  });

  test('renaming follows the same rules; a change of case alone is allowed', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Inputs', 'Base'] });
    const rename = (from: string, to: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(from).name = to;
        await context.sync();
      });
    expect((await rejection(rename('Base', 'inputs'))).code).toBe('ItemAlreadyExists');
    expect((await rejection(rename('Base', 'a/b'))).code).toBe('InvalidArgument');
    await rename('Base', 'BASE');
    expect(host.sheetNames).toEqual(['Inputs', 'BASE']);
  });

  test('add without a name, getItem by name or id, items in order, position', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['A', 'B'] });
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add();
      added.load('name, id, position');
      await context.sync();
      expect(added.name).toBe('Sheet3');
      expect(added.position).toBe(2);
      const byId = context.workbook.worksheets.getItem(added.id).load('name');
      added.position = 0;
      await context.sync();
      expect(byId.name).toBe('Sheet3');
      const items = context.workbook.worksheets.load('items/name, items/position');
      await context.sync();
      expect(items.items.map((s) => [s.name, s.position])).toEqual([
        ['Sheet3', 0],
        ['A', 1],
        ['B', 2],
      ]);
    });
    expect(host.sheetNames).toEqual(['Sheet3', 'A', 'B']);
    expect(host.activeSheet).toBe('A');
  });

  test('visibility is kept; the last visible sheet cannot be hidden or deleted; a hidden sheet has no tab colour', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Visible', 'Data'] });
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem('Data');
      data.visibility = Excel.SheetVisibility.veryHidden;
      data.tabColor = '#FF0000';
      data.load('visibility, tabColor');
      const visible = context.workbook.worksheets.getItem('Visible');
      visible.tabColor = 'green';
      visible.load('tabColor');
      await context.sync();
      expect(data.visibility).toBe('VeryHidden');
      expect(data.tabColor).toBeNull();
      expect(visible.tabColor).toBe('#008000');
    });
    expect(host.sheet('Data').visibility).toBe('VeryHidden');

    const hideLast = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Visible').visibility = 'Hidden';
        await context.sync();
      }),
    );
    expect(hideLast.code).toBe('InvalidOperation');
    const deleteLast = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Visible').delete();
        await context.sync();
      }),
    );
    expect(deleteLast.code).toBe('InvalidOperation');

    const activateHidden = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').activate();
        await context.sync();
      }),
    );
    expect(activateHidden.code).toBe('InvalidOperation');
  });

  test('activate and the active sheet', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['A', 'B'] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('B').activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(active.name).toBe('B');
    });
    expect(host.activeSheet).toBe('B');
  });

  test('freeze panes: rows, columns, or both at a range', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.freezePanes.freezeRows(3);
      await context.sync();
      expect(host.sheet('Sheet1').frozen).toEqual({ rows: 3, columns: 0 });
      sheet.freezePanes.freezeColumns(2);
      await context.sync();
      expect(host.sheet('Sheet1').frozen).toEqual({ rows: 0, columns: 2 });
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B4'));
      const location = sheet.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(host.sheet('Sheet1').frozen).toEqual({ rows: 4, columns: 2 });
      expect(location.address).toBe('Sheet1!A1:B4');
      sheet.freezePanes.unfreeze();
    });
    expect(host.sheet('Sheet1').frozen).toEqual({ rows: 0, columns: 0 });
  });

  test('deleting a sheet removes it, its tables and charts; names that pointed at it become #REF!', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Keep', 'Drop'] });
    host.sheet('Drop').setValues('A1:B2', [['h1', 'h2'], [1, 2]]);
    await Excel.run(async (context) => {
      const drop = context.workbook.worksheets.getItem('Drop');
      drop.tables.add('A1:B2', true).name = 'T_drop';
      drop.charts.add('Line', drop.getRange('A1:B2'));
      context.workbook.names.add('DropCell', drop.getRange('B2'));
      await context.sync();
      drop.delete();
      await context.sync();
      const gone = context.workbook.worksheets.getItemOrNullObject('Drop');
      const table = context.workbook.tables.getItemOrNullObject('T_drop');
      const name = context.workbook.names.getItem('DropCell').load('formula, type');
      await context.sync();
      expect(gone.isNullObject).toBe(true);
      expect(table.isNullObject).toBe(true);
      expect(name.formula).toBe('=#REF!$B$2');
      expect(name.type).toBe('Error');
      drop.load('name');
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
    expect(host.sheetNames).toEqual(['Keep']);
    expect(host.tables()).toEqual([]);
    expect(host.charts()).toEqual([]);
  });
});
