/**
 * The uncertainty table round-trips through the written file: an sd and a persistence edited in
 * bsUncertainty on Indata are read back, while whatever is typed over the Risk sheet's figures (its
 * copy of the inputs included) is ignored, since that sheet is output.
 */
import { exampleModel } from '../../src/examples';
import { Model } from '../../src/engine/types';
import { readModelFromXlsx, writeXlsxBuffer } from '../../src/renderers/xlsx';
import { modelWorkbook } from '../../src/renderers/xlsx/model-workbook';
import { cellA1 } from '../../src/workbook/a1';
import { editXlsx, rewrite, setCell, sheetPart } from './parts';

const model = exampleModel();
const written = modelWorkbook(model, { risk: { runs: 30, seed: 1, date: new Date('2026-02-02T00:00:00Z') } });

function numberCell(ref: string, value: number): string {
  return `<c r="${ref}"><v>${value}</v></c>`;
}

test('an edited sd and persistence in bsUncertainty are read back; edits on the Risk sheet are not', async () => {
  const indata = written.description.sheets.find((s) => s.tables.some((t) => t.name === 'bsUncertainty'))!;
  const table = indata.tables.find((t) => t.name === 'bsUncertainty')!.range;
  expect(table.rows).toBe(1 + model.uncertainty!.inputs.length);
  const risk = written.description.sheets.find((s) => s.role === 'risk')!;
  const riskSd = risk.blocks[0].cells.findIndex((r) => r[0] === 'Skatteunderlagets ökning');
  expect(riskSd).toBeGreaterThan(0);

  const file = editXlsx(await writeXlsxBuffer(written.description, written.options), (parts) => {
    // First input's sd 1 % -> 3 %, second input's persistence 0.5 -> 0.8 (a rate column: a fraction).
    rewrite(parts, sheetPart(parts, indata.name), (xml) => {
      const sd = cellA1(table.row + 1, table.column + 1);
      const persistence = cellA1(table.row + 2, table.column + 2);
      return setCell(setCell(xml, sd, numberCell(sd, 0.03)), persistence, numberCell(persistence, 0.8));
    });
    // The Risk sheet's copy of the first sd typed over.
    rewrite(parts, sheetPart(parts, 'Risk'), (xml) => setCell(xml, cellA1(riskSd, 1), numberCell(cellA1(riskSd, 1), 0.99)));
  });

  const back = await readModelFromXlsx(file);
  expect(back.ok).toBe(true);
  if (!back.ok) return;
  const inputs = model.uncertainty!.inputs;
  const expected: Model = {
    ...model,
    uncertainty: { inputs: inputs.map((u, k) => (k === 0 ? { ...u, sd: 0.03 } : k === 1 ? { ...u, persistence: 0.8 } : u)) },
  };
  expect(inputs[0].sd).not.toBe(0.03);
  expect(inputs[1].persistence).not.toBe(0.8);
  expect(back.model).toEqual(expected);
});
