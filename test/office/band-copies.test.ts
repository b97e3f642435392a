import { exampleModel, makeLargeModel } from '../../src/examples';
import { createFakeExcel } from '../../src/fake-excel';
import { Action, CellsAction, CopyRowsAction, NumberFormatAction, StyleAction } from '../../src/office/actions';
import { ActionTarget, addSheet, applyAction } from '../../src/office/apply';
import { planBandCopies } from '../../src/office/band-copies';
import { planWorkbook } from '../../src/office/plan';
import { sheetActions } from '../../src/office/sheet-actions';
import { CellContent, SheetDescription, WorkbookDescription } from '../../src/workbook/description';
import { describeWorkbook } from '../../src/workbook/layout';
import { STYLES } from '../../src/workbook/layout/styles';
import { Model } from '../../src/engine/types';
import { fixture } from './helpers';

/**
 * A sheet like a scenario sheet, small: a lever row (row 1), a section row with a bottom border
 * (row 2), then four committee bands of three rows each (rows 3-5, 6-8, 9-11, 12-14):
 *   header  "Kn"
 *   frame   B: the committee's own input cell, C: =B{r}*(1-C$1)  (the lever, fixed to its row)
 *   total   C: =C{r-1}*2, styled 'total' (a top border inside the band)
 */
function bandedSheet(change: (cells: CellContent[][]) => void = () => undefined): SheetDescription {
  const cells: CellContent[][] = [
    ['Rubrik', null, null],
    ['Krav', null, 0.01],
    ['Nämnder', null, null],
  ];
  const bands = [];
  for (let k = 0; k < 4; k++) {
    const r = 3 + 3 * k; // 0-based row of the band's header
    cells.push([`K${k + 1}`, null, null]);
    cells.push(['Ram', { formula: `'Indata'!$B$${k + 2}`, cached: 100 }, { formula: `B${r + 2}*(1-C$2)`, cached: 99 }]);
    cells.push(['Summa', null, { formula: `C${r + 2}*2`, cached: 198 }]);
    bands.push({ row: r, rows: 3 });
  }
  change(cells);
  return {
    name: 'S',
    role: 'scenario',
    blocks: [{ row: 0, column: 0, cells }],
    formats: [{ range: { row: 3, column: 1, rows: 12, columns: 2 }, format: '#,##0.0' }],
    styles: [
      { range: { row: 2, column: 0, rows: 1, columns: 3 }, style: 'section' },
      ...bands.map((b) => ({ range: { row: b.row, column: 0, rows: 1, columns: 3 }, style: 'committee' as const })),
      ...bands.map((b) => ({ range: { row: b.row + 2, column: 0, rows: 1, columns: 3 }, style: 'total' as const })),
    ],
    tables: [],
    columnWidths: [],
    conditionalFormats: [],
    validations: [],
    charts: [],
    bands,
  };
}

const actionsOf = (s: SheetDescription) => sheetActions(s, STYLES, { listValidations: true });

/** The sheet's actions with its bands copied, and how many bands are copied. */
function withBandCopies(s: SheetDescription): { actions: Action[]; copiedBands: number } {
  const plain = actionsOf(s);
  const formats = plain.filter((a): a is NumberFormatAction => a.kind === 'numberFormat');
  const styles = plain.filter((a): a is StyleAction => a.kind === 'style');
  return { actions: sheetActions(s, STYLES, { listValidations: true, copyBands: true }), copiedBands: planBandCopies(s, formats, styles)?.copiedBands ?? 0 };
}
const copiesOf = (actions: Action[]) => actions.filter((a): a is CopyRowsAction => a.kind === 'copyRows');
const cellsOf = (actions: Action[]) => actions.filter((a): a is CellsAction => a.kind === 'cells');

describe('copying alike bands (worked example)', () => {
  test('the first band sits under a bordered section row, so the second is the template; the other two are copied from it', () => {
    const { actions, copiedBands } = withBandCopies(bandedSheet());
    // Band 1 (rows 3-5) has the section's bottom border on its top edge: written as it is.
    // Band 2 (rows 6-8) is the template; bands 3 and 4 follow it directly: one copy of 3 rows onto
    // row 9, then, as only one band is left, one more copy of 3 rows onto row 12.
    expect(copiedBands).toBe(2);
    expect(copiesOf(actions)).toEqual([
      { kind: 'copyRows', sheet: 'S', from: 6, to: 9, rows: 3, columns: 3 },
      { kind: 'copyRows', sheet: 'S', from: 6, to: 12, rows: 3, columns: 3 },
    ]);
    // What differs from the template in R1C1 form is set after the copies: the header's name and the
    // own input cell ('Indata'!$B$4, $B$5). C = B*(1-C$2) and the total read alike everywhere.
    const copyAt = actions.findIndex((a) => a.kind === 'copyRows');
    const after = cellsOf(actions.slice(copyAt));
    const written = after.flatMap((a) => a.formulas.flatMap((row, i) => row.map((v, j) => [a.row + i, a.column + j, v] as const))).filter(([, , v]) => v !== null);
    expect(written).toEqual([
      [9, 0, "'K3"],
      [12, 0, "'K4"],
      [10, 1, "='Indata'!$B$4"],
      [13, 1, "='Indata'!$B$5"],
    ]);
    // The copied bands' own styles are not sent: they come with the copy.
    const styled = actions.filter((a) => a.kind === 'style').map((a) => (a.kind === 'style' ? a.range.row : -1));
    expect(styled).toEqual([2, 3, 6, 5, 8]);
  });

  test('the copies come after the template\'s cells, formats and styles', () => {
    const { actions } = withBandCopies(bandedSheet());
    const kinds = actions.map((a) => a.kind);
    const firstCopy = kinds.indexOf('copyRows');
    expect(kinds.slice(0, firstCopy)).toEqual(expect.arrayContaining(['cells', 'numberFormat', 'style']));
    expect(kinds.slice(firstCopy).every((k) => k === 'copyRows' || k === 'cells')).toBe(true);
  });

  test('a cell left empty where the template has one is cleared, not left as the copy leaves it', () => {
    const sheet = bandedSheet((cells) => (cells[11][2] = null)); // band 3's total
    const { actions } = withBandCopies(sheet);
    const after = cellsOf(actions.slice(actions.findIndex((a) => a.kind === 'copyRows')));
    const cleared = after.flatMap((a) => a.formulas.flatMap((row, i) => row.map((v, j) => [a.row + i, a.column + j, v] as const))).filter(([, , v]) => v === '');
    expect(cleared).toEqual([[11, 2, '']]);
  });

  test('a band formatted differently from the template is written cell by cell', () => {
    const sheet = bandedSheet();
    sheet.formats.push({ range: { row: 10, column: 2, rows: 1, columns: 1 }, format: '0.00%' });
    const { actions, copiedBands } = withBandCopies(sheet);
    expect(copiedBands).toBe(1);
    expect(copiesOf(actions)).toEqual([{ kind: 'copyRows', sheet: 'S', from: 6, to: 12, rows: 3, columns: 3 }]);
  });

  test('a band with a border on its top or bottom edge is not copied onto', () => {
    const sheet = bandedSheet();
    // A top border on the row under band 4, outside every band: band 4's bottom edge. Band 4's own
    // formats and styles are still the template's, so only the edge keeps it from being copied onto.
    sheet.styles.push({ range: { row: 15, column: 0, rows: 1, columns: 3 }, style: 'total' });
    const { copiedBands } = withBandCopies(sheet);
    expect(copiedBands).toBe(1);
  });

  test('without bands, or with another block of cells, the actions are the plain ones', () => {
    const plain = { ...bandedSheet(), bands: undefined };
    expect(withBandCopies(plain)).toEqual({ actions: actionsOf(plain), copiedBands: 0 });
    const two = bandedSheet();
    two.blocks.push({ row: 20, column: 0, cells: [['x']] });
    expect(withBandCopies(two)).toEqual({ actions: actionsOf(two), copiedBands: 0 });
  });
});

/** The plan applied to a fresh fake workbook, as the write applies it (sheets, markers, then each chunk in one sync). */
async function render(desc: WorkbookDescription, copyBands: boolean) {
  const { Excel, host } = createFakeExcel({ sheets: ['Blad1'] });
  const plan = planWorkbook(desc, { copyBands });
  await Excel.run(async (context) => {
    const target = new ActionTarget(context);
    for (const s of plan.sheets) addSheet(target, s);
    for (const m of plan.markers) applyAction(target, m);
    await context.sync();
    for (const chunk of plan.chunks) {
      for (const a of chunk.actions) applyAction(target, a);
      await context.sync();
    }
  });
  const copies = plan.chunks.flatMap((c) => c.actions).filter((a) => a.kind === 'copyRows').length;
  return { snapshot: host.snapshot(), copies, bytes: host.stats.requestBytes.reduce((a, b) => a + b, 0) };
}

describe('a sheet written with copies is the sheet written cell by cell', () => {
  const models: [string, () => Model][] = [
    ['the example (version 2: bands of 22 and 23 rows, a revenue-steered scenario)', exampleModel],
    ['a large version 1 model', () => makeLargeModel({ committees: 40, years: 8, scenarios: 2, seed: 3 })],
    ['a large version 2 model', () => makeLargeModel({ committees: 30, years: 6, scenarios: 2, seed: 5, investments: 6, projects: 4, ageGroups: 3 })],
  ];
  test.each(models)('%s: every cell, format, border, rule and chart alike, in fewer request bytes', async (_, model) => {
    const desc = describeWorkbook(model(), { reservedSheetNames: ['Blad1'] });
    const copied = await render(desc, true);
    const plain = await render(desc, false);
    expect(copied.copies).toBeGreaterThan(0);
    expect(plain.copies).toBe(0);
    expect(copied.snapshot).toEqual(plain.snapshot);
    expect(copied.bytes).toBeLessThan(plain.bytes);
  });
});

describe('the write copies only where the host has Range.copyFrom (ExcelApi 1.9)', () => {
  test('on ExcelApi 1.8 every cell is sent, and the sheets hold the same cells as on 1.9', async () => {
    const model = makeLargeModel({ committees: 12, years: 5, scenarios: 1, seed: 2 });
    const cellsOf = async (api: string) => {
      const f = fixture({ sheets: ['Blad1'], apiSets: { ExcelApi: api } });
      await f.gateway.write(model);
      // The print setup (1.9) differs between the two; the cells must not.
      return { bytes: f.host.stats.requestBytes.reduce((a, b) => a + b, 0), cells: f.host.snapshot().sheets.map((s) => [s.name, s.cells]) };
    };
    const old = await cellsOf('1.8');
    const recent = await cellsOf('1.9');
    expect(old.cells).toEqual(recent.cells);
    expect(recent.bytes).toBeLessThan(old.bytes);
  });
});
