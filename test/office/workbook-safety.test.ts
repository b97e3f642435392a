/**
 * What a rewrite does to a real workbook: the user's own work built on Budgetsim's sheets keeps
 * pointing at the same figures, the user's names are never taken for Budgetsim's, and Excel's
 * refusals (VeryHidden sheets, "History", a user typing in a cell, localized formats) never leave the
 * workbook broken.
 */
// The version 1 example: these tests count its sheets and names.
import { exampleModelV1 as exampleModel } from '../support/example-v1';
import { Model } from '../../src/engine/types';
import { createOfficeGateway, WorkbookCleanupError } from '../../src/office';
import { ExcelRun } from '../../src/office/capabilities';
import { Fixture, fixture, onSyncs } from './helpers';

const twoScenarios: Model = { ...exampleModel(), scenarios: exampleModel().scenarios.slice(0, 2) };
const renamedTown: Model = { ...exampleModel(), name: 'Andra kommunen' };

/** The user's summary sheet on top of Budgetsim's: a formula, a name, a chart series and a validation. */
async function userSummary(f: Fixture): Promise<void> {
  f.host.addSheet('Min summering');
  await f.Excel.run(async (context) => {
    const wb = context.workbook;
    const mine = wb.worksheets.getItem('Min summering');
    mine.getRange('A1:A3').formulas = [["='Jämförelse'!C7"], ['=SUM(Bas!C10:E10)'], ["='Halv uppräkning'!D12*2"]];
    wb.names.add('MittResultat', "='Jämförelse'!$C$7");
    mine.getRange('B1').dataValidation.rule = { list: { inCellDropDown: true, source: '=Indata!$A$5:$A$8' } };
    mine.charts.add('Line', wb.worksheets.getItem('Bas').getRange('C10:F10'), 'Rows');
    await context.sync();
  });
}

function userView(f: Fixture) {
  const snap = f.host.snapshot();
  const mine = snap.sheets.find((s) => s.name === 'Min summering')!;
  return {
    formulas: f.host.sheet('Min summering').formulas('A1:A3').map((r) => r[0]),
    name: f.host.names().find((n) => n.name === 'MittResultat')!.formula,
    validation: mine.dataValidations[0].rule,
    series: f.host.charts('Min summering')[0].series[0].values,
  };
}

/** What the user's references point at: the content of those cells on Budgetsim's sheets, and the sheets' ids. */
function pointedAt(f: Fixture) {
  const cell = (sheet: string, a1: string) => {
    const c = f.host.sheet(sheet).cell(a1);
    return c.formula ?? c.value;
  };
  return {
    ids: ['Jämförelse', 'Bas', 'Halv uppräkning', 'Indata'].map((s) => f.host.sheet(s).id),
    cells: [cell('Jämförelse', 'C7'), cell('Bas', 'C10'), cell('Bas', 'E10'), cell('Halv uppräkning', 'D12'), cell('Indata', 'A5')],
  };
}

describe('a rewrite keeps every reference the user made into Budgetsim\'s sheets', () => {
  test('a formula, a name, a chart series and a data validation still point at the same figures', async () => {
    const f = fixture({ sheets: ['Blad1'] });
    await f.gateway.write(exampleModel());
    await userSummary(f);
    const view = userView(f);
    const at = pointedAt(f);
    expect(view.formulas[0]).toBe("='Jämförelse'!C7");

    for (let day = 0; day < 4; day++) {
      await f.gateway.write(day % 2 ? exampleModel() : renamedTown);
      expect([day, userView(f)]).toEqual([day, view]);
      expect([day, pointedAt(f)]).toEqual([day, at]);
      expect(f.host.snapshot().sheets.flatMap((s) => Object.values(s.cells)).filter((c) => String(c.formula ?? '').includes('#REF!'))).toEqual([]);
    }
    expect(await f.gateway.read()).toEqual({ ok: true, model: exampleModel() });
  });

  test('sheets of scenarios that remain are the same sheets; only a removed scenario\'s sheet goes', async () => {
    const f = fixture({ sheets: ['Blad1'] });
    await f.gateway.write(exampleModel());
    const before = new Map(f.host.snapshot().sheets.map((s) => [s.name, s.id]));
    const report = await f.gateway.write(twoScenarios);
    const after = new Map(f.host.snapshot().sheets.map((s) => [s.name, s.id]));
    for (const name of report.sheets) expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    expect(f.host.hasSheet('Full kompensation')).toBe(false);
    const added = await f.gateway.write(exampleModel());
    expect(f.host.sheet('Full kompensation').id).not.toBe(before.get('Full kompensation'));
    expect(added.sheets.filter((n) => n !== 'Full kompensation' && n !== 'Intäktsstyrd ram').map((n) => f.host.sheet(n).id)).toEqual(
      twoScenarios && report.sheets.map((n) => before.get(n)),
    );
  });
});

describe('the user\'s names', () => {
  test('a name that only looks like Budgetsim\'s is never deleted and never marks a sheet as Budgetsim\'s', async () => {
    const f = fixture({ sheets: ['Blad1', 'Mina anteckningar'] });
    f.host.sheet('Mina anteckningar').setValues('A1', [['min text']]);
    f.host.addName('BS_Total', '=Blad1!$A$1');
    f.host.addName('bs_sheet_mine', "='Mina anteckningar'!$A$1");
    f.host.addName('bs_growth_mine', '=0.02');
    await f.gateway.write(exampleModel());
    await f.gateway.write(twoScenarios);
    const names = f.host.names().map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['BS_Total', 'bs_sheet_mine', 'bs_growth_mine']));
    expect(f.host.names().find((n) => n.name === 'BS_Total')!.formula).toBe('=Blad1!$A$1');
    expect(f.host.sheet('Mina anteckningar').cell('A1').value).toBe('min text');
    expect(f.host.sheetNames.slice(0, 2)).toEqual(['Blad1', 'Mina anteckningar']);
  });
});

describe('Excel\'s refusals', () => {
  test('a Budgetsim sheet made VeryHidden is rewritten, or removed with its scenario, without an orphan', async () => {
    const f = fixture({ sheets: ['Blad1'] });
    await f.gateway.write(exampleModel());
    f.host.sheet('Bas').setVisibility('VeryHidden');
    f.host.sheet('Full kompensation').setVisibility('VeryHidden');
    const report = await f.gateway.write(twoScenarios);
    expect(f.host.sheetNames).toEqual(['Blad1', ...report.sheets]);
    expect(f.host.hasSheet('Full kompensation')).toBe(false);
    // The user's choice to hide the base sheet stands.
    expect(f.host.sheet('Bas').visibility).toBe('VeryHidden');
    expect(await f.gateway.read()).toEqual({ ok: true, model: twoScenarios });
  });

  test('a scenario named "History" gets a sheet Excel accepts', async () => {
    const f = fixture({ sheets: ['Blad1'] });
    const model: Model = { ...exampleModel(), scenarios: [{ ...exampleModel().scenarios[0], name: 'History' }] };
    const report = await f.gateway.write(model);
    expect(report.sheets.some((n) => n.toLowerCase() === 'history')).toBe(false);
    expect(await f.gateway.read()).toEqual({ ok: true, model });
  });

  test('Excel on the web with Swedish regional settings: plain numbers under "Standard" are not read as dates', async () => {
    const f = fixture({ sheets: ['Blad1'], numberFormatLocale: 'sv-SE' });
    await f.gateway.write(exampleModel());
    // The user pasted values over the tables, taking their number formats back to General.
    await f.Excel.run(async (context) => {
      for (const t of f.host.tables()) context.workbook.tables.getItem(t.name).getDataBodyRange().numberFormat = [['General']];
      await context.sync();
    });
    const formats = await f.Excel.run(async (context) => {
      const r = context.workbook.tables.getItem(f.host.tables()[0].name).getDataBodyRange().load('numberFormat');
      await context.sync();
      return r.numberFormat[0][0];
    });
    expect(formats).toBe('Standard');
    expect(await f.gateway.read()).toEqual({ ok: true, model: exampleModel() });
  });
});

/** Excel.run that puts the user in a cell just before the k-th sync (counted over every run). */
function typingFrom(f: Fixture, k: number): ExcelRun {
  return onSyncs(f.Excel, (n) => {
    if (n === k) f.host.enterCellEditMode();
  });
}

describe('a user typing in a cell during a write', () => {
  test('before ExcelApi 1.11: the write fails, and Budgetsim\'s names are the old ones or the new ones, never gone', async () => {
    const f = fixture({ sheets: ['Blad1'], apiSets: { ExcelApi: '1.10' } });
    await f.gateway.write(exampleModel());
    const names = f.host.names().map((n) => n.name).sort();
    for (const k of [2, 3, 4, 6]) {
      const gateway = createOfficeGateway(typingFrom(f, k), f.Office, { maxChunkBytes: 150_000 });
      const e = await gateway.write(renamedTown).catch((x: Error) => x);
      expect(e).toBeInstanceOf(Error);
      expect(e).not.toBeInstanceOf(TypeError);
      f.host.exitCellEditMode();
      expect([k, f.host.names().map((n) => n.name).sort()]).toEqual([k, names]);
      expect([k, f.host.names().filter((n) => n.formula?.includes('#REF!'))]).toEqual([k, []]);
      // The next write (the user has left the cell) puts everything right.
      await f.gateway.write(exampleModel());
      expect(await f.gateway.read()).toEqual({ ok: true, model: exampleModel() });
    }
  });

  test('from ExcelApi 1.11 the write waits for the user to leave the cell (delayForCellEdit), then completes', async () => {
    const f = fixture({ sheets: ['Blad1'], apiSets: { ExcelApi: '1.11' } });
    await f.gateway.write(exampleModel());
    const gateway = createOfficeGateway(typingFrom(f, 3), f.Office);
    const writing = gateway.write(renamedTown);
    setTimeout(() => f.host.exitCellEditMode(), 30);
    await writing;
    expect(await f.gateway.stored()).toEqual(renamedTown);
    expect(await f.gateway.read()).toEqual({ ok: true, model: renamedTown });
  });
});

describe('a cleanup that fails halfway', () => {
  test('leaves no orphan: it says exactly which sheets are left, and the next write removes them', async () => {
    const f = fixture({ sheets: ['Blad1'] });
    await f.gateway.write(exampleModel());
    const commit = await countSyncs(f, twoScenarios);
    await f.gateway.write(exampleModel());
    // The commit stops after storing the model copy and removing one sheet; the one more sync that
    // would finish it fails before doing anything (1 inspect of 2 syncs in between).
    const error = await createOfficeGateway(failing(f, [[commit, 2], [commit + 3, 0]]), f.Office)
      .write(twoScenarios)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(WorkbookCleanupError);
    const e = error as WorkbookCleanupError;
    const kept = ['Blad1', 'Jämförelse', 'Bas', 'Enprocentaren', 'Halv uppräkning', 'Indata', 'Nämnder', 'Scenarier'];
    const left = f.host.sheetNames.filter((n) => !kept.includes(n));
    // One of the two gone scenarios' sheets was removed, the other is left, and the error says which.
    expect(left).toHaveLength(1);
    expect(e.left.map((b) => b.name)).toEqual(left);
    expect(e.message).toContain(`'${left[0]}'`);
    expect(e.leftNames.length).toBeGreaterThan(0);
    for (const n of e.leftNames) expect(f.host.names().map((x) => x.name)).toContain(n);
    // The new figures are there and the model copy is the new one.
    expect(await f.gateway.stored()).toEqual(twoScenarios);
    expect(await f.gateway.read()).toEqual({ ok: true, model: twoScenarios });
    // Nothing is an orphan: the next write knows what is left as Budgetsim's and removes it.
    const report = await f.gateway.write(twoScenarios);
    expect(f.host.sheetNames).toEqual(['Blad1', ...report.sheets]);
    expect(report.keptUserSheets).toEqual([]);
    expect(f.host.names().filter((n) => e.leftNames.includes(n.name))).toEqual([]);
    expect(f.host.customXmlParts()).toHaveLength(1);
  });
});

/** The syncs a write of the model takes (it is written). */
async function countSyncs(f: Fixture, model: Model): Promise<number> {
  const excel = onSyncs(f.Excel, () => undefined);
  await createOfficeGateway(excel, f.Office).write(model);
  return excel.syncs();
}

/** Fails each listed sync (counted over every run) after the given number of its operations. */
function failing(f: Fixture, at: [number, number][]): ExcelRun {
  return onSyncs(f.Excel, (n) => {
    const hit = at.find(([k]) => k === n);
    if (hit) f.host.failOnSync(1, hit[1]);
  });
}
