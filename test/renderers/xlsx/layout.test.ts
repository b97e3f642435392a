/**
 * The renderer on the real layout: every cell the description holds is in the file as described,
 * through both writers.
 */
import * as ExcelJS from 'exceljs';
import { exampleModel } from '../../../src/examples';
import { renderXlsx, writeXlsxBuffer } from '../../../src/renderers/xlsx';
import { fileFormula } from '../../../src/renderers/xlsx/formula';
import { cellA1, rangeA1, sheetRange } from '../../../src/workbook/a1';
import { isFormula, WorkbookDescription } from '../../../src/workbook/description';
import { describeWorkbook } from '../../../src/workbook/layout';
import { buildModel, committee } from '../../support/model-builders';
import { load } from './fixture';

function expectCellsAsDescribed(desc: WorkbookDescription, wb: ExcelJS.Workbook): number {
  let checked = 0;
  for (const sheet of desc.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    expect(ws).toBeDefined();
    for (const block of sheet.blocks) {
      block.cells.forEach((row, i) =>
        row.forEach((content, j) => {
          const cell = ws!.getCell(block.row + i + 1, block.column + j + 1);
          const where = `'${sheet.name}'!${cellA1(block.row + i, block.column + j)}`;
          if (isFormula(content)) {
            const result = typeof cell.result === 'number' ? Number(cell.result.toPrecision(15)) : cell.result;
            expect({ where, formula: cell.formula, result }).toEqual({
              where,
              formula: fileFormula(content.formula),
              // A formula's cached result is kept to 15 significant digits (cell-xml.ts cachedNumber).
              result: typeof content.cached === 'number' ? Number(content.cached.toPrecision(15)) : content.cached ?? undefined,
            });
          } else {
            expect({ where, value: cell.value }).toEqual({ where, value: content });
            if (typeof content === 'string') expect({ where, type: cell.type }).toEqual({ where, type: ExcelJS.ValueType.String });
          }
          checked++;
        }),
      );
    }
  }
  return checked;
}

function expectDecorations(desc: WorkbookDescription, wb: ExcelJS.Workbook): void {
  expect(wb.worksheets.map((w) => w.name)).toEqual(desc.sheets.map((s) => s.name));
  for (const sheet of desc.sheets) {
    const ws = wb.getWorksheet(sheet.name)!;
    for (const t of sheet.tables) {
      const table = (ws.getTable(t.name) as unknown as { table: { tableRef: string } }).table;
      expect({ name: t.name, ref: table.tableRef }).toEqual({ name: t.name, ref: rangeA1(t.range) });
    }
    if (sheet.frozen) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: sheet.frozen.rows });
    for (const { column, width } of sheet.columnWidths) expect(ws.getColumn(column + 1).width).toBe(width);
  }
  const names = new Map(wb.definedNames.model.map((n: { name: string; ranges: string[] }) => [n.name, n.ranges]));
  for (const n of desc.names) {
    // ExcelJS quotes a sheet name only where Excel needs it.
    const expected = sheetRange(n.sheet, n.range).replace(/^'([A-Za-z0-9_]+)'!/, '$1!');
    expect({ name: n.name, ranges: names.get(n.name) }).toEqual({ name: n.name, ranges: [expected] });
  }
}

describe('the example workbook', () => {
  const desc = describeWorkbook(exampleModel());

  test.each<[string, () => Promise<Buffer>]>([
    ['writeXlsxBuffer (streaming)', () => writeXlsxBuffer(desc)],
    ['renderXlsx (in memory)', async () => Buffer.from(await renderXlsx(desc).xlsx.writeBuffer())],
  ])('%s: every described cell, table, name, pane and width is in the file', async (_name, write) => {
    const wb = await load(await write());
    expect(expectCellsAsDescribed(desc, wb)).toBeGreaterThan(1000);
    expectDecorations(desc, wb);
  });
});

test('committee names that look like formulas are written as text', async () => {
  const names = ['=HYPERLINK("http://example.com","x")', '+46 nämnd', '-minus', '@at'];
  const model = buildModel({ committees: names.map((name, i) => committee(`C${i}`, { name })) });
  const desc = describeWorkbook(model);
  const wb = await load(await writeXlsxBuffer(desc));
  const texts = new Set<string>();
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.String) texts.add(cell.value as string);
    expect(cell.formula ?? '').not.toMatch(/HYPERLINK/);
  })));
  for (const n of names) expect(texts).toContain(n);
  expectCellsAsDescribed(desc, wb);
});
