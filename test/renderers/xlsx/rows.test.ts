import { forEachRow } from '../../../src/renderers/xlsx/rows';
import { range } from '../../../src/workbook/a1';
import { CellContent, SheetDescription, StyleName } from '../../../src/workbook/description';

function sheet(parts: Partial<SheetDescription>): SheetDescription {
  return { name: 'S', role: 'scenario', blocks: [], formats: [], styles: [], tables: [], columnWidths: [], conditionalFormats: [], validations: [], charts: [], ...parts };
}

type Seen = [number, number, CellContent, string | undefined, StyleName | undefined];

function rows(s: SheetDescription): Seen[] {
  const out: Seen[] = [];
  forEachRow(s, (row, plan) => {
    for (const c of plan.columns) out.push([row, c, plan.content[c], plan.format[c], plan.style[c]]);
  });
  return out;
}

describe('forEachRow', () => {
  test('visits rows top to bottom and columns left to right, skipping empty rows', () => {
    const s = sheet({
      blocks: [
        { row: 5, column: 2, cells: [[1, 2]] },
        { row: 1, column: 0, cells: [['a'], [], ['c', 'd']] },
      ],
    });
    expect(rows(s)).toEqual([
      [1, 0, 'a', undefined, undefined],
      [3, 0, 'c', undefined, undefined],
      [3, 1, 'd', undefined, undefined],
      [5, 2, 1, undefined, undefined],
      [5, 3, 2, undefined, undefined],
    ]);
  });

  test('formats and styles reach empty cells; where ranges overlap, the later one wins', () => {
    const s = sheet({
      blocks: [{ row: 0, column: 0, cells: [[1]] }],
      formats: [
        { range: range(0, 0, 3, 2), format: 'A' },
        { range: range(1, 1), format: 'B' },
      ],
      styles: [
        { range: range(2, 1), style: 'bad' },
        { range: range(0, 0, 3, 1), style: 'good' },
      ],
    });
    expect(rows(s)).toEqual([
      [0, 0, 1, 'A', 'good'],
      [0, 1, null, 'A', undefined],
      [1, 0, null, 'A', 'good'],
      [1, 1, null, 'B', undefined],
      [2, 0, null, 'A', 'good'],
      [2, 1, null, 'A', 'bad'],
    ]);
  });

  test('a later block overwrites an earlier one cell by cell', () => {
    const s = sheet({
      blocks: [
        { row: 0, column: 0, cells: [[1, 2, 3]] },
        { row: 0, column: 1, cells: [[null]] },
      ],
    });
    expect(rows(s).map((r) => r[2])).toEqual([1, null, 3]);
  });

  test('a sheet with nothing on it visits nothing', () => {
    expect(rows(sheet({}))).toEqual([]);
  });
});
