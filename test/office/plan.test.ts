import { exampleModel } from '../../src/examples';
import { Action, CellsAction } from '../../src/office/actions';
import { formulaInput } from '../../src/office/cell-input';
import { DEFAULT_CHUNK_BYTES, planWorkbook, REQUEST_LIMIT_BYTES } from '../../src/office/plan';
import { actionBytes, CHUNK_OVERHEAD } from '../../src/office/request-size';
import { comparisonFormula, widthInPoints } from '../../src/office/sheet-actions';
import { WorkbookDescription } from '../../src/workbook/description';
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
