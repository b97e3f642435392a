/**
 * The harness proof: a workbook whose cached values are all deliberately wrong comes back from
 * LibreOffice with the values its formulas compute. So the comparisons in engine.test.ts compare
 * LibreOffice's own arithmetic with the engine's, never the cached values the writer stored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsxFile } from '../../src/renderers/xlsx';
import { range } from '../../src/workbook/a1';
import { CellContent, SheetDescription, WorkbookDescription } from '../../src/workbook/description';
import { TEST_STYLES } from '../renderers/xlsx/fixture';
import { CellReadout, findSoffice, readAllCells, recalculateWithLibreOffice } from '../support/libreoffice';

const SENTINEL = -987654.321;
const INPUTS = "Indata 'x' 1";
const CALC = 'Räkna';

function sheet(name: string, cells: CellContent[][]): SheetDescription {
  return { name, role: 'scenario', blocks: [{ row: 0, column: 0, cells }], formats: [], styles: [], tables: [], columnWidths: [], conditionalFormats: [], validations: [], charts: [] };
}

const q = `'Indata ''x'' 1'`;
/** Each formula, with the value it computes from the inputs below. */
const FORMULAS: [string, number | boolean | string][] = [
  [`SUM(${q}!B2:B4)`, 1.5 + 2 + 3],
  [`${q}!B2*bs_rate`, 1.5 * 0.25],
  [`SUMPRODUCT(${q}!B2:B4,${q}!C2:C4)`, 1.5 * 10 + 2 * 20 + 3 * 30],
  [`IFNA(MATCH(99,${q}!B2:B4,0),-1)`, -1],
  [`MAXIFS(${q}!C2:C4,${q}!B2:B4,">1.6")`, 30],
  [`A1*2`, 2 * (1.5 + 2 + 3)],
  [`${q}!B3>${q}!B4`, false],
  [`IF(${q}!B4>2,"hög","låg")`, 'hög'],
  [`ROUND(1/3,12)`, 0.333333333333],
];

function sentinelFor(v: number | boolean | string): number | boolean | string {
  if (typeof v === 'number') return SENTINEL;
  if (typeof v === 'boolean') return !v;
  return 'SENTINEL';
}

function description(): WorkbookDescription {
  const inputs = sheet(INPUTS, [
    ['Namn', 'Värde', 'Vikt'],
    ['a', 1.5, 10],
    ['b', 2, 20],
    ['c', 3, 30],
    ['Andel', 0.25],
  ]);
  const calc = sheet(CALC, FORMULAS.map(([formula, value]) => [{ formula, cached: sentinelFor(value) }]));
  calc.blocks.push({ row: FORMULAS.length, column: 0, cells: [[{ formula: 'A1+1', cached: null }]] });
  return {
    language: 'sv',
    sheets: [calc, inputs],
    names: [{ name: 'bs_rate', sheet: INPUTS, range: range(4, 1) }],
    styles: TEST_STYLES,
  };
}

describe('LibreOffice recalculates every formula of a written workbook', () => {
  let dir: string;
  let before: Map<string, Map<string, CellReadout>>;
  let after: Map<string, Map<string, CellReadout>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetsim-recalc-'));
    const written = join(dir, 'sentinel.xlsx');
    await writeXlsxFile(description(), written);
    const [recalculated] = await recalculateWithLibreOffice([written], join(dir, 'out'));
    before = await readAllCells(written);
    after = await readAllCells(recalculated);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the written file holds the wrong cached values', () => {
    FORMULAS.forEach(([, value], i) => expect(before.get(CALC)!.get(`A${i + 1}`)!.value).toBe(sentinelFor(value)));
  });

  test.each(FORMULAS.map(([formula, value], i) => [formula, value, i]))('%s = %p after recalculation', (_formula, value, i) => {
    const cell = after.get(CALC)!.get(`A${Number(i) + 1}`)!;
    expect(cell.formula).toBeDefined();
    if (typeof value === 'number') expect(cell.value).toBeCloseTo(value, 12);
    else expect(cell.value).toBe(value);
  });

  test('a formula written without a cached value gets one', () => {
    expect(before.get(CALC)!.get(`A${FORMULAS.length + 1}`)!.value).toBeNull();
    expect(after.get(CALC)!.get(`A${FORMULAS.length + 1}`)!.value).toBeCloseTo(6.5 + 1, 12);
  });

  test('plain values come back unchanged', () => {
    expect(after.get(INPUTS)!.get('B2')!.value).toBe(1.5);
    expect(after.get(INPUTS)!.get('A3')!.value).toBe('b');
  });
});

test('a missing LibreOffice is a clear error, never a silent skip', () => {
  const saved = process.env.SOFFICE;
  process.env.SOFFICE = join(tmpdir(), 'no-such-soffice');
  try {
    expect(() => findSoffice()).toThrow('LibreOffice not found: run bash .ci/run, or apt-get install libreoffice-calc-nogui');
  } finally {
    if (saved === undefined) delete process.env.SOFFICE;
    else process.env.SOFFICE = saved;
  }
});
