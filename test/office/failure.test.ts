import { exampleModel } from '../../src/examples';
import { Model } from '../../src/engine/types';
import { createOfficeGateway, WorkbookLeftChangedError, WorkbookWriteError } from '../../src/office';
import { planWorkbook } from '../../src/office/plan';
import { describeWorkbook } from '../../src/workbook/layout';
import { addUserContent, failingExcel, Fixture, fixture } from './helpers';

const CHUNK_BYTES = 150_000;
const changed: Model = { ...exampleModel(), name: 'Ändrad kommun', scenarios: exampleModel().scenarios.slice(0, 2) };

/** A workbook with the user's content and an earlier Budgetsim write in it. */
/** The chunks a write of `changed` takes (its syncs: chunks + 3). */
const CHANGED_CHUNKS = planWorkbook(describeWorkbook(changed, { reservedSheetNames: ['Blad1', 'Dold'] }), { maxChunkBytes: CHUNK_BYTES }).chunks.length;

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

function gatewayFailingAt(f: Fixture, syncs: number[], applied?: number) {
  const excel = failingExcel(f.Excel, f.host, syncs, applied);
  return { excel, gateway: createOfficeGateway(excel, f.Office, { maxChunkBytes: CHUNK_BYTES }) };
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
  test('leaves the workbook exactly as it was, whichever sync fails before the commit', async () => {
    const f = await written();
    expect(f.chunks).toBeGreaterThan(3);
    // 1 inspect, 2 prepare, 3..chunks+2 the chunks, chunks+3 the commit.
    for (let k = 1; k <= f.chunks + 2; k++) {
      const before = f.host.snapshot();
      const { gateway } = gatewayFailingAt(f, [k]);
      const e = await rejection(gateway.write(changed));
      expect(e).toBeInstanceOf(WorkbookWriteError);
      expect(e.message).toContain('Nothing was changed');
      expect([k, f.host.snapshot()]).toEqual([k, before]);
    }
    // And the workbook still works: the next write goes through.
    await f.gateway.write(changed);
    expect(await f.gateway.read()).toEqual({ ok: true, model: changed });
  });

  test('a failure injected after any number of operations of the prepare sync is undone', async () => {
    const f = await written();
    for (const applied of [0, 1, 5, 12, 20, 30, 40]) {
      const before = f.host.snapshot();
      const { gateway } = gatewayFailingAt(f, [2], applied);
      await expect(gateway.write(changed)).rejects.toThrow(WorkbookWriteError);
      expect([applied, f.host.snapshot()]).toEqual([applied, before]);
    }
  });

  test('into a workbook Budgetsim never wrote, the failed write leaves nothing behind', async () => {
    const f = fixture({ sheets: ['Blad1'] }, { maxChunkBytes: CHUNK_BYTES });
    await addUserContent(f, 'Blad1');
    const before = f.host.snapshot();
    const { gateway } = gatewayFailingAt(f, [4]);
    await expect(gateway.write(exampleModel())).rejects.toThrow(WorkbookWriteError);
    expect(f.host.snapshot()).toEqual(before);
  });

  test('a commit that fails before deleting anything is undone; one that fails after is finished', async () => {
    const f = await written();
    const commit = f.chunks + 3;
    const before = f.host.snapshot();
    const { gateway } = gatewayFailingAt(f, [commit], 0);
    await expect(gateway.write(changed)).rejects.toThrow(WorkbookWriteError);
    expect(f.host.snapshot()).toEqual(before);

    const late = gatewayFailingAt(f, [commit], 4);
    const report = await late.gateway.write(changed);
    expect(report.syncs).toBe(commit + 2);
    expect(f.host.sheetNames.filter((n) => n.startsWith('bs_backup'))).toEqual([]);
    expect(f.host.customXmlParts()).toHaveLength(1);
    expect(await f.gateway.stored()).toEqual(changed);
    expect(await f.gateway.read()).toEqual({ ok: true, model: changed });
  });
});

describe('a failure while undoing', () => {
  test('is reported with exactly what was left, as found in the workbook', async () => {
    const f = await written();
    const original = f.host.snapshot();
    // The third chunk fails, then the undo's first look at the workbook fails too.
    const { gateway } = gatewayFailingAt(f, [5, 6]);
    const e = await rejection(gateway.write(changed));
    expect(e).toBeInstanceOf(WorkbookLeftChangedError);
    const left = (e as WorkbookLeftChangedError).left;
    expect(left.verified).toBe(true);

    const ids = new Set(original.sheets.map((s) => s.id));
    const now = f.host.snapshot();
    expect(left.addedSheets).toEqual(now.sheets.filter((s) => !ids.has(s.id)).map((s) => s.name));
    expect(left.addedSheets).toEqual(['Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Indata', 'Nämnder', 'Scenarier']);
    const renamed = now.sheets.filter((s) => s.name.startsWith('bs_backup_'));
    expect(left.backups.map((b) => b.name)).toEqual(renamed.map((s) => s.name));
    for (const b of left.backups) {
      const was = original.sheets.find((s) => s.id === now.sheets.find((x) => x.name === b.name)!.id)!;
      expect(b.originalName).toBe(was.name);
      expect(b.hidden).toBe(now.sheets.find((x) => x.name === b.name)!.visibility !== 'Visible');
    }
    expect(left.missingNames.sort()).toEqual(original.names.filter((n) => n.name.startsWith('bs_')).map((n) => n.name).sort());
    for (const name of [...left.addedSheets, ...left.backups.map((b) => b.name), ...left.backups.map((b) => b.originalName)]) {
      expect(e.message).toContain(`'${name}'`);
    }
    // The user's sheets were not touched even so.
    for (const s of original.sheets.filter((x) => x.name === 'Blad1' || x.name === 'Dold')) {
      expect(now.sheets.find((x) => x.id === s.id)).toEqual(s);
    }
  });

  test('when Excel stops answering, the message lists what may be left from the write\'s own record', async () => {
    const f = await written();
    const { gateway } = gatewayFailingAt(f, [5, 6, 7]);
    const e = (await rejection(gateway.write(changed))) as WorkbookLeftChangedError;
    expect(e).toBeInstanceOf(WorkbookLeftChangedError);
    expect(e.left.verified).toBe(false);
    expect(e.message).toContain('Left in the workbook: possibly sheets Budgetsim added');
    expect(e.left.backups.map((b) => b.originalName)).toEqual([
      'Jämförelse',
      'Bas',
      'Enprocentaren',
      'Halv uppräkning',
      'Full kompensation',
      'Intäktsstyrd ram',
      'Indata',
      'Nämnder',
      'Scenarier',
    ]);
  });

  test('a failure halfway through undoing names only what is still left', async () => {
    const f = await written();
    const original = f.host.snapshot();
    // Chunk 1 fails; the undo renames half its sheets back before failing; the check that follows works.
    const { gateway } = gatewayFailingAt(f, [3, 5]);
    const e = (await rejection(gateway.write(changed))) as WorkbookLeftChangedError;
    expect(e).toBeInstanceOf(WorkbookLeftChangedError);
    const now = f.host.snapshot();
    const ids = new Set(original.sheets.map((s) => s.id));
    expect(e.left.addedSheets).toEqual(now.sheets.filter((s) => !ids.has(s.id)).map((s) => s.name));
    const misnamed = now.sheets.filter((s) => ids.has(s.id) && original.sheets.find((o) => o.id === s.id)!.name !== s.name);
    expect(e.left.backups.map((b) => b.name).sort()).toEqual(misnamed.map((s) => s.name).sort());
    expect(e.left.backups.length + e.left.addedSheets.length).toBeGreaterThan(0);
  });

  test('a write cut short is cleaned up by the next one: every leftover sheet is known as Budgetsim\'s', async () => {
    const f = await written();
    const original = f.host.snapshot();
    const users = original.sheets.filter((s) => s.name === 'Blad1' || s.name === 'Dold');
    // Excel stops answering after the first chunk: nothing can be undone.
    const { gateway } = gatewayFailingAt(f, Array.from({ length: 20 }, (_, i) => i + 4));
    await expect(gateway.write(changed)).rejects.toThrow(WorkbookLeftChangedError);
    f.host.clearFailure();
    expect(f.host.sheetNames.some((n) => n.startsWith('bs_backup_'))).toBe(true);

    const report = await f.gateway.write(changed);
    expect(report.keptUserSheets).toEqual([]);
    expect(f.host.sheetNames).toEqual(['Blad1', 'Dold', ...report.sheets]);
    expect(report.sheets).toEqual(['Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Indata', 'Nämnder', 'Scenarier']);
    expect(f.host.names().filter((n) => n.name.startsWith('bs_backup'))).toEqual([]);
    const now = f.host.snapshot();
    for (const s of users) expect(now.sheets.find((x) => x.id === s.id)).toEqual({ ...s, position: users.indexOf(s) });
    expect(await f.gateway.read()).toEqual({ ok: true, model: changed });
  });

  test('a Budgetsim name left pointing nowhere (its sheet deleted by the user) does not stop the undo', async () => {
    const f = await written();
    f.host.sheet('Bas').delete();
    const before = f.host.snapshot();
    expect(before.names.find((n) => n.name === 'bs_sheet_2')!.formula).toBe('=#REF!$A$1');
    const { gateway } = gatewayFailingAt(f, [4]);
    await expect(gateway.write(changed)).rejects.toThrow(WorkbookWriteError);
    const after = f.host.snapshot();
    // The fake refuses to define a name as "=#REF!$A$1" (Excel's Name Manager accepts one); the undo
    // restores everything else.
    const withoutBroken = (names: typeof before.names) => names.filter((n) => n.name !== 'bs_sheet_2');
    expect({ ...after, names: withoutBroken(after.names) }).toEqual({ ...before, names: withoutBroken(before.names) });
    // The next write replaces the broken name with a live one.
    await f.gateway.write(changed);
    expect(f.host.names().filter((n) => n.formula?.includes('#REF!'))).toEqual([]);
  });
});
