/**
 * A workbook Budgetsim wrote, opened and saved as .xlsx by LibreOffice Calc (headless), reads back
 * into the same model: LibreOffice rewrites every part (its own shared strings, styles, table parts
 * and relationships, its own chart and drawing XML).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readModelFromXlsx, readWorkbook, writeXlsxBuffer } from '../../src/renderers/xlsx';
import { describeWorkbook } from '../../src/workbook/layout';
import { convertWithLibreOffice } from '../support/libreoffice';
import { exampleModel } from '../workbook/read/fixtures';
import { partsOf } from './parts';

const dir = mkdtempSync(join(tmpdir(), 'budgetsim-lo-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a workbook saved by LibreOffice reads back into the model it was written from', async () => {
  const model = exampleModel();
  const input = join(dir, 'in', 'budget.xlsx');
  rmSync(join(dir, 'in'), { recursive: true, force: true });
  mkdirSync(join(dir, 'in'));
  writeFileSync(input, await writeXlsxBuffer(describeWorkbook(model)));
  const [saved] = await convertWithLibreOffice([input], join(dir, 'out'), { recalculate: true });
  const bytes = readFileSync(saved);
  // It is LibreOffice's file, not ours passed through.
  expect(partsOf(bytes).get('docProps/app.xml')).toMatch(/LibreOffice/);
  const contents = readWorkbook(bytes);
  expect(contents.sheets.map((s) => s.name)).toEqual(describeWorkbook(model).sheets.map((s) => s.name));
  expect(contents.names.filter((n) => /^bs_sheet_\d+$/.test(n.name)).length).toBe(contents.sheets.length);
  expect(await readModelFromXlsx(bytes)).toEqual({ ok: true, model });
}, 600_000);
