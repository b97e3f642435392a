/**
 * Excel's own rules that the fake reproduces because Budgetsim's writes meet them in a real workbook:
 * references rewritten by a rename and broken by a delete, sheets Excel refuses to delete or to name,
 * a user who stays in a cell, and number formats read back in the user's regional settings.
 */
import { createFakeExcel } from '../../src/fake-excel';
import { rejection, thrown } from './helpers';

type Excel = ReturnType<typeof createFakeExcel>['Excel'];

/** A user's summary sheet built on top of another sheet: a formula, a name, a validation, a rule and a chart. */
async function buildOnTop(Excel: Excel, target: string): Promise<void> {
  await Excel.run(async (context) => {
    const wb = context.workbook;
    const mine = wb.worksheets.getItem('Mitt');
    const q = `'${target.replace(/'/g, "''")}'`;
    mine.getRange('A1:A4').formulas = [
      [`=${q}!C7`],
      [`=SUM(${q}!C7:E7)*2`],
      [`="${target}!C7 is text"`],
      [`=Annat!B2+${q}!$C$7`],
    ];
    wb.names.add('MinSumma', `=${q}!$C$7*12`);
    mine.getRange('B1').dataValidation.rule = { list: { inCellDropDown: true, source: `=${q}!$A$1:$A$3` } };
    mine.getRange('B2').dataValidation.rule = { decimal: { operator: 'GreaterThan', formula1: `=${q}!$C$7` } };
    const cf = mine.getRange('C1').conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=C1>${q}!C7`;
    mine.charts.add('Line', wb.worksheets.getItem(target).getRange('C7:E7'), 'Rows');
    await context.sync();
  });
}

function summary(host: ReturnType<typeof createFakeExcel>['host']) {
  const mitt = host.snapshot().sheets.find((s) => s.name === 'Mitt')!;
  return {
    formulas: host.sheet('Mitt').formulas('A1:A4').map((r) => r[0]),
    name: host.names().find((n) => n.name === 'MinSumma')!.formula,
    validations: mitt.dataValidations.map((v) => v.rule),
    rule: mitt.conditionalFormats[0].rule,
    series: host.charts('Mitt')[0].series[0].values,
  };
}

describe('references into a sheet', () => {
  test('a rename rewrites every reference to it: cells, names, validations, rules and chart series, quoting as needed', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Mitt', 'Jämförelse', 'Annat'] });
    await buildOnTop(Excel, 'Jämförelse');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Jämförelse').name = 'Alt 1';
      await context.sync();
    });
    expect(summary(host)).toEqual({
      formulas: ["='Alt 1'!C7", "=SUM('Alt 1'!C7:E7)*2", '="Jämförelse!C7 is text"', "=Annat!B2+'Alt 1'!$C$7"],
      name: "='Alt 1'!$C$7*12",
      validations: [{ list: { inCellDropDown: true, source: "='Alt 1'!$A$1:$A$3" } }, { decimal: { formula1: "='Alt 1'!$C$7", operator: 'GreaterThan' } }],
      rule: { formula: "=C1>'Alt 1'!C7" },
      series: "='Alt 1'!$C$7:$E$7",
    });
    // And back, through the host (as a user renames a tab): the quotes go when they are not needed.
    host.sheet('Alt 1').rename("Kim's");
    expect(summary(host).formulas[0]).toBe("='Kim''s'!C7");
    host.sheet("Kim's").rename('Plain');
    expect(summary(host).formulas).toEqual(['=Plain!C7', '=SUM(Plain!C7:E7)*2', '="Jämförelse!C7 is text"', '=Annat!B2+Plain!$C$7']);
  });

  test('a delete turns every reference to the sheet into #REF!, as Excel writes it', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Mitt', 'Alt 1', 'Annat'] });
    await buildOnTop(Excel, 'Alt 1');
    host.sheet('Alt 1').delete();
    expect(summary(host)).toEqual({
      formulas: ['=#REF!C7', '=SUM(#REF!C7:E7)*2', '="Alt 1!C7 is text"', '=Annat!B2+#REF!$C$7'],
      name: '=#REF!$C$7*12',
      validations: [{ list: { inCellDropDown: true, source: '=#REF!$A$1:$A$3' } }, { decimal: { formula1: '=#REF!$C$7', operator: 'GreaterThan' } }],
      rule: { formula: '=C1>#REF!C7' },
      series: '=#REF!$C$7:$E$7',
    });
  });

  test('a sheet whose name is a prefix or suffix of another is not mistaken for it', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Mitt', 'Bas', 'Bas2', 'MinBas'] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Mitt').getRange('A1:A3').formulas = [['=Bas!A1+Bas2!A1'], ['=MinBas!A1'], ['=bas!A1']];
      await context.sync();
    });
    host.sheet('Bas').rename('Grund');
    expect(host.sheet('Mitt').formulas('A1:A3')).toEqual([['=Grund!A1+Bas2!A1'], ['=MinBas!A1'], ['=Grund!A1']]);
  });
});

describe('sheets Excel refuses', () => {
  test('a VeryHidden sheet cannot be deleted (InvalidOperation) until it is made Hidden or Visible', async () => {
    // https://github.com/OfficeDev/office-js/issues/365: "by design ... change its visibility to either
    // hidden or visible and then delete it".
    const { Excel, host } = createFakeExcel({ sheets: ['Sheet1', 'Gömd'] });
    host.sheet('Gömd').setVisibility('VeryHidden');
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Gömd').delete();
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidOperation');
    expect(host.sheetNames).toEqual(['Sheet1', 'Gömd']);
    expect(thrown(() => host.sheet('Gömd').delete()).code).toBe('InvalidOperation');
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Gömd');
      s.visibility = 'Hidden';
      s.delete();
      await context.sync();
    });
    expect(host.sheetNames).toEqual(['Sheet1']);
  });

  test('"History" is reserved in any case, for a new sheet and for a rename', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Sheet1'] });
    for (const name of ['History', 'history', 'HISTORY']) {
      const added = await rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      );
      expect([name, added.code]).toEqual([name, 'InvalidArgument']);
      expect(thrown(() => host.sheet('Sheet1').rename(name)).code).toBe('InvalidArgument');
    }
    host.sheet('Sheet1').rename('History 2');
    expect(host.sheetNames).toEqual(['History 2']);
  });
});

describe('a user editing a cell', () => {
  test('fails every request (InvalidOperationInCellEditMode, nothing applied) until the user leaves the cell', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Sheet1'] });
    host.enterCellEditMode();
    for (let i = 0; i < 3; i++) {
      const e = await rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[i]];
          await context.sync();
        }),
      );
      expect(e.code).toBe('InvalidOperationInCellEditMode');
    }
    expect(host.sheet('Sheet1').cell('A1').value).toBe('');
    host.exitCellEditMode();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[7]];
      await context.sync();
    });
    expect(host.sheet('Sheet1').cell('A1').value).toBe(7);
  });

  test('Excel.run({ delayForCellEdit: true }) waits for the user to leave the cell, then runs', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Sheet1'], apiSets: { ExcelApi: '1.11' } });
    host.enterCellEditMode();
    let done = false;
    const run = (Excel.run as (o: Excel.RunOptions, b: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(
      { delayForCellEdit: true },
      async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await context.sync();
        done = true;
      },
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    expect(host.sheet('Sheet1').cell('A1').value).toBe('');
    host.exitCellEditMode();
    await run;
    expect(done).toBe(true);
    expect(host.sheet('Sheet1').cell('A1').value).toBe(1);
  });

  test('below ExcelApi 1.11 the option is not known and the request fails as any other', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Sheet1'], apiSets: { ExcelApi: '1.10' } });
    host.enterCellEditMode();
    const e = await rejection(
      (Excel.run as (o: Excel.RunOptions, b: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidOperationInCellEditMode');
  });
});

describe('regional settings', () => {
  test('number formats read back localized, as Excel on the web does with non-US settings', async () => {
    // https://github.com/OfficeDev/office-js/issues/1553, /1632, /2824
    const { Excel, host } = createFakeExcel({ sheets: ['Sheet1'], numberFormatLocale: 'de-DE' });
    host.sheet('Sheet1').setValues('A1:C1', [[2026, 1234.5, 46023]]);
    const formats = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      r.numberFormat = [[null, '#,##0.00', 'yyyy-mm-dd']];
      r.load('numberFormat');
      await context.sync();
      return r.numberFormat;
    });
    expect(formats).toEqual([['Standard', '#.##0,00', 'JJJJ-MM-TT']]);
    // What is stored is the format as set.
    expect(host.sheet('Sheet1').numberFormats('A1:C1')).toEqual([['General', '#,##0.00', 'yyyy-mm-dd']]);
  });

  test('Swedish settings', async () => {
    const { Excel } = createFakeExcel({ sheets: ['Sheet1'], numberFormatLocale: 'sv-SE' });
    const formats = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      r.numberFormat = [[null, '#,##0.00', 'yyyy-mm-dd']];
      r.load('numberFormat');
      await context.sync();
      return r.numberFormat;
    });
    expect(formats).toEqual([['Standard', '# ##0,00', 'ÅÅÅÅ-MM-DD']]);
  });
});

describe('Table.resize (ExcelApi 1.13)', () => {
  test('keeps the table (same id) over the new range; the header must stay in its row; older hosts lack it', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['Sheet1'], apiSets: { ExcelApi: '1.13' } });
    host.sheet('Sheet1').setValues('A1:B4', [['a', 'b'], [1, 2], [3, 4], [5, 6]]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.tables.add(ws.getRange('A1:B2'), true).name = 'T';
      await context.sync();
    });
    const id = host.tables()[0].id;
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('T').resize('A1:B4');
      await context.sync();
    });
    expect(host.tables().map((t) => [t.id, t.address])).toEqual([[id, 'Sheet1!A1:B4']]);
    const moved = await rejection(
      Excel.run(async (context) => {
        context.workbook.tables.getItem('T').resize('A2:B4');
        await context.sync();
      }),
    );
    expect(moved.code).toBe('InvalidArgument');
    const old = createFakeExcel({ sheets: ['Sheet1'], apiSets: { ExcelApi: '1.12' } });
    old.host.sheet('Sheet1').setValues('A1:B2', [['a', 'b'], [1, 2]]);
    const e = await rejection(
      old.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        const t = ws.tables.add(ws.getRange('A1:B2'), true);
        t.resize('A1:B3');
        await context.sync();
      }),
    );
    expect(e.code).toBe('ApiNotFound');
  });
});
