import { createFakeExcel } from '../../src/fake-excel';
import { rejection } from './helpers';

describe('cells hold what Excel would store', () => {
  test('formulas stay formulas; a formula cell’s value comes from the pluggable evaluator', async () => {
    const { Excel, host } = createFakeExcel();
    const read = () =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        const r = sheet.getRange('A1:B1').load('values, formulas, valueTypes');
        await context.sync();
        return { values: r.values, formulas: r.formulas, types: r.valueTypes };
      });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [[21]];
      sheet.getRange('B1').formulas = [['=A1*2']];
    });
    expect(await read()).toEqual({ values: [[21, 0]], formulas: [[21, '=A1*2']], types: [['Double', 'Double']] });
    expect(host.sheet('Sheet1').cell('B1')).toMatchObject({ formula: '=A1*2', value: 0 });

    host.setFormulaEvaluator((formula, cell) => (formula === '=A1*2' && cell.address === 'B1' ? 42 : null));
    expect((await read()).values).toEqual([[21, 42]]);
    host.setFormulaEvaluator(() => '#DIV/0!');
    expect((await read()).types).toEqual([['Double', 'Error']]);
  });

  test('a string written through values that starts with "=" becomes a formula, as in Excel', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['=HYPERLINK("x")', '=SUM(1,2)']];
    });
    expect(host.sheet('Sheet1').cell('A1').formula).toBe('=HYPERLINK("x")');
    expect(host.sheet('Sheet1').formulas('A1:B1')).toEqual([['=HYPERLINK("x")', '=SUM(1,2)']]);
  });

  test('a leading apostrophe makes text, stored without the apostrophe; reading formulas back loses it', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
      r.values = [["'=HYPERLINK(\"x\")", "'007", "'TRUE", "'it's"]];
      r.load('values, formulas, valueTypes');
      await context.sync();
      expect(r.values).toEqual([['=HYPERLINK("x")', '007', 'TRUE', "it's"]]);
      expect(r.valueTypes).toEqual([['String', 'String', 'String', 'String']]);
      // Excel gives text back without the apostrophe, so writing `formulas` back turns it into a formula.
      expect(r.formulas).toEqual([['=HYPERLINK("x")', '007', 'TRUE', "it's"]]);
      r.formulas = r.formulas;
      await context.sync();
    });
    const s = host.sheet('Sheet1');
    expect(s.cell('A1').formula).toBe('=HYPERLINK("x")');
    expect(s.values('B1:D1')).toEqual([[7, true, "it's"]]);
  });

  test('numbers stay numbers; numeric and boolean text is converted; cells formatted as text keep text', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:G1').values = [[1.5, '007', 'true', '5%', '-A1', 'Vård & omsorg', false]];
      const text = sheet.getRange('A2:B2');
      text.numberFormat = [['@', '@']];
      text.values = [['007', '=1+1']];
    });
    const s = host.sheet('Sheet1');
    expect(s.values('A1:G1')).toEqual([[1.5, 7, true, 0.05, 0, 'Vård & omsorg', false]]);
    expect(s.cell('E1').formula).toBe('=-A1');
    expect(s.values('A2:B2')).toEqual([['007', '=1+1']]);
    expect(s.cell('B2').formula).toBeNull();
  });

  test('null leaves a cell unchanged and "" empties it', async () => {
    const { Excel, host } = createFakeExcel();
    host.sheet('Sheet1').setValues('A1:C1', [[1, 2, 3]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').values = [[null, '', 9]];
    });
    expect(host.sheet('Sheet1').values('A1:C1')).toEqual([[1, '', 9]]);
    expect(host.sheet('Sheet1').usedRange()).toBe('A1:C1');
  });

  test('a 2-D array of the wrong size is InvalidArgument at sync, and that write is not applied', async () => {
    const { Excel, host } = createFakeExcel();
    const before = host.snapshot();
    for (const [prop, value] of [
      ['values', [[1, 2, 3], [4, 5, 6]]],
      ['formulas', [['=1'], ['=2']]],
      ['numberFormat', [['0'], ['0'], ['0']]],
      ['values', [[1, 2], [3]]],
      ['values', [1, 2, 3, 4]],
    ] as const) {
      const e = await rejection(
        Excel.run(async (context) => {
          const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
          (r as unknown as Record<string, unknown>)[prop] = value;
          await context.sync();
        }),
      );
      expect(e.code).toBe('InvalidArgument');
      expect(e.debugInfo.errorLocation).toBe(`Range.${prop}`);
    }
    expect(host.snapshot()).toEqual(before);
  });

  test('a single value or a 1x1 array fills the whole range', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B2').values = [[0]];
      sheet.getRange('A1:B2').numberFormat = [['0.0%']];
      (sheet.getRange('C1:C2') as unknown as { values: unknown }).values = 'x';
    });
    const s = host.sheet('Sheet1');
    expect(s.values('A1:C2')).toEqual([[0, 0, 'x'], [0, 0, 'x']]);
    expect(s.numberFormats('A1:B2')).toEqual([['0.0%', '0.0%'], ['0.0%', '0.0%']]);
  });

  test('formats are kept per cell and reported like Excel (a mixed range reads null)', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const header = sheet.getRange('A1:C1');
      header.format.font.bold = true;
      header.format.font.italic = true;
      header.format.font.color = '#1f4e79';
      header.format.font.size = 14;
      header.format.fill.color = 'lightgray';
      header.format.horizontalAlignment = 'Center';
      header.format.wrapText = true;
      header.format.borders.getItem('EdgeBottom').style = 'Continuous';
      sheet.getRange('B:B').format.columnWidth = 120;
      await context.sync();

      const whole = sheet.getRange('A1:C2');
      whole.format.font.load('bold');
      whole.format.load('columnWidth');
      header.format.load('horizontalAlignment, wrapText');
      header.format.font.load('color, size, italic');
      header.format.fill.load('color');
      const below = sheet.getRange('A2').format.borders.getItem('EdgeTop').load('style');
      const b = sheet.getRange('B1').format.load('columnWidth');
      await context.sync();
      expect(whole.format.font.bold).toBeNull();
      expect(whole.format.columnWidth).toBeNull();
      expect(b.columnWidth).toBe(120);
      expect(header.format.horizontalAlignment).toBe('Center');
      expect(header.format.wrapText).toBe(true);
      expect(header.format.font.color).toBe('#1F4E79');
      expect(header.format.font.size).toBe(14);
      expect(header.format.font.italic).toBe(true);
      expect(header.format.fill.color).toBe('#D3D3D3');
      expect(below.style).toBe('Continuous');
    });
    const a1 = host.sheet('Sheet1').cell('A1');
    expect(a1.font).toMatchObject({ bold: true, color: '#1F4E79', size: 14 });
    expect(a1.borders.bottom).toBe('Continuous');
    expect(host.sheet('Sheet1').columnWidth('B')).toBe(120);

    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment;
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('clear() removes contents and formats; clear("Contents") keeps formats', async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.values = [[1, 2]];
      r.format.font.bold = true;
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').clear('Contents');
      context.workbook.worksheets.getItem('Sheet1').getRange('B1').clear();
    });
    expect(host.sheet('Sheet1').cell('A1')).toMatchObject({ value: '', font: { bold: true } });
    expect(host.sheet('Sheet1').cell('B1')).toMatchObject({ value: '', font: { bold: false } });
  });

  test('ranges: addresses, by indexes, cells, offsets, resizing, used range', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Scenario 1'] });
    host.sheet('Scenario 1').setValues('B2:C3', [[1, 2], [3, 4]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Scenario 1');
      const byIndex = sheet.getRangeByIndexes(1, 1, 2, 2).load('address, values');
      const cell = sheet.getCell(2, 2).load('address');
      const offset = sheet.getRange('B2').getOffsetRange(1, 1).load('address');
      const resized = sheet.getRange('B2').getResizedRange(2, 0).load('address, rowCount');
      const used = sheet.getUsedRange().load('address');
      const usedValues = sheet.getUsedRange(true).load('address');
      const column = sheet.getRange('C:C').load('address, isEntireColumn');
      await context.sync();
      expect(byIndex.address).toBe("'Scenario 1'!B2:C3");
      expect(byIndex.values).toEqual([[1, 2], [3, 4]]);
      expect(cell.address).toBe("'Scenario 1'!C3");
      expect(offset.address).toBe("'Scenario 1'!C3");
      expect([resized.address, resized.rowCount]).toEqual(["'Scenario 1'!B2:B4", 3]);
      expect(used.address).toBe("'Scenario 1'!B2:C3");
      expect(usedValues.address).toBe("'Scenario 1'!B2:C3");
      expect([column.address, column.isEntireColumn]).toEqual(["'Scenario 1'!C:C", true]);

      sheet.getRangeByIndexes(0, 0, 0, 1);
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      sheet.getRange('B2').getOffsetRange(-5, 0);
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      sheet.getRange('NotAnAddress');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  test('select() moves the selection; getSelectedRange reads it', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['A', 'B'] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('B').getRange('C3:D4').select();
      const sel = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(sel.address).toBe('B!C3:D4');
    });
    expect(host.activeSheet).toBe('B');
    expect(host.snapshot().selection).toBe('B!C3:D4');
  });
});
