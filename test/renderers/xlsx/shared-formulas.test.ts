/**
 * A run of a row's formulas that is one formula in R1C1 form is stored once, as a shared formula:
 * the first cell holds the text and the run's range, the others the group's index and their own
 * cached value. Readers move the relative references by each cell's offset.
 */
import { writeXlsxBuffer } from '../../../src/renderers/xlsx';
import { sharedFormulaRuns } from '../../../src/renderers/xlsx/stream';
import { WorkbookDescription } from '../../../src/workbook/description';
import { STYLES } from '../../../src/workbook/layout/styles';
import { load } from './fixture';
import { zipEntries } from './zip';

/** One sheet 'Bas': years in row 1 from B, and row 2 holding the given formulas (cached 10, 20, …). */
function oneRow(formulas: (string | null)[]): WorkbookDescription {
  return {
    language: 'sv',
    styles: STYLES,
    names: [],
    sheets: [
      {
        name: 'Bas',
        role: 'scenario',
        blocks: [
          {
            row: 0,
            column: 0,
            cells: [
              ['År', ...formulas.map((_, j) => 2027 + j)],
              ['Dubbelt', ...formulas.map((formula, j) => (formula === null ? null : { formula, cached: 10 * (j + 1) }))],
            ],
          },
        ],
        formats: [],
        styles: [],
        tables: [],
        columnWidths: [],
        conditionalFormats: [],
        validations: [],
        charts: [],
      },
    ],
  };
}

async function sheetXml(desc: WorkbookDescription): Promise<string> {
  return zipEntries(await writeXlsxBuffer(desc)).get('xl/worksheets/sheet1.xml')!.toString('utf8');
}

const row2 = (xml: string) => /<row r="2">(.*?)<\/row>/.exec(xml)![1];

describe('shared formulas in the .xlsx file', () => {
  test('B1*2, C1*2, D1*2 are R[-1]C*2 each: the text once in B2 with ref B2:D2, the others by index', async () => {
    const xml = row2(await sheetXml(oneRow(['B1*2', 'C1*2', 'D1*2'])));
    expect(xml).toContain('<c r="B2"><f t="shared" ref="B2:D2" si="0">B1*2</f><v>10</v></c>');
    expect(xml).toContain('<c r="C2"><f t="shared" si="0"/><v>20</v></c>');
    expect(xml).toContain('<c r="D2"><f t="shared" si="0"/><v>30</v></c>');
  });

  test('a reader gives every cell its own formula back (ExcelJS moves the shared text by the offset)', async () => {
    const wb = await load(await writeXlsxBuffer(oneRow(['B1*2+$A$1', 'C1*2+$A$1', 'D1*2+$A$1', 'E1*2+$A$1'])));
    const ws = wb.getWorksheet('Bas')!;
    expect(['B2', 'C2', 'D2', 'E2'].map((a) => [ws.getCell(a).formula, ws.getCell(a).result])).toEqual([
      ['B1*2+$A$1', 10],
      ['C1*2+$A$1', 20],
      ['D1*2+$A$1', 30],
      ['E1*2+$A$1', 40],
    ]);
  });

  test('runs break where the R1C1 form changes and at an empty cell; a lone formula stays plain', async () => {
    // B2, C2: R[-1]C*2 (group 0). D2: $B$1*2 is R1C2*2, alone. E2 empty. F2, G2: R[-1]C*2 again, a
    // new group 1 because E2 breaks the run.
    const xml = row2(await sheetXml(oneRow(['B1*2', 'C1*2', '$B$1*2', null, 'F1*2', 'G1*2'])));
    expect(xml).toContain('<f t="shared" ref="B2:C2" si="0">B1*2</f>');
    // D2 follows C2, so it leaves its reference out (ECMA-376 18.3.1.4); the shared formulas' cells keep theirs.
    expect(xml).toContain('<c r="C2"><f t="shared" si="0"/><v>20</v></c><c><f>$B$1*2</f><v>30</v></c>');
    expect(xml).toContain('<f t="shared" ref="F2:G2" si="1">F1*2</f>');
    expect(xml).toContain('<c r="G2"><f t="shared" si="1"/><v>60</v></c>');
  });

  test('a cell that follows its neighbour leaves its reference out; the first of a row, one after a gap and shared formulas keep it', async () => {
    // Row 1: "År" in A1, then the years B1..E1 as plain numbers, each the column after the one before.
    // Row 2: A2 text, B2 a lone formula, C2 empty (nothing written), D2 after the gap, E2 following it.
    const xml = await sheetXml(oneRow(['$A$1', null, '$A$1+1', '$A$1+2']));
    const row1 = /<row r="1">(.*?)<\/row>/.exec(xml)![1];
    expect(row1).toBe('<c r="A1" t="s"><v>0</v></c><c><v>2027</v></c><c><v>2028</v></c><c><v>2029</v></c><c><v>2030</v></c>');
    expect(row2(xml)).toBe('<c r="A2" t="s"><v>1</v></c><c><f>$A$1</f><v>10</v></c><c r="D2"><f>$A$1+1</f><v>30</v></c><c><f>$A$1+2</f><v>40</v></c>');
  });

  test('ExcelJS and the reader place cells without a reference in the column after their neighbour', async () => {
    const bytes = await writeXlsxBuffer(oneRow(['$A$1', null, '$A$1+1', '$A$1+2']));
    const ws = (await load(bytes)).getWorksheet('Bas')!;
    expect(['B1', 'E1', 'B2', 'C2', 'D2', 'E2'].map((a) => [ws.getCell(a).value === null ? null : ws.getCell(a).formula ?? ws.getCell(a).value])).toEqual([
      [2027],
      [2030],
      ['$A$1'],
      [null],
      ['$A$1+1'],
      ['$A$1+2'],
    ]);
  });

  test("a formula's cached result keeps 15 significant digits, an input every digit", async () => {
    // 0.1 + 0.2 is 0.30000000000000004 as a double: 17 significant digits, of which Excel keeps 15
    // (0.300000000000000, that is 0.3). 164.52152746446563 becomes 164.521527464466. The input
    // 0.30000000000000004 in a plain cell is the model and is written as it is.
    const desc = oneRow(['B1*2', 'C1*2']);
    const row = desc.sheets[0].blocks[0].cells[1];
    row[1] = { formula: 'B1*2', cached: 0.1 + 0.2 };
    row[2] = { formula: 'C1*2', cached: 164.52152746446563 };
    row.push(0.1 + 0.2);
    const xml = row2(await sheetXml(desc));
    expect(xml).toContain('<f t="shared" ref="B2:C2" si="0">B1*2</f><v>0.3</v>');
    expect(xml).toContain('<f t="shared" si="0"/><v>164.521527464466</v>');
    expect(xml).toContain('<c><v>0.30000000000000004</v></c>');
  });

  test('sharedFormulaRuns: length at the start of a run, 0 inside it, 1 alone; columns must be adjacent', () => {
    const f = (formula: string) => ({ formula });
    // Columns 1, 2, 3 then 5: C and D continue B's run; F (5) follows a gap, so it starts anew.
    expect(sharedFormulaRuns([1, 2, 3, 5], [f('B1*2'), f('C1*2'), f('D1*2'), f('F1*2')], 1)).toEqual([3, 0, 0, 1]);
    expect(sharedFormulaRuns([0, 1, 2], ['text', 5, f('C1')], 1)).toEqual([1, 1, 1]);
  });
});
