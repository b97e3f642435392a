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
    expect(xml).toContain('<c r="D2"><f>$B$1*2</f><v>30</v></c>');
    expect(xml).toContain('<f t="shared" ref="F2:G2" si="1">F1*2</f>');
    expect(xml).toContain('<c r="G2"><f t="shared" si="1"/><v>60</v></c>');
  });

  test('sharedFormulaRuns: length at the start of a run, 0 inside it, 1 alone; columns must be adjacent', () => {
    const f = (formula: string) => ({ formula });
    // Columns 1, 2, 3 then 5: C and D continue B's run; F (5) follows a gap, so it starts anew.
    expect(sharedFormulaRuns([1, 2, 3, 5], [f('B1*2'), f('C1*2'), f('D1*2'), f('F1*2')], 1)).toEqual([3, 0, 0, 1]);
    expect(sharedFormulaRuns([0, 1, 2], ['text', 5, f('C1')], 1)).toEqual([1, 1, 1]);
  });
});
