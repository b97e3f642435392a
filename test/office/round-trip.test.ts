import fc from 'fast-check';
import { exampleModel } from '../../src/examples';
import { Model } from '../../src/engine/types';
import { parseModel } from '../../src/model-file';
import { readTables } from '../../src/office/read';
import { writeXlsxBuffer } from '../../src/renderers/xlsx';
import { readTablesFromXlsx } from '../../src/renderers/xlsx/read-tables';
import { describeWorkbook } from '../../src/workbook/layout';
import { arbModel } from '../support/arbitraries';
import { expectedFromTables } from '../workbook/read/expected-model';
import { fixture } from './helpers';

function parsed(model: Model): Model {
  const p = parseModel(model);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.model;
}

describe('model -> workbook -> model through Office.js', () => {
  test('the example, from the input tables and from the stored copy', async () => {
    const f = fixture();
    const model = exampleModel();
    await f.gateway.write(model);
    expect(await f.gateway.read()).toEqual({ ok: true, model });
    expect(await f.gateway.stored()).toEqual(model);
  });

  test('the example in English', async () => {
    const f = fixture();
    const model: Model = { ...exampleModel(), language: 'en' };
    const report = await f.gateway.write(model);
    expect(report.sheets).toContain('Comparison');
    expect(await f.gateway.read()).toEqual({ ok: true, model });
  });

  test('the same tables as the .xlsx path extracts from the same description', async () => {
    const model = exampleModel();
    const f = fixture();
    await f.gateway.write(model);
    const office = await readTables(f.Excel);
    const xlsx = await readTablesFromXlsx(await writeXlsxBuffer(describeWorkbook(model, { reservedSheetNames: ['Sheet1'] })));
    for (const [name, t] of office) expect([name, t]).toEqual([name, xlsx.get(name)]);
    expect([...office.keys()].sort()).toEqual([...xlsx.keys()].sort());
  });

  test('random valid models, rewritten into the same workbook', async () => {
    const f = fixture({ sheets: ['Blad1'] });
    await fc.assert(
      fc.asyncProperty(arbModel({ maxHorizon: 4, maxCommittees: 3 }), async (model) => {
        await f.gateway.write(model);
        expect(await f.gateway.read()).toEqual({ ok: true, model: expectedFromTables(model) });
        expect(await f.gateway.stored()).toEqual(parsed(model));
        // Only Budgetsim's sheets, once each, whatever the previous model was.
        expect(f.host.sheetNames.filter((n) => n.startsWith('bs_backup'))).toEqual([]);
        expect(f.host.customXmlParts()).toHaveLength(1);
      }),
      { numRuns: 20 },
    );
  });
});
