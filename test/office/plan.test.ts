import { exampleModel, makeLargeModel } from '../../src/examples';
import { createFakeExcel } from '../../src/fake-excel';
import { createOfficeGateway } from '../../src/office';
import { Action, CellsAction } from '../../src/office/actions';
import { ActionTarget, applyAction } from '../../src/office/apply';
import { formulaInput } from '../../src/office/cell-input';
import { DEFAULT_CHUNK_BYTES, planWorkbook, RANGE_WRITE_BYTES, REQUEST_LIMIT_BYTES, withFormulaRuns } from '../../src/office/plan';
import { actionBytes, CHUNK_OVERHEAD, textBytes } from '../../src/office/request-size';
import { comparisonFormula, sheetActions, widthInPoints } from '../../src/office/sheet-actions';
import { cellA1 } from '../../src/workbook/a1';
import { isFormula, SheetDescription, WorkbookDescription } from '../../src/workbook/description';
import { describeWorkbook } from '../../src/workbook/layout';
import { STYLES } from '../../src/workbook/layout/styles';

function tiny(overrides: Partial<WorkbookDescription['sheets'][number]> = {}): WorkbookDescription {
  return {
    language: 'sv',
    styles: STYLES,
    names: [{ name: 'bs_sheet_1', sheet: 'S', range: { row: 0, column: 0, rows: 1, columns: 1 } }],
    sheets: [
      {
        name: 'S',
        role: 'inputs',
        blocks: [{ row: 0, column: 0, cells: [['Namn', 'Värde'], ['a', 1], ['b', { formula: 'B2*2', cached: 2 }]] }],
        formats: [],
        styles: [],
        tables: [],
        columnWidths: [],
        conditionalFormats: [],
        validations: [],
        charts: [],
        ...overrides,
      },
    ],
  };
}

const sheetActionsOf = (s: SheetDescription, desc: WorkbookDescription) => sheetActions(s, desc.styles, { listValidations: true });
const cellsOf = (actions: Action[]) => actions.filter((a): a is CellsAction => a.kind === 'cells');

describe('formulaInput: what Range.formulas receives', () => {
  test('every string is written as text, whatever it looks like', () => {
    const texts = ['=HYPERLINK("http://x","y")', '+1', '-2', '@x', '1,5', '12', 'TRUE', '2026-05-01', "'quoted", 'plain'];
    for (const t of texts) expect(formulaInput(t, 'S', 0, 0)).toBe(`'${t}`);
  });

  test('numbers as numbers, booleans as booleans, formulas with "=", empty cells left alone', () => {
    expect(formulaInput(1250.5, 'S', 0, 0)).toBe(1250.5);
    expect(formulaInput(-0.01, 'S', 0, 0)).toBe(-0.01);
    expect(formulaInput(true, 'S', 0, 0)).toBe(true);
    expect(formulaInput({ formula: "SUM('Bas'!B2:B5)", cached: 3 }, 'S', 0, 0)).toBe("=SUM('Bas'!B2:B5)");
    expect(formulaInput(null, 'S', 0, 0)).toBeNull();
    expect(formulaInput('', 'S', 0, 0)).toBeNull();
  });

  test('refuses what Excel could not hold, naming the cell', () => {
    expect(() => formulaInput(Number.NaN, 'S', 2, 1)).toThrow("'S'!B3");
    expect(() => formulaInput('x'.repeat(32768), 'S', 0, 0)).toThrow('32767');
    expect(() => formulaInput({ formula: '=A1', cached: 0 }, 'S', 0, 0)).toThrow("no leading '='");
  });
});

describe('planWorkbook', () => {
  test('adds every sheet first, then cells before their tables, charts after all cells, names last', () => {
    const desc = describeWorkbook(exampleModel());
    const plan = planWorkbook(desc);
    expect(plan.sheets.map((s) => s.sheet)).toEqual(desc.sheets.map((s) => s.name));
    const actions = plan.chunks.flatMap((c) => c.actions);
    const index = (p: (a: Action) => boolean) => actions.findIndex(p);
    const lastIndex = (p: (a: Action) => boolean) => actions.length - 1 - [...actions].reverse().findIndex(p);
    for (const sheet of desc.sheets) {
      for (const t of sheet.tables) {
        const table = index((a) => a.kind === 'table' && a.name === t.name);
        const cells = lastIndex((a) => a.kind === 'cells' && a.sheet === sheet.name);
        expect(table).toBeGreaterThan(cells);
      }
    }
    expect(index((a) => a.kind === 'chart')).toBeGreaterThan(lastIndex((a) => a.kind === 'cells'));
    expect(index((a) => a.kind === 'name')).toBeGreaterThan(lastIndex((a) => a.kind !== 'name'));
    // The names marking the sheets as Budgetsim's go with the sheets; the rest come last.
    expect(plan.markers.map((m) => m.name)).toEqual(desc.names.filter((n) => n.name.startsWith('bs_sheet_')).map((n) => n.name));
    expect(plan.markers).toHaveLength(desc.sheets.length);
    expect(actions.filter((a) => a.kind === 'name')).toHaveLength(desc.names.length - plan.markers.length);
    expect(actions.filter((a) => a.kind === 'chart')).toHaveLength(desc.sheets.reduce((n, s) => n + s.charts.length, 0));
    expect(plan.skipped).toEqual([]);
  });

  test('splits big blocks by rows into chunks under the budget, keeping every row once and in order', () => {
    const desc = describeWorkbook(exampleModel());
    const budget = 60_000;
    const plan = planWorkbook(desc, { maxChunkBytes: budget });
    expect(plan.chunks.length).toBeGreaterThan(5);
    for (const chunk of plan.chunks) {
      expect(chunk.estimatedBytes).toBeLessThanOrEqual(budget);
      expect(chunk.estimatedBytes).toBe(CHUNK_OVERHEAD + chunk.actions.reduce((n, a) => n + actionBytes(a), 0));
    }
    const whole = planWorkbook(desc, { maxChunkBytes: REQUEST_LIMIT_BYTES });
    expect(whole.chunks).toHaveLength(1);
    for (const sheet of desc.sheets) {
      const rows = (p: typeof plan) =>
        cellsOf(p.chunks.flatMap((c) => c.actions))
          .filter((a) => a.sheet === sheet.name)
          .flatMap((a) => a.formulas.map((r, i) => ({ row: a.row + i, r })));
      expect(rows(plan)).toEqual(rows(whole));
    }
  });

  test('a later style replaces an earlier overlapping one: what only the earlier set is reset', () => {
    const desc = tiny({
      styles: [
        { range: { row: 0, column: 0, rows: 1, columns: 2 }, style: 'header' },
        { range: { row: 0, column: 1, rows: 3, columns: 1 }, style: 'input' },
        { range: { row: 2, column: 0, rows: 1, columns: 1 }, style: 'label' },
      ],
    });
    const styles = planWorkbook(desc).chunks.flatMap((c) => c.actions).filter((a) => a.kind === 'style');
    expect(styles).toHaveLength(2);
    expect(styles[0]).toMatchObject({ style: STYLES.header, reset: [] });
    expect(styles[1]).toMatchObject({ style: STYLES.input });
    expect(new Set((styles[1] as { reset: string[] }).reset)).toEqual(new Set(['bold', 'borderBottom', 'horizontalAlignment', 'wrapText']));
  });

  test('drop-down lists and chart axis formats are left out, and said so, without ExcelApi 1.8', () => {
    const desc = describeWorkbook(exampleModel());
    const plan = planWorkbook(desc, { listValidations: false, chartAxisNumberFormat: false, excelApi: '1.7' });
    const actions = plan.chunks.flatMap((c) => c.actions);
    expect(actions.some((a) => a.kind === 'listValidation')).toBe(false);
    expect(actions.filter((a) => a.kind === 'chart').every((a) => a.kind === 'chart' && a.chart.valueAxisFormat === undefined)).toBe(true);
    expect(plan.skipped).toHaveLength(2);
    expect(plan.skipped[0]).toMatch(/^Drop-down lists \(\d+\) were left out: they need ExcelApi 1\.8 and this Excel supports ExcelApi 1\.7\.$/);
    expect(plan.skipped[1]).toMatch(/Chart value-axis number formats/);
  });

  test('refuses a table Excel would repair, before anything is written', () => {
    const desc = tiny({ tables: [{ name: 'A1', range: { row: 0, column: 0, rows: 3, columns: 2 }, style: 'TableStyleLight9' }] });
    expect(() => planWorkbook(desc)).toThrow('not a name Excel accepts');
    const dup = tiny({
      blocks: [{ row: 0, column: 0, cells: [['X', 'x'], [1, 2]] }],
      tables: [{ name: 'bsT', range: { row: 0, column: 0, rows: 2, columns: 2 }, style: 'TableStyleLight9' }],
    });
    expect(() => planWorkbook(dup)).toThrow('two columns are headed "x"');
  });

  test('column widths in points, equal neighbours merged; comparison formulas for conditional formats', () => {
    // The file width of Excel's default column (8.43 characters shown) is 64 px = 48 pt.
    expect(widthInPoints(9.140625)).toBe(48);
    expect(widthInPoints(40)).toBe(210);
    const desc = tiny({ columnWidths: [{ column: 0, width: 12 }, { column: 1, width: 12 }, { column: 3, width: 12 }] });
    const widths = planWorkbook(desc).chunks[0].actions.filter((a) => a.kind === 'columnWidth');
    expect(widths).toEqual([
      { kind: 'columnWidth', sheet: 'S', column: 0, columns: 2, points: widthInPoints(12) },
      { kind: 'columnWidth', sheet: 'S', column: 3, columns: 1, points: widthInPoints(12) },
    ]);
    expect(comparisonFormula(true)).toBe('=TRUE');
    expect(comparisonFormula(0.5)).toBe('=0.5');
    expect(comparisonFormula('a "b"')).toBe('="a ""b"""');
  });

  test('the default budget leaves room under the 5 MB limit', () => {
    expect(DEFAULT_CHUNK_BYTES).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES / 2);
    expect(() => planWorkbook(tiny(), { maxChunkBytes: REQUEST_LIMIT_BYTES + 1 })).toThrow(RangeError);
  });
});

/** A one-sheet description whose row 2 (index 1) holds `formulas` from column B (index 1). */
function rowOfFormulas(formulas: string[]): WorkbookDescription {
  return tiny({
    blocks: [
      { row: 0, column: 0, cells: [['Rad', ...formulas.map((_, j) => 2027 + j)], ['Summa', ...formulas.map((formula) => ({ formula, cached: 0 }))]] },
    ],
  });
}

const allActions = (desc: WorkbookDescription) => planWorkbook(desc).chunks.flatMap((c) => c.actions);

describe('a row that is one formula in R1C1 form is written once, with Range.formulasR1C1', () => {
  // A sum over 60 rows below, in columns B..F of row 2: B3+B4+...+B62 in B, C3+...+C62 in C, and so on.
  const sumOf = (column: string) => Array.from({ length: 60 }, (_, k) => `${column}${k + 3}`).join('+');
  const long = ['B', 'C', 'D', 'E', 'F'].map(sumOf);

  test('a long formula filled across the years: one range write, the array cells left alone', () => {
    const actions = allActions(rowOfFormulas(long));
    const runs = actions.filter((a) => a.kind === 'formulasR1C1');
    // From B2 (row 1, column 1), B3 is one row down in the same column: R[1]C; B62 is R[60]C.
    const r1c1 = '=' + Array.from({ length: 60 }, (_, k) => `R[${k + 1}]C`).join('+');
    expect(runs).toEqual([{ kind: 'formulasR1C1', sheet: 'S', row: 1, column: 1, columns: 5, formula: r1c1 }]);
    const cells = cellsOf(actions);
    expect(cells).toHaveLength(1);
    expect(cells[0].formulas[1]).toEqual(["'Summa", null, null, null, null, null]);
  });

  test('why: the run costs less than its cells, counted as the request carries them', () => {
    // Each A1 formula here is 60 references of 2-3 characters joined by '+': B3..B9 are 2 characters
    // (7 of them), B10..B62 are 3 (53): 7*2 + 53*3 + 59 plus signs = 232, with '=' 233, quoted 235,
    // and a comma: 236 bytes a cell, 5 cells = 1180 bytes in the array. The R1C1 formula is
    // 9 references R[1]C..R[9]C of 5 characters, 51 of 6 (R[10]C..R[60]C), 59 plus signs and '=':
    // 45 + 306 + 59 + 1 = 411, quoted 413; with the range write (300) and five nulls (25): 738 < 1180.
    expect(long[0].length + 1).toBe(233);
    expect(textBytes('=' + long[0])).toBe(235);
    const r1c1 = '=' + Array.from({ length: 60 }, (_, k) => `R[${k + 1}]C`).join('+');
    expect(textBytes(r1c1)).toBe(413);
    expect(RANGE_WRITE_BYTES + 413 + 5 * 5).toBeLessThan(5 * 236);
  });

  test('a short formula stays in the array: a range write would cost more than the cells', () => {
    // B1*2 .. F1*2 are R[-1]C*2 everywhere, but 5 cells of "=B1*2", (8 bytes with quotes and
    // comma) are 40 bytes, far below a range write's 300.
    const actions = allActions(rowOfFormulas(['B1*2', 'C1*2', 'D1*2', 'E1*2', 'F1*2']));
    expect(actions.filter((a) => a.kind === 'formulasR1C1')).toEqual([]);
    expect(cellsOf(actions)[0].formulas[1]).toEqual(["'Summa", '=B1*2', '=C1*2', '=D1*2', '=E1*2', '=F1*2']);
  });

  test('a run breaks where the R1C1 form changes; each part is judged on its own', () => {
    // B and C sum rows 3..62 (R[1]C+...+R[60]C); D..H sum rows 4..63 (R[2]C+...+R[61]C).
    const shifted = (column: string) => Array.from({ length: 60 }, (_, k) => `${column}${k + 4}`).join('+');
    const formulas = [sumOf('B'), sumOf('C'), ...['D', 'E', 'F', 'G', 'H'].map(shifted)];
    const actions = allActions(rowOfFormulas(formulas));
    const runs = actions.filter((a) => a.kind === 'formulasR1C1');
    // B..C: two cells of 236 bytes (472) against 300 + 413 + 2 nulls (10) = 723: they stay in the array.
    // D..H: "=D4+...+D63" is 6 references of 2 characters, 54 of 3, 59 '+' and '=' (234), 237 bytes a
    // cell with quotes and comma, 5 cells = 1185; R[2]C..R[9]C are 8 of 5 characters, R[10]C..R[61]C
    // 52 of 6, with 59 '+' and '=' 412, quoted 414: 300 + 414 + 25 = 739 < 1185, one range write.
    expect(textBytes('=' + shifted('D')) + 1).toBe(237);
    expect(runs.map((r) => r.kind === 'formulasR1C1' && [r.column, r.columns, textBytes(r.formula), r.formula.slice(0, 12)])).toEqual([[3, 5, 414, '=R[2]C+R[3]C']]);
    expect(cellsOf(actions)[0].formulas[1].slice(0, 3)).toEqual(["'Summa", '=' + sumOf('B'), '=' + sumOf('C')]);
  });

  test('withFormulaRuns leaves a block without runs as it is', () => {
    const action: CellsAction = { kind: 'cells', sheet: 'S', row: 0, column: 0, formulas: [[1, "'x", '=A1', null]] };
    expect(withFormulaRuns(action)).toEqual([action]);
  });
});

describe("the fake's Range.formulasR1C1, as Excel does it", () => {
  test('one value set on a range gives each cell its own A1 formula; read back, each is R1C1 again', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['S'] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('B2:D2');
      range.formulasR1C1 = '=R[-1]C*2+R1C1' as unknown as string[][];
      await context.sync();
      range.load('formulasR1C1');
      await context.sync();
      expect(range.formulasR1C1).toEqual([['=R[-1]C*2+R1C1', '=R[-1]C*2+R1C1', '=R[-1]C*2+R1C1']]);
    });
    expect(host.sheet('S').formulas('B2:D2')).toEqual([['=B1*2+$A$1', '=C1*2+$A$1', '=D1*2+$A$1']]);
  });

  test('a 2-D array of R1C1 formulas, values and text as with Range.formulas', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['S'] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:C1').formulasR1C1 = [[5, "'RC", '=RC[-2]+1']];
      await context.sync();
    });
    expect(host.sheet('S').formulas('A1:C1')).toEqual([[5, 'RC', '=A1+1']]);
  });

  test('refuses a reference off the grid, naming the cell, and writes nothing', async () => {
    const { Excel, host } = createFakeExcel({ sheets: ['S'] });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:B1').formulasR1C1 = '=RC[-1]' as unknown as string[][];
        await context.sync();
      }),
    ).rejects.toThrow(/outside the worksheet.*A1/);
    expect(host.sheet('S').formulas('A1:B1')).toEqual([['', '']]);
  });

  test('the request carries the single value once, whatever the range', async () => {
    // The fake counts the RichApi request as Office.js serialises it: setting one value on 15 cells
    // or on one cell differs only in the range's arguments, never by 15 copies of the formula.
    const formula = '=' + 'R[1]C+'.repeat(200) + 'R[1]C';
    const bytesFor = async (columns: number) => {
      const { Excel, host } = createFakeExcel({ sheets: ['S'] });
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        await context.sync();
        host.resetStats();
        ws.getRangeByIndexes(9, 2, 1, columns).formulasR1C1 = formula as unknown as string[][];
        await context.sync();
      });
      return host.stats.requestBytes[0];
    };
    const one = await bytesFor(1);
    const fifteen = await bytesFor(15);
    expect(fifteen - one).toBe(1); // "15" against "1" in the arguments
    expect(one).toBeGreaterThan(formula.length);
    const action = { kind: 'formulasR1C1' as const, sheet: 'S', row: 9, column: 2, columns: 15, formula };
    expect(actionBytes(action)).toBeGreaterThan(fifteen);
  });

  test('what the planner takes a further range write to cost is what the request grows by', async () => {
    // The first write of a sync carries the workbook and worksheet paths too; each further one its
    // range path, an InstantiateObject and a SetProperty action, around 285 bytes besides its value.
    const bytesFor = async (writes: number) => {
      const { Excel, host } = createFakeExcel({ sheets: ['S'] });
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        await context.sync();
        host.resetStats();
        for (let i = 0; i < writes; i++) ws.getRangeByIndexes(10000 + i, 2, 1, 15).formulasR1C1 = '=RC[-1]' as unknown as string[][];
        await context.sync();
      });
      return host.stats.requestBytes[0];
    };
    const each = ((await bytesFor(1001)) - (await bytesFor(1))) / 1000 - textBytes('=RC[-1]');
    expect(each).toBeGreaterThan(200);
    expect(each).toBeLessThanOrEqual(RANGE_WRITE_BYTES);
  });
});

describe('a workbook written with formulasR1C1 runs holds exactly the formulas of the description', () => {
  /** Every cell of the description against what the fake holds: formulas as "=…" A1 text. */
  function differences(desc: WorkbookDescription, host: ReturnType<typeof createFakeExcel>['host']): string[] {
    const out: string[] = [];
    for (const s of desc.sheets) {
      for (const b of s.blocks) {
        if (!b.cells.length) continue;
        const width = Math.max(...b.cells.map((r) => r.length));
        const got = host.sheet(s.name).formulas(`${cellA1(b.row, b.column)}:${cellA1(b.row + b.cells.length - 1, b.column + width - 1)}`);
        b.cells.forEach((cells, i) =>
          cells.forEach((c, j) => {
            const want = isFormula(c) ? `=${c.formula}` : c === null ? '' : c;
            if (got[i][j] !== want) out.push(`'${s.name}'!${cellA1(b.row + i, b.column + j)}: ${JSON.stringify(got[i][j])} instead of ${JSON.stringify(want)}`);
          }),
        );
      }
    }
    return out;
  }

  test.each([
    ['the example', () => exampleModel(), 0],
    ['60 committees, 15 years, 3 scenarios', () => makeLargeModel({ committees: 60, years: 15, scenarios: 3, seed: 7 }), 1],
  ])('%s: every cell as Range.formulas alone would have written it', async (_name, make, minimumRuns) => {
    const model = make();
    const { Excel, Office, host } = createFakeExcel({ sheets: ['Blad1'] });
    await createOfficeGateway(Excel, Office).write(model);
    const desc = describeWorkbook(model, { reservedSheetNames: ['Blad1'] });
    const runs = allActions(desc).filter((a) => a.kind === 'formulasR1C1');
    expect(runs.length).toBeGreaterThanOrEqual(minimumRuns);
    expect(differences(desc, host)).toEqual([]);
  });

  test('and sends fewer bytes than writing every formula in the array', async () => {
    const desc = describeWorkbook(makeLargeModel({ committees: 60, years: 15, scenarios: 3, seed: 7 }));
    const whole = desc.sheets.flatMap((s) => sheetActionsOf(s, desc)).filter((a) => a.kind === 'cells');
    const planned = whole.flatMap((a) => (a.kind === 'cells' ? withFormulaRuns(a) : []));
    const sent = async (actions: Action[]) => {
      const { Excel, host } = createFakeExcel({ sheets: desc.sheets.map((s) => s.name), requestLimitBytes: null });
      await Excel.run(async (context) => {
        const target = new ActionTarget(context);
        for (const a of actions) applyAction(target, a);
        await context.sync();
      });
      return host.stats.requestBytes.reduce((a, b) => a + b, 0);
    };
    expect(await sent(planned)).toBeLessThan(0.9 * (await sent(whole)));
  });
});
