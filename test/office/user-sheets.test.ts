// The version 1 example: these tests count its sheets, tables and names.
import { exampleModelV1 as exampleModel } from '../support/example-v1';
import { Model } from '../../src/engine/types';
import { OWNED_SHEET_NAME_PREFIX } from '../../src/workbook/description';
import { addUserContent, Fixture, fixture } from './helpers';

const budgetsimNames = (f: Fixture) => f.host.names().filter((n) => n.name.startsWith('bs_'));

/** The user's sheets, names and tables as they are: compared before and after a write. */
function userPart(f: Fixture, userSheetIds: string[]) {
  const snap = f.host.snapshot();
  return {
    sheets: snap.sheets.filter((s) => userSheetIds.includes(s.id)).map(({ position: _position, ...rest }) => rest),
    order: snap.sheets.filter((s) => userSheetIds.includes(s.id)).map((s) => s.id),
    names: snap.names.filter((n) => !n.name.startsWith('bs_')),
  };
}

function ids(f: Fixture): string[] {
  return f.host.snapshot().sheets.map((s) => s.id);
}

describe('the user\'s sheets', () => {
  test('a user sheet named like one of Budgetsim\'s is untouched; Budgetsim\'s goes elsewhere', async () => {
    const f = fixture({ sheets: ['Jämförelse', 'Indata'] });
    await addUserContent(f, 'Jämförelse');
    await addUserContent(f, 'Indata');
    const users = ids(f);
    const before = userPart(f, users);
    const report = await f.gateway.write(exampleModel());
    expect(userPart(f, users)).toEqual(before);
    expect(report.keptUserSheets).toEqual(['Jämförelse', 'Indata']);
    expect(report.sheets[0]).toBe('Jämförelse (2)');
    expect(report.sheets).toContain('Indata (2)');
    expect(f.host.sheetNames.slice(0, 2)).toEqual(['Jämförelse', 'Indata']);
    expect(await f.gateway.read()).toEqual({ ok: true, model: exampleModel() });

    // Rewriting keeps to Budgetsim's own sheets, under the same names.
    const again = await f.gateway.write({ ...exampleModel(), name: 'Andra kommunen' });
    expect(again.sheets).toEqual(report.sheets);
    expect(userPart(f, users)).toEqual(before);
    expect(f.host.sheetNames).toEqual(['Jämförelse', 'Indata', ...report.sheets]);
  });

  test('user cells, formats, tables and names on other sheets are unchanged by a write and a rewrite', async () => {
    const f = fixture({ sheets: ['Budget 2026', 'Anteckningar'] });
    await addUserContent(f, 'Budget 2026');
    await addUserContent(f, 'Anteckningar');
    f.host.sheet('Anteckningar').setVisibility('Hidden');
    const users = ids(f);
    const before = userPart(f, users);
    await f.gateway.write(exampleModel());
    expect(userPart(f, users)).toEqual(before);
    await f.gateway.write({ ...exampleModel(), horizon: 3, years: exampleModel().years.slice(0, 3) });
    expect(userPart(f, users)).toEqual(before);
  });

  test('a rewrite rewrites only Budgetsim\'s sheets, in place, even one the user renamed and one placed among the user\'s', async () => {
    const f = fixture({ sheets: ['Blad1'] });
    await addUserContent(f, 'Blad1');
    const first = await f.gateway.write(exampleModel());
    f.host.sheet('Bas').rename('Min bas');
    f.host.sheet('Indata').rename('Gamla indata').move(0);
    // The user's own sheet, now under a name Budgetsim used to have.
    f.host.addSheet('Indata');
    await addUserContent(f, 'Indata');
    const users = f.host.snapshot().sheets.filter((s) => ['Blad1', 'Indata'].includes(s.name)).map((s) => s.id);
    const before = userPart(f, users);
    const markers = budgetsimNames(f).filter((n) => n.name.startsWith(OWNED_SHEET_NAME_PREFIX));
    expect(markers.map((m) => m.formula)).toContain("='Gamla indata'!$A$1");
    const minBas = f.host.sheet('Min bas').id;
    const gamla = f.host.sheet('Gamla indata').id;

    const second = await f.gateway.write(exampleModel());
    expect(userPart(f, users)).toEqual(before);
    // The same sheets, under Budgetsim's names again, where the user put them.
    expect(f.host.hasSheet('Min bas')).toBe(false);
    expect(f.host.hasSheet('Gamla indata')).toBe(false);
    expect(f.host.sheet('Bas').id).toBe(minBas);
    expect(f.host.sheet('Indata (2)').id).toBe(gamla);
    expect(second.sheets).toEqual(first.sheets.map((n) => (n === 'Indata' ? 'Indata (2)' : n)));
    expect(second.keptUserSheets).toEqual(['Indata']);
    expect(f.host.sheetNames).toEqual(['Indata (2)', 'Blad1', ...second.sheets.filter((n) => n !== 'Indata (2)').slice(0, 6), 'Nämnder', 'Scenarier', 'Indata']);
    expect(f.host.tables().filter((t) => t.name.startsWith('bs')).map((t) => t.sheet)).not.toContain('Indata');
    expect(await f.gateway.read()).toEqual({ ok: true, model: exampleModel() });
  });

  test('Budgetsim\'s names are replaced, never duplicated; the user\'s names stay', async () => {
    const f = fixture();
    await addUserContent(f, 'Sheet1');
    await f.gateway.write(exampleModel());
    const first = budgetsimNames(f);
    const model: Model = { ...exampleModel(), scenarios: exampleModel().scenarios.slice(0, 1) };
    await f.gateway.write(model);
    const second = budgetsimNames(f);
    expect(second.length).toBe(first.length - 3);
    expect(new Set(second.map((n) => n.name)).size).toBe(second.length);
    expect(f.host.names().filter((n) => !n.name.startsWith('bs_')).map((n) => n.name)).toEqual(['MinTabSheet1']);
  });

  test('a user table with the name of one of Budgetsim\'s tables stops the write before anything changes', async () => {
    const f = fixture({ sheets: ['Mina tabeller'] });
    f.host.sheet('Mina tabeller').setValues('A1:B2', [['a', 'b'], [1, 2]]);
    await f.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Mina tabeller');
      ws.tables.add(ws.getRange('A1:B2'), true).name = 'bsSettings';
      await context.sync();
    });
    const before = f.host.snapshot();
    await expect(f.gateway.write(exampleModel())).rejects.toThrow("The table 'bsSettings' on your sheet 'Mina tabeller'");
    expect(f.host.snapshot()).toEqual(before);
  });
});
