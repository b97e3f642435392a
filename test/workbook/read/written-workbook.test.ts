import fc from 'fast-check';
import { readModelFromXlsx, readTablesFromXlsx } from '../../../src/renderers/xlsx/read-tables';
import { writeXlsxBuffer } from '../../../src/renderers/xlsx';
import { describeWorkbook } from '../../../src/workbook/layout';
import { INPUT_TABLES } from '../../../src/workbook/input-tables';
import { arbModel, arbModelV2 } from '../../support/arbitraries';
import { expectedFromTables } from './expected-model';
import { exampleModel } from './fixtures';

describe('the workbook Budgetsim writes reads back into its model', () => {
  it('the example, with every required input table found', async () => {
    const model = exampleModel();
    const buffer = await writeXlsxBuffer(describeWorkbook(model));
    expect([...(await readTablesFromXlsx(buffer)).keys()]).toEqual(expect.arrayContaining(INPUT_TABLES.filter((t) => !t.optional).map((t) => t.name)));
    expect(await readModelFromXlsx(buffer)).toEqual({ ok: true, model });
  });

  it('the example in English', async () => {
    const model = { ...exampleModel(), language: 'en' as const };
    expect(await readModelFromXlsx(await writeXlsxBuffer(describeWorkbook(model)))).toEqual({ ok: true, model });
  });

  it('random valid models', async () => {
    await fc.assert(
      fc.asyncProperty(arbModel({ maxHorizon: 4, maxCommittees: 3 }), async (model) => {
        const result = await readModelFromXlsx(await writeXlsxBuffer(describeWorkbook(model)));
        expect(result).toEqual({ ok: true, model: expectedFromTables(model) });
      }),
      { numRuns: 15 },
    );
  });

  it('random valid version 2 models, read from the .xlsx file as written', async () => {
    await fc.assert(
      fc.asyncProperty(arbModelV2({ maxHorizon: 4, maxCommittees: 3 }), async (model) => {
        const result = await readModelFromXlsx(await writeXlsxBuffer(describeWorkbook(model)));
        expect(result).toEqual({ ok: true, model: expectedFromTables(model) });
      }),
      { numRuns: 15 },
    );
  });
});
