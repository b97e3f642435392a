import { createFakeExcel } from '../../src/fake-excel';
import { rejection, thrown } from './helpers';

type Fake = ReturnType<typeof createFakeExcel>;

function fake(sheets = ['S'], version = '1.9'): Fake {
  return createFakeExcel({ sheets, apiSets: { ExcelApi: version } });
}

/** Runs one batch against sheet `name`. */
function onSheet(f: Fake, name: string, batch: (sheet: Excel.Worksheet, context: Excel.RequestContext) => void | Promise<void>) {
  return f.Excel.run(async (context) => {
    await batch(context.workbook.worksheets.getItem(name), context);
  });
}

describe('Range.copyFrom: formulas pasted as Excel pastes them', () => {
  test('relative parts shift by the offset, absolute parts stay, other sheets shift too, names are untouched', async () => {
    const f = fake(['S', 'Other', 'My sheet']);
    f.host.sheet('S').setValues('B2', [["=A2+C$7+$D$5+$A9+Other!E3+'My sheet'!A1+Rate*SUM(A2:B3)"]]);
    await onSheet(f, 'S', (s) => s.getRange('E5').copyFrom('B2', f.Excel.RangeCopyType.formulas));
    expect(f.host.sheet('S').cell('E5').formula).toBe("=D5+F$7+$D$5+$A12+Other!H6+'My sheet'!D4+Rate*SUM(D5:E6)");
    // The source is left as it was.
    expect(f.host.sheet('S').cell('B2').formula).toBe("=A2+C$7+$D$5+$A9+Other!E3+'My sheet'!A1+Rate*SUM(A2:B3)");
  });

  test('"Formulas" copies constants as they are and leaves the destination’s formats alone', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:C1', [[5, 'text', '=A1*2']]);
    await onSheet(f, 'S', (s) => {
      s.getRange('A1:C1').format.font.bold = true;
      s.getRange('A3:C3').numberFormat = [['0.0%', '0.0%', '0.0%']];
      s.getRange('A3').copyFrom('A1:C1', 'Formulas');
    });
    const s = f.host.sheet('S');
    expect(s.formulas('A3:C3')).toEqual([[5, 'text', '=A3*2']]);
    expect(s.cell('A3').font.bold).toBe(false);
    expect(s.numberFormats('A3:C3')).toEqual([['0.0%', '0.0%', '0.0%']]);
  });

  test('a range argument may come from another sheet; unqualified references then point at the destination sheet', async () => {
    const f = fake(['S', 'Other']);
    f.host.sheet('Other').setValues('A1:B1', [[1, '=A1+Other!A1']]);
    await f.Excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem('Other').getRange('A1:B1');
      context.workbook.worksheets.getItem('S').getRange('C4').copyFrom(source);
    });
    expect(f.host.sheet('S').formulas('C4:D4')).toEqual([[1, '=C4+Other!C4']]);
  });

  test('sheet-qualified addresses name the source sheet, quoted or not; a missing sheet is refused', async () => {
    const f = fake(['S', 'My sheet']);
    f.host.sheet('My sheet').setValues('A1', [['quoted']]);
    await onSheet(f, 'S', (s) => {
      s.getRange('A1').copyFrom("'My sheet'!A1");
      s.getRange('A2').copyFrom('S!A1');
    });
    expect(f.host.sheet('S').values('A1:A2')).toEqual([['quoted'], ['quoted']]);
    const e = await rejection(onSheet(f, 'S', (s) => s.getRange('A3').copyFrom('Nowhere!A1')));
    expect(e.code).toBe('InvalidArgument');
    expect(e.message).toContain('Nowhere!A1');
  });
});

describe('Range.copyFrom: values and formats', () => {
  test('"Values" pastes what range.values reads (a formula’s current value) and keeps the destination’s formats', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:C1', [[2, '=A1*2', 'x']]);
    f.host.setFormulaEvaluator((formula) => (formula === '=A1*2' ? 4 : null));
    await onSheet(f, 'S', (s) => {
      s.getRange('E1').format.fill.color = '#FF0000';
      s.getRange('E1').copyFrom('A1:C1', f.Excel.RangeCopyType.values);
    });
    const s = f.host.sheet('S');
    expect(s.values('E1:G1')).toEqual([[2, 4, 'x']]);
    expect(s.cell('F1').formula).toBeNull();
    expect(s.cell('E1').fill).toBe('#FF0000');
  });

  test('"Formats" copies number format, font, fill, alignment, wrap and borders, and no value', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1', [[5]]);
    f.host.sheet('S').setValues('C3', [['keep']]);
    await onSheet(f, 'S', (s) => {
      const a1 = s.getRange('A1');
      a1.numberFormat = [['0.0%']];
      a1.format.font.bold = true;
      a1.format.fill.color = '#FFFF00';
      a1.format.horizontalAlignment = 'Right';
      a1.format.wrapText = true;
      a1.format.borders.getItem('EdgeBottom').style = 'Continuous';
      s.getRange('C3').format.font.italic = true;
      s.getRange('C3').copyFrom('A1', f.Excel.RangeCopyType.formats);
    });
    const c3 = f.host.sheet('S').cell('C3');
    expect(c3).toMatchObject({ value: 'keep', numberFormat: '0.0%', fill: '#FFFF00', horizontalAlignment: 'Right', wrapText: true });
    // The font is the source's: bold, and no longer italic.
    expect(c3.font).toMatchObject({ bold: true, italic: false });
    expect(c3.borders.bottom).toBe('Continuous');
  });

  test('"All" (the default) copies contents and formats', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1', [['=B1']]);
    await onSheet(f, 'S', (s) => {
      s.getRange('A1').format.font.bold = true;
      s.getRange('A2').copyFrom('A1');
    });
    expect(f.host.sheet('S').cell('A2')).toMatchObject({ formula: '=B2', font: { bold: true } });
  });
});

describe('Range.copyFrom: where the paste lands', () => {
  test('one cell fills a whole range, as getRange("G4:K4").copyFrom("A1", values) in the office-js snippet', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1', [[3]]);
    await onSheet(f, 'S', (s) => s.getRange('G4:K4').copyFrom('A1', 'Values'));
    expect(f.host.sheet('S').values('G4:K4')).toEqual([[3, 3, 3, 3, 3]]);
  });

  test('a block is repeated over a destination that is a whole multiple of it, each copy with its own shifted formulas', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:B2', [
      [1, '=A1*2'],
      ['=A1+1', '=B1+A2'],
    ]);
    await onSheet(f, 'S', (s) => s.getRange('D1:G4').copyFrom('A1:B2'));
    expect(f.host.sheet('S').formulas('D1:G4')).toEqual([
      [1, '=D1*2', 1, '=F1*2'],
      ['=D1+1', '=E1+D2', '=F1+1', '=G1+F2'],
      [1, '=D3*2', 1, '=F3*2'],
      ['=D3+1', '=E3+D4', '=F3+1', '=G3+F4'],
    ]);
  });

  test('a destination that is no multiple of the source gets it once, at its top-left cell', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:B2', [
      [1, 2],
      [3, 4],
    ]);
    await onSheet(f, 'S', (s) => s.getRange('D1:F3').copyFrom('A1:B2'));
    expect(f.host.sheet('S').values('D1:F3')).toEqual([
      [1, 2, ''],
      [3, 4, ''],
      ['', '', ''],
    ]);
  });

  test('a single-cell destination is expanded to the size of the source (A1:E1 into G1 fills G1:K1)', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:E1', [[1, 2, 3, 4, '=SUM(A1:D1)']]);
    await onSheet(f, 'S', (s) => s.getRange('G1').copyFrom('A1:E1'));
    expect(f.host.sheet('S').formulas('G1:K1')).toEqual([[1, 2, 3, 4, '=SUM(G1:J1)']]);
    expect(f.host.sheet('S').usedRange()).toBe('A1:K1');
  });

  test('source and destination may overlap: the source is read in full before anything is written', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:A3', [[1], ['=A1+1'], ['=A2+1']]);
    f.host.sheet('S').setValues('C1:E1', [[1, 2, 3]]);
    await onSheet(f, 'S', (s) => {
      s.getRange('A2').copyFrom('A1:A3');
      s.getRange('D1').copyFrom('C1:E1');
    });
    expect(f.host.sheet('S').formulas('A1:A4')).toEqual([[1], [1], ['=A2+1'], ['=A3+1']]);
    expect(f.host.sheet('S').values('C1:F1')).toEqual([[1, 1, 2, 3]]);
  });
});

describe('Range.copyFrom: skipBlanks and transpose', () => {
  test('skipBlanks leaves a destination cell as it was where the source cell is blank', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:C1', [[1, '', 3]]);
    f.host.sheet('S').setValues('E1:G2', [
      ['old', 'old', 'old'],
      ['old', 'old', 'old'],
    ]);
    await onSheet(f, 'S', (s) => {
      s.getRange('E1').copyFrom('A1:C1', 'All', true, false);
      s.getRange('E2').copyFrom('A1:C1', 'All', false, false);
    });
    expect(f.host.sheet('S').values('E1:G2')).toEqual([
      [1, 'old', 3],
      [1, '', 3],
    ]);
  });

  test('skipBlanks skips a blank cell’s formats too: the destination cell keeps its own', async () => {
    // The fake's reading of "Skipped cells will not overwrite the existing data of their corresponding
    // cells" (excel-add-ins-ranges-cut-copy-paste.md): a skipped cell is not pasted at all.
    const f = fake();
    f.host.sheet('S').setValues('A1', [[1]]);
    await onSheet(f, 'S', (s) => {
      s.getRange('A1:B1').format.fill.color = '#00FF00';
      s.getRange('E1:F1').format.font.bold = true;
      s.getRange('E1').copyFrom('A1:B1', 'All', true);
    });
    const s = f.host.sheet('S');
    expect([s.cell('E1').fill, s.cell('E1').font.bold]).toEqual(['#00FF00', false]);
    expect([s.cell('F1').fill, s.cell('F1').font.bold]).toEqual([null, true]);
  });

  test('transpose turns rows into columns, formats and borders included (a top edge becomes a left edge)', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:C2', [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    await onSheet(f, 'S', (s) => {
      s.getRange('B1').format.font.bold = true;
      s.getRange('A1').format.borders.getItem('EdgeTop').style = 'Double';
      s.getRange('E1').copyFrom('A1:C2', 'All', false, true);
    });
    const s = f.host.sheet('S');
    expect(s.values('E1:F3')).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(s.cell('E2').font.bold).toBe(true);
    expect(s.cell('E1').borders).toMatchObject({ left: 'Double', top: 'None' });
  });

  test('transposed formulas are refused (NotImplemented); their values can be transposed', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:B1', [[1, '=A1+1']]);
    f.host.setFormulaEvaluator(() => 2);
    const e = await rejection(onSheet(f, 'S', (s) => s.getRange('D1').copyFrom('A1:B1', 'All', false, true)));
    expect(e.code).toBe('NotImplemented');
    expect(f.host.sheet('S').values('D1:D2')).toEqual([[''], ['']]);
    await onSheet(f, 'S', (s) => s.getRange('D1').copyFrom('A1:B1', 'Values', false, true));
    expect(f.host.sheet('S').values('D1:D2')).toEqual([[1], [2]]);
  });
});

describe('Range.copyFrom: borders', () => {
  test('a cell carries its own edges: a bordered cell tiled down a column borders every copy', async () => {
    const f = fake();
    await onSheet(f, 'S', (s) => {
      s.getRange('A1').format.borders.getItem('EdgeBottom').style = 'Continuous';
      s.getRange('C1:C3').copyFrom('A1', 'Formats');
    });
    const s = f.host.sheet('S');
    expect(['C1', 'C2', 'C3'].map((a) => s.cell(a).borders.bottom)).toEqual(['Continuous', 'Continuous', 'Continuous']);
    expect(s.cell('C1').borders.top).toBe('None');
  });

  test('edges inside the pasted block become the source’s, a missing border included', async () => {
    const f = fake();
    await onSheet(f, 'S', (s) => {
      s.getRange('C1:C2').format.borders.getItem('InsideHorizontal').style = 'Dash';
      s.getRange('C1').copyFrom('A1:A2', 'Formats');
    });
    expect(f.host.sheet('S').cell('C1').borders.bottom).toBe('None');
  });

  test('an outer edge the source leaves bare keeps the border there, which may be the neighbour’s own', async () => {
    // Excel stores borders per cell: pasting C2 does not change C3's top border, which the fake keeps
    // as the same edge as C2's bottom. So a block pasted just above a bordered block leaves its border.
    const f = fake();
    await onSheet(f, 'S', (s) => {
      s.getRange('A1').format.borders.getItem('EdgeTop').style = 'Continuous';
      s.getRange('C3').format.borders.getItem('EdgeTop').style = 'Dash';
      s.getRange('C2').copyFrom('A1', 'Formats');
    });
    const s = f.host.sheet('S');
    expect(s.cell('C2').borders).toMatchObject({ top: 'Continuous', bottom: 'Dash' });
    expect(s.cell('C3').borders.top).toBe('Dash');
  });

  test('"Values" and "Formulas" leave borders alone', async () => {
    const f = fake();
    await onSheet(f, 'S', (s) => {
      s.getRange('C1').format.borders.getItem('EdgeLeft').style = 'Continuous';
      s.getRange('C1').copyFrom('A1', 'Values');
      s.getRange('C1').copyFrom('A1', 'Formulas');
    });
    expect(f.host.sheet('S').cell('C1').borders.left).toBe('Continuous');
  });
});

describe('Range.copyFrom: refusals', () => {
  test('needs ExcelApi 1.9: on 1.8 the call itself throws ApiNotFound', async () => {
    const f = fake(['S'], '1.8');
    await onSheet(f, 'S', (s) => {
      const e = thrown(() => s.getRange('B1').copyFrom('A1'));
      expect(e.code).toBe('ApiNotFound');
      expect(e.message).toContain('ExcelApi 1.9');
    });
  });

  test('a paste that would run off the worksheet is InvalidArgument and writes nothing', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1:B1', [[1, 2]]);
    const e = await rejection(onSheet(f, 'S', (s) => s.getRange('XFD1').copyFrom('A1:B1')));
    expect(e.code).toBe('InvalidArgument');
    expect(f.host.sheet('S').cell('XFD1').value).toBe('');
  });

  test('a formula whose reference would shift off the grid is refused (Excel would write #REF!), and nothing is written', async () => {
    const f = fake();
    f.host.sheet('S').setValues('B2:C2', [[7, '=A1']]);
    const e = await rejection(onSheet(f, 'S', (s) => s.getRange('A1').copyFrom('B2:C2')));
    expect(e.code).toBe('InvalidArgument');
    expect(e.message).toContain('off the worksheet');
    expect(f.host.sheet('S').values('A1:B1')).toEqual([['', '']]);
  });

  test('a paste of more cells than the fake formats at once (a whole sheet tiled with a row) is NotImplemented', async () => {
    const f = fake();
    const e = await rejection(onSheet(f, 'S', (s) => s.getRange().copyFrom('A1:H1')));
    expect(e.code).toBe('NotImplemented');
  });

  test('copy types the fake does not model are NotImplemented; an unknown one is InvalidArgument', async () => {
    const f = fake();
    await onSheet(f, 'S', (s) => {
      expect(thrown(() => s.getRange('B1').copyFrom('A1', f.Excel.RangeCopyType.link)).code).toBe('NotImplemented');
      expect(thrown(() => s.getRange('B1').copyFrom('A1', 'Everything' as Excel.RangeCopyType)).code).toBe('InvalidArgument');
      expect(thrown(() => s.getRange('B1').copyFrom('A1', 'All', 'yes' as unknown as boolean)).code).toBe('InvalidArgument');
    });
  });

  test('a whole-column reference in a copied formula is NotImplemented', async () => {
    const f = fake();
    f.host.sheet('S').setValues('A1', [['=SUM(C:C)']]);
    const e = await rejection(onSheet(f, 'S', (s) => s.getRange('B1').copyFrom('A1')));
    expect(e.code).toBe('NotImplemented');
  });

  test('a source or destination that meets a table, a conditional format or data validation is NotImplemented', async () => {
    const cases: [string, (s: Excel.Worksheet) => void, string, string][] = [
      ['table in the source', (s) => void s.tables.add('A1:B2', true), 'A1:B2', 'D1'],
      ['table in the destination', (s) => void s.tables.add('D2:E3', true), 'A1:B2', 'D1'],
      ['conditional format in the destination', (s) => void s.getRange('E2').conditionalFormats.add('Custom'), 'A1:B2', 'D1'],
      ['data validation in the source', (s) => (s.getRange('B2').dataValidation.rule = { wholeNumber: { operator: 'GreaterThan', formula1: 0 } }), 'A1:B2', 'D1'],
    ];
    for (const [what, setup, source, dest] of cases) {
      const f = fake(['S'], '1.12');
      f.host.sheet('S').setValues('A1:B2', [
        ['h1', 'h2'],
        [1, 2],
      ]);
      await onSheet(f, 'S', setup);
      const before = f.host.sheet('S').values('D1:E3');
      const e = await rejection(onSheet(f, 'S', (s) => s.getRange(dest).copyFrom(source)));
      expect([what, e.code]).toEqual([what, 'NotImplemented']);
      expect(f.host.sheet('S').values('D1:E3')).toEqual(before);
    }
  });
});

describe('Range.copyFrom: the request', () => {
  test('a range argument is sent as a reference to its object path, whose size the request counts', async () => {
    // The source ranges are created in one sync and used in the next: the copyFrom request still
    // carries the source's path, so an address four characters longer makes it four bytes bigger.
    const f = fake(['S', 'Other']);
    const bytesOfCopy = async (address: string) =>
      f.Excel.run(async (context) => {
        const source = context.workbook.worksheets.getItem('Other').getRange(address);
        const dest = context.workbook.worksheets.getItem('S').getRange('A1');
        await context.sync();
        f.host.resetStats();
        dest.copyFrom(source, 'Values');
        await context.sync();
        return f.host.stats.requestBytes[0];
      });
    const plain = await bytesOfCopy('A1:B2');
    const dollars = await bytesOfCopy('$A$1:$B$2');
    expect(dollars - plain).toBe(4);
    expect(f.host.stats.operations).toBe(1);
  });

  test('a range of a finished Excel.run cannot be passed', async () => {
    const f = fake();
    let stale: Excel.Range | undefined;
    await onSheet(f, 'S', (s) => {
      stale = s.getRange('A1');
    });
    const e = await rejection(onSheet(f, 'S', (s) => s.getRange('B1').copyFrom(stale!)));
    expect(e.code).toBe('InvalidObjectPath');
  });
});
