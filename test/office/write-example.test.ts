import { exampleModel } from '../../src/examples';
import { Model } from '../../src/engine/types';
import { MODEL_NAMESPACE, UnsupportedExcelError, WriteReport } from '../../src/office';
import { widthInPoints } from '../../src/office/sheet-actions';
import { cellA1, rangeA1, sheetRange } from '../../src/workbook/a1';
import { CellContent, isFormula, isFormulaRule, SheetDescription, WorkbookDescription } from '../../src/workbook/description';
import { FakeStats } from '../../src/fake-excel';
import { describeAsWritten, Fixture, fixture } from './helpers';

const HYPERLINK = '=HYPERLINK("http://x","y")';

function withCommitteeName(model: Model, name: string): Model {
  return { ...model, committees: model.committees.map((c, i) => (i === 0 ? { ...c, name } : c)) };
}

/** Every cell the description writes, with what it holds. */
function describedCells(sheet: SheetDescription): Map<string, CellContent> {
  const out = new Map<string, CellContent>();
  for (const b of sheet.blocks) {
    b.cells.forEach((row, i) => row.forEach((c, j) => c !== null && out.set(cellA1(b.row + i, b.column + j), c)));
  }
  return out;
}

/** The number format each cell ends with: later formats win. */
function describedFormats(sheet: SheetDescription): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of sheet.formats) {
    for (let r = f.range.row; r < f.range.row + f.range.rows; r++) {
      for (let c = f.range.column; c < f.range.column + f.range.columns; c++) out.set(cellA1(r, c), f.format);
    }
  }
  return out;
}

describe('writing the example into Excel', () => {
  const model = withCommitteeName(exampleModel(), HYPERLINK);
  let f: Fixture;
  let desc: WorkbookDescription;
  let report: WriteReport;
  let stats: FakeStats;
  const progress: { done: number; total: number }[] = [];

  beforeAll(async () => {
    f = fixture({ sheets: ['Blad1'] });
    desc = describeAsWritten(model, { reservedSheetNames: ['Blad1'] });
    report = await f.gateway.write(model, { onProgress: (p) => progress.push(p) });
    stats = structuredClone(f.host.stats);
  });

  test('every sheet, in order, after the user\'s; the comparison sheet active', () => {
    expect(report.sheets).toEqual(desc.sheets.map((s) => s.name));
    expect(f.host.sheetNames).toEqual(['Blad1', ...desc.sheets.map((s) => s.name)]);
    expect(f.host.activeSheet).toBe(desc.sheets[0].name);
    expect(report.keptUserSheets).toEqual([]);
    expect(report.skipped).toEqual([]);
  });

  test('formulas are stored as formulas, numbers as numbers, text as text: every described cell', () => {
    let formulas = 0;
    for (const sheet of desc.sheets) {
      const host = f.host.sheet(sheet.name);
      for (const [address, content] of describedCells(sheet)) {
        const cell = host.cell(address);
        if (isFormula(content)) {
          formulas++;
          expect([address, cell.formula]).toEqual([address, `=${content.formula}`]);
        } else {
          expect([address, cell.formula, cell.value]).toEqual([address, null, content]);
          expect(cell.valueType).toBe(typeof content === 'number' ? 'Double' : typeof content === 'boolean' ? 'Boolean' : 'String');
        }
      }
    }
    expect(formulas).toBeGreaterThan(1000);
  });

  test('a committee named like a formula stays text', () => {
    const sheet = desc.sheets.find((s) => s.role === 'inputs' && s.tables.some((t) => t.name === 'bsCommittees'))!;
    const [address] = [...describedCells(sheet)].find(([, c]) => c === HYPERLINK)!;
    const cell = f.host.sheet(sheet.name).cell(address);
    expect(cell).toMatchObject({ value: HYPERLINK, formula: null, valueType: 'String' });
    const names = f.host.charts().flatMap((c) => c.series.map((s) => s.name));
    expect(names).toContain(HYPERLINK);
  });

  test('number formats by range, the later winning', () => {
    for (const sheet of desc.sheets) {
      const host = f.host.sheet(sheet.name);
      for (const [address, format] of describedFormats(sheet)) expect([sheet.name, address, host.cell(address).numberFormat]).toEqual([sheet.name, address, format]);
    }
  });

  test('named styles, column widths, frozen panes and tab colours', () => {
    for (const sheet of desc.sheets) {
      const host = f.host.sheet(sheet.name);
      for (const { column, width } of sheet.columnWidths) expect(host.columnWidth(column)).toBe(widthInPoints(width));
      expect(host.frozen).toEqual(sheet.frozen ?? { rows: 0, columns: 0 });
      expect(host.tabColor).toBe(sheet.tabColor ?? '');
      for (const s of sheet.styles) {
        const style = desc.styles[s.style];
        const cell = host.cell(cellA1(s.range.row, s.range.column));
        if (style.bold) expect(cell.font.bold).toBe(true);
        if (style.fill) expect(cell.fill).toBe(style.fill);
        if (style.fontColor) expect(cell.font.color).toBe(style.fontColor);
        if (style.borderBottom) expect(cell.borders.bottom).toBe('Continuous');
        if (style.borderTop) expect(cell.borders.top).toBe('Continuous');
      }
    }
  });

  test('the input tables, each over its written header, with its style', () => {
    const tables = f.host.tables();
    // A version 1 model gets the version 1 tables and the few version 2 ones on the same sheets.
    expect(tables.map((t) => t.name).sort()).toEqual(desc.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort());
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const sheet of desc.sheets) {
      for (const t of sheet.tables) {
        const table = tables.find((x) => x.name === t.name)!;
        expect(table).toMatchObject({ sheet: sheet.name, address: `${sheet.name}!${rangeA1(t.range)}`, style: t.style, showHeaders: true, showTotals: false });
        const header = describedCells(sheet);
        expect(table.headers).toEqual(Array.from({ length: t.range.columns }, (_, j) => header.get(cellA1(t.range.row, t.range.column + j))));
      }
    }
  });

  test('workbook names, each pointing at its sheet', () => {
    const names = f.host.names();
    expect(names.map((n) => n.name).sort()).toEqual(desc.names.map((n) => n.name).sort());
    for (const n of desc.names) {
      const found = names.find((x) => x.name === n.name)!;
      expect(found.formula!.replace(/'/g, '')).toBe(`=${sheetRange(n.sheet, n.range)}`.replace(/'/g, ''));
      expect(found.scope).toBe('Workbook');
    }
  });

  test('native charts: type, title, series by rows with the years as categories, axis format, placed over the anchor', () => {
    for (const sheet of desc.sheets) {
      const charts = f.host.charts(sheet.name);
      expect(charts).toHaveLength(sheet.charts.length);
      sheet.charts.forEach((c, i) => {
        const chart = charts[i];
        expect(chart.chartType).toBe({ line: 'Line', columnClustered: 'ColumnClustered', areaStacked: 'AreaStacked', barClustered: 'BarClustered' }[c.kind]);
        expect(chart.title).toEqual({ text: c.title, visible: true });
        expect(chart.series.map((s) => s.name)).toEqual(c.series.map((s) => s.name));
        const unquoted = (ref: string | null) => ref?.replace(/'/g, '');
        const ref = (sheetName: string, r: typeof c.anchor) => `=${sheetName}!${rangeA1(r, true)}`;
        expect(chart.series.map((s) => unquoted(s.values))).toEqual(c.series.map((s) => ref(s.sheet, s.values)));
        expect(new Set(chart.series.map((s) => unquoted(s.xValues)))).toEqual(new Set([ref(c.categories.sheet, c.categories.range)]));
        expect(chart.valueAxis.numberFormat).toBe(c.valueAxisFormat);
        expect(chart.position.width).toBeGreaterThan(0);
        expect(chart.position.height).toBeGreaterThan(0);
      });
    }
    expect(f.host.charts().length).toBeGreaterThanOrEqual(desc.sheets.length - 3);
  });

  test('conditional formats and drop-down lists', () => {
    for (const sheet of desc.sheets) {
      const snap = f.host.snapshot().sheets.find((s) => s.name === sheet.name)!;
      const written = snap.conditionalFormats.map((c) =>
        c.type === 'Custom' ? { at: c.address, formula: c.rule?.formula, numberFormat: c.format.numberFormat } : { at: c.address, operator: c.rule?.operator },
      );
      const described = sheet.conditionalFormats.map((c) =>
        isFormulaRule(c) ? { at: rangeA1(c.range), formula: `=${c.when}`, numberFormat: c.numberFormat } : { at: rangeA1(c.range), operator: 'EqualTo' },
      );
      const order = (a: { at: string }, b: { at: string }) => JSON.stringify(a).localeCompare(JSON.stringify(b));
      expect(written.sort(order)).toEqual(described.sort(order));
      expect(snap.dataValidations.map((v) => v.address).sort()).toEqual(sheet.validations.map((v) => rangeA1(v.range)).sort());
      for (const v of snap.dataValidations) expect(v.type).toBe('List');
    }
  });

  test('the model copy in a custom XML part in Budgetsim\'s namespace', async () => {
    const parts = f.host.customXmlParts();
    expect(parts).toHaveLength(1);
    expect(parts[0].namespaceUri).toBe(MODEL_NAMESPACE);
    expect(await f.gateway.stored()).toEqual(model);
  });

  test('syncs: inspect (two), prepare, one per chunk, commit; calculation suspended while each chunk is written', () => {
    expect(report.syncs).toBe(report.chunks! + 4);
    expect(stats.syncs).toBe(report.syncs);
    expect(stats.runs).toBe(1);
    const perSync = stats.perSync;
    expect(perSync.slice(3, 3 + report.chunks!).every((s) => s.calculationSuspended)).toBe(true);
    expect(perSync.slice(0, 3).some((s) => s.calculationSuspended)).toBe(false);
    expect(perSync.every((s) => s.requestBytes < 5_000_000 && !s.failed)).toBe(true);
    expect(progress[0]).toEqual({ done: 0, total: report.chunks });
    expect(progress[progress.length - 1]).toEqual({ done: report.chunks, total: report.chunks });
  });
});

describe('requirement sets', () => {
  test('on ExcelApi 1.7 the drop-down lists, axis formats, overlapping tornado bars and print setup are left out and the report says so', async () => {
    const f = fixture({ apiSets: { ExcelApi: '1.7' } });
    const report = await f.gateway.write(exampleModel());
    expect(report.skipped).toHaveLength(4);
    expect(report.skipped!.join(' ')).toContain('ExcelApi 1.8');
    expect(report.skipped!.join(' ')).toContain('ExcelApi 1.9');
    expect(f.host.snapshot().sheets.every((s) => s.dataValidations.length === 0)).toBe(true);
    expect(f.host.charts().every((c) => c.valueAxis.numberFormat === 'General')).toBe(true);
    const read = await f.gateway.read();
    expect(read).toEqual({ ok: true, model: exampleModel() });
  });

  test('below ExcelApi 1.7 nothing is touched and the error says what is needed', async () => {
    const f = fixture({ apiSets: { ExcelApi: '1.6' } });
    const before = f.host.snapshot();
    await expect(f.gateway.write(exampleModel())).rejects.toThrow(UnsupportedExcelError);
    await expect(f.gateway.write(exampleModel())).rejects.toThrow('ExcelApi 1.7 or later');
    expect(f.host.snapshot()).toEqual(before);
    expect(f.host.stats.syncs).toBe(0);
  });
});
