/**
 * Version 2 workbooks recalculated by LibreOffice: every formula cell equals the engine's value
 * (within 1e-9 relative) on the version 2 example, on random version 2 models, and after an edit of
 * each new kind of input made with ExcelJS before the recalculation (a spend, a life, an interest rate,
 * a population count, a weight, a balance adjustment, the reserve threshold, the reserve opening
 * balance), compared with the engine run on the edited model. recalc.test.ts proves LibreOffice
 * recalculates rather than reading back the cached values.
 */
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Model } from '../../src/engine';
import { writeXlsxFile } from '../../src/renderers/xlsx';
import { contentAt } from '../../src/renderers/xlsx/tables';
import { cellA1 } from '../../src/workbook/a1';
import { WorkbookDescription } from '../../src/workbook/description';
import {
  DEMOGRAPHY_WEIGHTS_TABLE,
  INVESTMENT_SPEND_TABLE,
  INVESTMENTS_TABLE,
  InputTable,
  POPULATION_TABLE,
  SETTINGS_TABLE,
  YEARS_TABLE,
} from '../../src/workbook/input-tables';
import { describeWorkbook } from '../../src/workbook/layout';
import { arbModelV2 } from '../support/arbitraries';
import { readAllCells, recalculateWithLibreOffice } from '../support/libreoffice';
import { exampleModelV2 } from '../support/model-v2';
import { formulaCells, mismatches } from './compare';

/** Where an input table's cell sits: the first row whose `keyColumn` holds `key`, the column `column`. */
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
  expected: WorkbookDescription;
  before?: WorkbookDescription;
  write(path: string): Promise<void>;
}

function plainCase(name: string, model: Model): Case {
  const desc = describeWorkbook(model);
  return { name, expected: desc, write: (path) => writeXlsxFile(desc, path) };
}

function editedCase(name: string, locate: (d: WorkbookDescription) => { sheet: string; address: string }, value: number, edit: (m: Model) => void): Case {
  const model = exampleModelV2();
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

const RANDOM_MODELS = fc.sample(arbModelV2(), { numRuns: 8, seed: 20262 });
const setting = (key: string) => (d: WorkbookDescription) => inputCell(d, SETTINGS_TABLE, 'key', key, 'value');

const CASES: Case[] = [
  plainCase('example-v2', exampleModelV2()),
  ...RANDOM_MODELS.map((m, i) => plainCase(`random-v2-${i + 1}`, m)),
  editedCase('edited-spend', (d) => inputCell(d, INVESTMENT_SPEND_TABLE, 'investment', 'I1', 'amount'), 420, (m) => (m.investments![0].spend[0].amount = 420)),
  editedCase('edited-life', (d) => inputCell(d, INVESTMENTS_TABLE, 'id', 'I2', 'life'), 3, (m) => (m.investments![1].life = 3)),
  editedCase('edited-interest-rate', (d) => inputCell(d, YEARS_TABLE, 'year', 2028, 'interestRate'), 0.045, (m) => (m.years.find((y) => y.year === 2028)!.interestRate = 0.045)),
  editedCase('edited-population', (d) => inputCell(d, POPULATION_TABLE, 'year', 2028, 'count'), 7900, (m) => (m.population!.find((p) => p.year === 2028 && p.group === 'G1')!.count = 7900)),
  editedCase('edited-weight', (d) => inputCell(d, DEMOGRAPHY_WEIGHTS_TABLE, 'committee', 'VON', 'weight'), 0.6, (m) => (m.committees.find((c) => c.id === 'VON')!.demographyWeights![0].weight = 0.6)),
  editedCase('edited-balance-adjustment', (d) => inputCell(d, YEARS_TABLE, 'year', 2028, 'balanceAdjustments'), -180, (m) => (m.years.find((y) => y.year === 2028)!.balanceAdjustments = -180)),
  editedCase('edited-threshold', setting('reserveThreshold'), 0.002, (m) => (m.reserve!.threshold = 0.002)),
  editedCase('edited-opening-balance', setting('reserveOpeningBalance'), 400, (m) => (m.reserve!.openingBalance = 400)),
];

describe('LibreOffice and the engine agree on every formula cell of version 2 workbooks', () => {
  let dir: string;
  const recalculated = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetsim-lo-engine-v2-'));
    const paths = CASES.map((c) => join(dir, `${c.name}.xlsx`));
    for (const [i, c] of CASES.entries()) await c.write(paths[i]);
    const out = await recalculateWithLibreOffice(paths, join(dir, 'recalculated'));
    CASES.forEach((c, i) => recalculated.set(c.name, out[i]));
    // Seventeen workbooks in one LibreOffice run on a shared machine: room for it, never an assertion.
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(CASES.map((c) => [c.name, c]))('%s', async (name, c) => {
    const cells = formulaCells((c as Case).expected);
    expect(cells.length).toBeGreaterThan(0);
    const got = await readAllCells(recalculated.get(name as string)!);
    expect(mismatches(cells, got).slice(0, 10)).toEqual([]);
    const before = (c as Case).before;
    // The edit reached the formulas: cells no longer hold what they held before it.
    if (before) expect(mismatches(formulaCells(before), got).length).toBeGreaterThan(5);
  });
});
