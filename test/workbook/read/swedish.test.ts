/**
 * No problem the workbook reader reports lacks its Swedish sentence: every refused model-file input
 * laid out as tables, and the table edits only a workbook allows (tables deleted, columns renamed or
 * repeated, settings and scenario rows that name nothing), in Swedish and English workbooks.
 */
import { Language, Model } from '../../../src/engine/types';
import { Problem } from '../../../src/model-file';
import { INPUT_TABLES } from '../../../src/workbook/input-tables';
import { modelFromTables } from '../../../src/workbook/read/model-from-tables';
import { settingsLanguage } from '../../../src/workbook/read/settings';
import { CellData, TableSet } from '../../../src/workbook/read/table-data';
import { validFile } from '../../model-file/fixture';
import { ALL_REFUSALS } from '../../model-file/refusal-cases';
import { expectSwedish } from '../../model-file/swedish';
import { addRow, appendColumn, setCell } from './edit-tables';
// The version 1 example: a bad id in one of its tables is not also quoted by an investment or a
// population row naming it, so every message can be checked for the value typed.
import { exampleModelV1 as exampleModel } from '../../support/example-v1';
import { tablesFromModel } from './tables-from-model';

function problemsOf(tables: TableSet): Problem[] {
  const result = modelFromTables(tables);
  return result.ok ? [] : result.problems;
}

describe.each<Language>(['sv', 'en'])('workbook headers in %s', (language) => {
  test('every refused model-file input, laid out as tables', () => {
    let refused = 0;
    for (const [, change] of ALL_REFUSALS) {
      const file = validFile();
      change(file);
      let tables: TableSet;
      try {
        tables = tablesFromModel(file as unknown as Model, language);
      } catch {
        continue; // not expressible as tables (a list where an object belongs, and the like)
      }
      const problems = problemsOf(tables);
      if (problems.length) refused++;
      expectSwedish(problems);
    }
    expect(refused).toBeGreaterThan(ALL_REFUSALS.length / 2);
  });

  const fresh = () => tablesFromModel(exampleModel(), language);

  test.each(INPUT_TABLES.filter((t) => !t.optional).map((t) => t.name))('%s deleted', (name) => {
    const tables = fresh();
    tables.delete(name);
    const problems = problemsOf(tables);
    expect(problems.map((p) => p.code)).toContain('table-missing');
    expectSwedish(problems);
  });

  it('a workbook written before the version 2 tables existed reads as before', () => {
    const tables = fresh();
    const optional = INPUT_TABLES.filter((t) => t.optional).map((t) => t.name);
    expect(optional.length).toBeGreaterThan(10);
    for (const name of optional) tables.delete(name);
    expect(problemsOf(tables)).toEqual([]);
  });

  test.each(INPUT_TABLES.flatMap((t) => t.columns.map((c) => [t.name, c.header[language]] as const)))(
    '%s: column %s renamed, and repeated in the other language',
    (name, header) => {
      const renamed = fresh();
      const t = renamed.get(name)!;
      t.headers[t.headers.indexOf(header)] = `${header} (gammal)`;
      expectSwedish(problemsOf(renamed));
      const repeated = fresh();
      const spec = INPUT_TABLES.find((s) => s.name === name)!;
      const column = spec.columns.find((c) => c.header[language] === header)!;
      appendColumn(repeated, name, column.header[language === 'sv' ? 'en' : 'sv'], []);
      if (column.header.sv !== column.header.en) expect(problemsOf(repeated).map((p) => p.code)).toContain('duplicate');
      expectSwedish(problemsOf(repeated));
    },
  );

  const BAD_CELLS: CellData[] = ['x', '1,5 %', '12 kr', '', '  ', -2, 0, 2.5, 1234567.5, true, 'ingen'];

  test.each(INPUT_TABLES.map((t) => t.name))('%s: bad values in every cell of its first row', (name) => {
    const width = fresh().get(name)!.headers.length;
    for (let c = 0; c < width; c++) {
      for (const bad of BAD_CELLS) {
        const tables = fresh();
        const t = tables.get(name)!;
        if (t.rows.length === 0) addRow(tables, name, {});
        t.rows[0][c] = bad;
        expectSwedish(problemsOf(tables));
      }
    }
  });

  test('settings, and scenario rows, that name nothing', () => {
    const tables = fresh();
    const [key, value, scenario, committee] = language === 'sv' ? ['Nyckel', 'Värde', 'Scenario', 'Nämnd (id)'] : ['Key', 'Value', 'Scenario', 'Committee (id)'];
    addRow(tables, 'bsSettings', { [key]: 'tarrget', [value]: 0.02 });
    addRow(tables, 'bsSettings', { [key]: 'xyzzy', [value]: 1 });
    addRow(tables, 'bsSettings', { [key]: 'horizon', [value]: 4 });
    addRow(tables, 'bsSettings', { [value]: 12 });
    addRow(tables, 'bsScenarioYears', { [scenario]: 'Okänt' });
    addRow(tables, 'bsScenarioCommitteeYears', { [committee]: 'KS' });
    const problems = problemsOf(tables);
    expect(problems.map((p) => p.code).sort()).toEqual(['duplicate', 'invalid', 'required', 'required', 'unknown-key', 'unknown-key']);
    expectSwedish(problems);
  });
});

describe('the language a refused workbook names, for whoever reports its problems', () => {
  const languageRow = (tables: TableSet) => tables.get('bsSettings')!.rows.findIndex((r) => r[2] === 'language') + 1;

  test.each<[Language, string, Language | undefined]>([
    ['sv', 'en', 'en'],
    ['en', 'en', 'en'],
    ['sv', ' sv ', 'sv'],
    ['en', 'de', undefined],
    ['sv', '', undefined],
  ])('headers in %s, the language cell %p: %s', (headers, cell, expected) => {
    const tables = tablesFromModel(exampleModel(), headers);
    setCell(tables, 'bsSettings', languageRow(tables), headers === 'sv' ? 'Värde' : 'Value', cell);
    setCell(tables, 'bsCommittees', 1, headers === 'sv' ? 'Ram basåret' : 'Frame, base year', 'x');
    expect(modelFromTables(tables).ok).toBe(false);
    expect(settingsLanguage(tables)).toBe(expected);
  });

  test('without a settings table, or its value column, it names none', () => {
    const without = tablesFromModel(exampleModel());
    without.delete('bsSettings');
    expect(settingsLanguage(without)).toBeUndefined();
    const renamed = tablesFromModel(exampleModel());
    renamed.get('bsSettings')!.headers[1] = 'Belopp';
    expect(settingsLanguage(renamed)).toBeUndefined();
  });
});
