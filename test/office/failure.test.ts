// The version 1 example: these tests count its sheets, tables and names.
import { exampleModelV1 as exampleModel } from '../support/example-v1';
import { Model } from '../../src/engine/types';
import { createOfficeGateway, WorkbookLeftChangedError, WorkbookWriteError } from '../../src/office';
import { planWorkbook } from '../../src/office/plan';
import { describeWorkbook } from '../../src/workbook/layout';
import { WorkbookSnapshot } from '../../src/fake-excel';
import { addUserContent, failingExcel, Fixture, fixture } from './helpers';

const CHUNK_BYTES = 150_000;
const changed: Model = { ...exampleModel(), name: 'Ändrad kommun', scenarios: exampleModel().scenarios.slice(0, 2) };

/** The chunks a write of `changed` takes (its syncs: 2 inspect, 1 prepare, the chunks, 1 commit). */
const CHANGED_CHUNKS = planWorkbook(describeWorkbook(changed, { reservedSheetNames: ['Blad1', 'Dold'] }), { maxChunkBytes: CHUNK_BYTES }).chunks.length;

/** A workbook with the user's content and an earlier Budgetsim write in it. */
async function written(): Promise<Fixture & { chunks: number }> {
  const f = fixture({ sheets: ['Blad1'] }, { maxChunkBytes: CHUNK_BYTES });
  await addUserContent(f, 'Blad1');
  f.host.addSheet('Dold').setVisibility('Hidden');
  await f.gateway.write(exampleModel());
  // The user left a cell selected on their own sheet.
  await f.Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Blad1').getRange('B2').select();
    await context.sync();
  });
  return { ...f, chunks: CHANGED_CHUNKS };
}

async function written13(): Promise<Fixture & { chunks: number }> {
  const f = fixture({ sheets: ['Blad1'], apiSets: { ExcelApi: '1.13' } }, { maxChunkBytes: CHUNK_BYTES });
  await f.gateway.write(exampleModel());
  return { ...f, chunks: CHANGED_CHUNKS };
}

function gatewayFailingAt(f: Fixture, syncs: number[], applied?: number) {
  const excel = failingExcel(f.Excel, f.host, syncs, applied);
  return { excel, gateway: createOfficeGateway(excel, f.Office, { maxChunkBytes: CHUNK_BYTES }) };
}

/**
 * A snapshot without the ids of Budgetsim's charts and conditional formats, and of an input table
 * whose size the failed write changed: undoing a write draws them again (new objects, same content;
 * a table is resized in place from ExcelApi 1.13, replaced below it). Everything else, the sheets'
 * ids included, must be as it was.
 */
function content(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      tables: s.tables.map((t) => ({ ...t, id: '' })).sort((a, b) => a.name.localeCompare(b.name)),
      charts: s.charts.map((c) => ({ ...c, id: '' })),
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, id: '' })),
    })),
  };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the write to fail');
}

describe('a write that fails halfway', () => {
  test('leaves the workbook as it was, whichever sync fails before the commit', async () => {
    const f = await written();
    expect(f.chunks).toBeGreaterThan(3);
    // 1-2 inspect, 3 prepare, 4..chunks+3 the chunks, chunks+4 the commit.
    for (let k = 1; k <= f.chunks + 3; k++) {
      const before = f.host.snapshot();
      const { gateway } = gatewayFailingAt(f, [k]);
      const e = await rejection(gateway.write(changed));
      expect([k, e]).toEqual([k, expect.any(WorkbookWriteError)]);
      expect(e.message).toContain('Nothing was changed');
      expect([k, content(f.host.snapshot())]).toEqual([k, content(before)]);
    }
    // From ExcelApi 1.13 the input tables themselves are kept (resized). A table stacked below one
    // that changes size moves, and a moved table is added again: the scenario tables below bsScenarios
    // are compared by name only.
    const g = await written13();
    const moves = (name: string) => name.startsWith('bsScenario') && name !== 'bsScenarios';
    const idsOf = () => g.host.tables().map((t) => [t.name, moves(t.name) ? 'moved' : t.id]);
    const tables = idsOf();
    for (const k of [3, 5, g.chunks + 3]) {
      const before = g.host.snapshot();
      await expect(gatewayFailingAt(g, [k]).gateway.write(changed)).rejects.toThrow(WorkbookWriteError);
      expect([k, idsOf()]).toEqual([k, tables]);
      expect([k, content(g.host.snapshot())]).toEqual([k, content(before)]);
    }
    // And the workbook still works: the next write goes through.
    await f.gateway.write(changed);
    expect(await f.gateway.read()).toEqual({ ok: true, model: changed });
  });

  test('a failure injected after any number of operations of the prepare sync is undone', async () => {
    const f = await written();
    for (const applied of [0, 1, 5, 12, 20, 30, 40]) {
      const before = f.host.snapshot();
      const { gateway } = gatewayFailingAt(f, [3], applied);
      await expect(gateway.write(changed)).rejects.toThrow(WorkbookWriteError);
      expect([applied, content(f.host.snapshot())]).toEqual([applied, content(before)]);
    }
  });

  test('into a workbook Budgetsim never wrote, the failed write leaves nothing behind', async () => {
    const f = fixture({ sheets: ['Blad1'] }, { maxChunkBytes: CHUNK_BYTES });
    await addUserContent(f, 'Blad1');
    const before = f.host.snapshot();
    const { gateway } = gatewayFailingAt(f, [5]);
    await expect(gateway.write(exampleModel())).rejects.toThrow(WorkbookWriteError);
    expect(f.host.snapshot()).toEqual(before);
  });

  test('a commit that fails, early or late, is finished in one more sync', async () => {
    const f = await written();
    const commit = f.chunks + 4;
    for (const applied of [0, 1, 4]) {
      await f.gateway.write(exampleModel());
      const { gateway } = gatewayFailingAt(f, [commit], applied);
      const report = await gateway.write(changed);
      // The commit, a look at the workbook (2 syncs), and the rest of the commit.
      expect(report.syncs).toBe(commit + 3);
      expect(f.host.sheetNames).toEqual(['Blad1', 'Dold', ...report.sheets]);
      expect(f.host.customXmlParts()).toHaveLength(1);
      expect(await f.gateway.stored()).toEqual(changed);
      expect(await f.gateway.read()).toEqual({ ok: true, model: changed });
    }
  });
});

describe('a failure while undoing', () => {
  test('is reported with exactly what was left, as found in the workbook', async () => {
    const f = await written();
    const original = f.host.snapshot();
    // The third chunk fails, then the undo's first look at the workbook fails too.
    const { gateway } = gatewayFailingAt(f, [6, 7]);
    const e = await rejection(gateway.write(changed));
    expect(e).toBeInstanceOf(WorkbookLeftChangedError);
    const left = (e as WorkbookLeftChangedError).left;
    expect(left.verified).toBe(true);

    const now = f.host.snapshot();
    const ids = new Set(original.sheets.map((s) => s.id));
    expect(left.addedSheets).toEqual(now.sheets.filter((s) => !ids.has(s.id)).map((s) => s.name));
    // Budgetsim's sheets that stay were being rewritten in place: each is named, none was deleted.
    expect(left.backups.map((b) => b.name)).toEqual(['Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Indata', 'Nämnder', 'Scenarier']);
    for (const b of left.backups) expect(now.sheets.find((s) => s.name === b.name)!.id).toBe(original.sheets.find((s) => s.name === b.originalName)!.id);
    // No name of Budgetsim's is gone.
    const names = (snap: typeof now) => snap.names.map((n) => n.name).sort();
    expect(names(now)).toEqual(names(original));
    for (const name of left.backups.map((b) => b.name)) expect(e.message).toContain(`'${name}'`);
    // The user's sheets were not touched even so.
    for (const s of original.sheets.filter((x) => x.name === 'Blad1' || x.name === 'Dold')) {
      expect(now.sheets.find((x) => x.id === s.id)).toEqual(s);
    }
  });

  test('when Excel stops answering, the message lists what may be left from the write\'s own record', async () => {
    const f = await written();
    const { gateway } = gatewayFailingAt(f, [6, 7, 8]);
    const e = (await rejection(gateway.write(changed))) as WorkbookLeftChangedError;
    expect(e).toBeInstanceOf(WorkbookLeftChangedError);
    expect(e.left.verified).toBe(false);
    expect(e.message).toContain("Left in the workbook: possibly Budgetsim's sheets partly rewritten");
    expect(e.left.backups.map((b) => b.originalName)).toEqual(['Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Indata', 'Nämnder', 'Scenarier']);
  });

  test('a failure halfway through undoing names only what is still left', async () => {
    const f = await written();
    const original = f.host.snapshot();
    // The first chunk fails; the undo's write back fails halfway; the check that follows works.
    const { gateway } = gatewayFailingAt(f, [4, 7]);
    const e = (await rejection(gateway.write(changed))) as WorkbookLeftChangedError;
    expect(e).toBeInstanceOf(WorkbookLeftChangedError);
    const now = f.host.snapshot();
    const ids = new Set(original.sheets.map((s) => s.id));
    expect(e.left.addedSheets).toEqual(now.sheets.filter((s) => !ids.has(s.id)).map((s) => s.name));
    expect(e.left.backups.length).toBeGreaterThan(0);
    for (const b of e.left.backups) expect(now.sheets.map((s) => s.name)).toContain(b.name);
  });

  test('a write cut short is finished by the next one: every sheet and name left is known as Budgetsim\'s', async () => {
    const f = await written();
    const original = f.host.snapshot();
    const users = original.sheets.filter((s) => s.name === 'Blad1' || s.name === 'Dold');
    // Excel stops answering after the first chunk: nothing can be undone.
    const { gateway } = gatewayFailingAt(f, Array.from({ length: 20 }, (_, i) => i + 5));
    await expect(gateway.write(changed)).rejects.toThrow(WorkbookLeftChangedError);
    f.host.clearFailure();
    expect(f.host.customXmlParts().filter((p) => p.namespaceUri === 'urn:budgetsim:write')).toHaveLength(1);

    const report = await f.gateway.write(changed);
    expect(report.keptUserSheets).toEqual([]);
    expect(f.host.sheetNames).toEqual(['Blad1', 'Dold', ...report.sheets]);
    expect(report.sheets).toEqual(['Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Indata', 'Nämnder', 'Scenarier']);
    expect(f.host.customXmlParts()).toHaveLength(1);
    const now = f.host.snapshot();
    for (const s of users) expect(now.sheets.find((x) => x.id === s.id)).toEqual({ ...s, position: users.indexOf(s) });
    expect(await f.gateway.read()).toEqual({ ok: true, model: changed });
  });

  test('a sheet of Budgetsim\'s that the user deleted stays deleted, and what pointed at it stays #REF!', async () => {
    const f = await written();
    f.host.sheet('Bas').delete();
    const before = f.host.snapshot();
    expect(before.names.find((n) => n.formula === '=#REF!$A$1')).toBeDefined();
    const { gateway } = gatewayFailingAt(f, [5]);
    await expect(gateway.write(changed)).rejects.toThrow(WorkbookWriteError);
    expect(content(f.host.snapshot())).toEqual(content(before));
    // The next write draws the base sheet again and replaces the broken names with live ones.
    await f.gateway.write(changed);
    expect(f.host.names().filter((n) => n.formula?.includes('#REF!'))).toEqual([]);
  });
});
