/**
 * Every formula of the written workbook, recalculated by LibreOffice, equals the engine's value
 * (within 1e-9 relative): the example, random models, and workbooks in which an input cell was
 * changed with ExcelJS before the recalculation, compared with the engine run on the changed model.
 * recalc.test.ts proves LibreOffice recalculates rather than reading back the cached values.
 */
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Model } from '../../src/engine';
import { exampleModel } from '../../src/examples';
import { writeXlsxFile } from '../../src/renderers/xlsx';
import { contentAt } from '../../src/renderers/xlsx/tables';
import { cellA1 } from '../../src/workbook/a1';
import { WorkbookDescription } from '../../src/workbook/description';
import { COMMITTEES_TABLE, InputTable, YEARS_TABLE } from '../../src/workbook/input-tables';
import { describeWorkbook } from '../../src/workbook/layout';
import { arbModel } from '../support/arbitraries';
import { readAllCells, recalculateWithLibreOffice } from '../support/libreoffice';
import { formulaCells, mismatches } from './compare';

/** Where an input table's cell sits: the row whose `keyColumn` holds `key`, the column `column`. */
function inputCell(desc: WorkbookDescription, table: InputTable, keyColumn: string, key: string | number, column: string): { sheet: string; address: string } {
  for (const sheet of desc.sheets) {
    const t = sheet.tables.find((x) => x.name === table.name);
    if (!t) continue;
    const header = (k: string) => {
      const text = table.columns.find((c) => c.key === k)!.header[desc.language];
      for (let j = 0; j < t.range.columns; j++) if (contentAt(sheet, t.range.row, t.range.column + j) === text) return t.range.column + j;
      throw new Error(`${table.name} has no column ${text}`);
    };
    const keyAt = header(keyColumn);
    for (let r = t.range.row + 1; r < t.range.row + t.range.rows; r++) {
      if (contentAt(sheet, r, keyAt) === key) return { sheet: sheet.name, address: cellA1(r, header(column)) };
    }
    throw new Error(`${table.name} has no row with ${keyColumn} = ${key}`);
  }
  throw new Error(`the workbook has no table ${table.name}`);
}

interface Case {
  name: string;
  /** What the recalculated workbook must hold. */
  expected: WorkbookDescription;
  /** For an edited workbook: what it held before the edit, which the edit must change. */
  before?: WorkbookDescription;
  /** Writes the workbook LibreOffice recalculates. */
  write(path: string): Promise<void>;
}

function plainCase(name: string, model: Model): Case {
  const desc = describeWorkbook(model);
  return { name, expected: desc, write: (path) => writeXlsxFile(desc, path) };
}

/** The example with one input cell edited in the .xlsx, against the engine run on the edited model. */
function editedCase(name: string, locate: (d: WorkbookDescription) => { sheet: string; address: string }, value: number, edit: (m: Model) => void): Case {
  const model = exampleModel();
  const original = describeWorkbook(model);
  edit(model);
  const expected = describeWorkbook(model);
  return {
    name,
    expected,
    before: original,
    async write(path) {
      const at = locate(original);
      const written = `${path}.original.xlsx`;
      await writeXlsxFile(original, written);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(written);
      const cell = wb.getWorksheet(at.sheet)!.getCell(at.address);
      expect(typeof cell.value).toBe('number');
      expect(cell.value).not.toBe(value);
      cell.value = value;
      await wb.xlsx.writeFile(path);
    },
  };
}

const RANDOM_MODELS = fc.sample(arbModel(), { numRuns: 8, seed: 20260 });

const CASES: Case[] = [
  plainCase('example', exampleModel()),
  ...RANDOM_MODELS.map((m, i) => plainCase(`random-${i + 1}`, m)),
  editedCase(
    'edited-efficiency',
    (d) => inputCell(d, YEARS_TABLE, 'year', 2028, 'efficiency'),
    0.025,
    (m) => (m.years.find((y) => y.year === 2028)!.efficiency = 0.025),
  ),
  editedCase(
    'edited-tax-rate',
    (d) => inputCell(d, YEARS_TABLE, 'year', 2029, 'taxRate'),
    22.1,
    (m) => (m.years.find((y) => y.year === 2029)!.taxRate = 22.1),
  ),
  editedCase(
    'edited-labour-share',
    (d) => inputCell(d, COMMITTEES_TABLE, 'id', 'BUN', 'labourShare'),
    0.6,
    (m) => (m.committees.find((c) => c.id === 'BUN')!.labourShare = 0.6),
  ),
];

describe('LibreOffice and the engine agree on every formula cell', () => {
  let dir: string;
  const recalculated = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetsim-lo-engine-'));
    const paths = CASES.map((c) => join(dir, `${c.name}.xlsx`));
    for (const [i, c] of CASES.entries()) await c.write(paths[i]);
    const out = await recalculateWithLibreOffice(paths, join(dir, 'recalculated'));
    CASES.forEach((c, i) => recalculated.set(c.name, out[i]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(CASES.map((c) => [c.name, c]))('%s', async (name, c) => {
    const cells = formulaCells((c as Case).expected);
    expect(cells.length).toBeGreaterThan(0);
    const got = await readAllCells(recalculated.get(name as string)!);
    expect(mismatches(cells, got).slice(0, 10)).toEqual([]);
    const before = (c as Case).before;
    // The edit reached the formulas: many cells no longer hold what they held before it.
    if (before) expect(mismatches(formulaCells(before), got).length).toBeGreaterThan(20);
  });
});
