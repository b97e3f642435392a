import { formatProblem, Problem } from '../../../src/model-file';
import { addRow, appendColumn, renameColumn, setCell } from './edit-tables';
// Hand edits of a version 1 workbook, which must keep reading as it did before version 2.
import { exampleModelV1 as exampleModel } from '../../support/example-v1';
import { readRefused } from './fixtures';
import { tablesFromModel } from './tables-from-model';

const tables = () => tablesFromModel(exampleModel());

/** Sheet Nämnder: bsCommittees in A..J, bsCommitteeYears from L; headers on row 4, data from row 5. */
describe('modelFromTables: refusals name sheet, table, row, column and cell', () => {
  it('refuses text in a number cell', () => {
    const t = tables();
    setCell(t, 'bsCommittees', 2, 'Ram basåret', 'ungefär 900');
    expect(readRefused(t)).toEqual([
      {
        path: '$.committees[1].frame',
        code: 'type',
        message: 'committee frame must be a number, got "ungefär 900"',
        messages: { sv: 'nämndens ram måste vara ett tal, men är "ungefär 900"' },
        location: { sheet: 'Nämnder', table: 'bsCommittees', row: 2, column: 'Ram basåret', address: 'C6' },
      },
    ]);
  });

  it('refuses "1,5 %" in an amount cell', () => {
    const t = tables();
    setCell(t, 'bsYears', 3, 'Generella statsbidrag och utjämning', '1,5 %');
    const [p, ...rest] = readRefused(t);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      path: '$.years[2].grants',
      code: 'type',
      location: { sheet: 'Indata', table: 'bsYears', row: 3, column: 'Generella statsbidrag och utjämning', address: 'D40' },
    });
    expect(p.message).toContain('not a percentage');
    expect(p.messages?.sv).toBe('generella statsbidrag och utjämning måste vara ett vanligt tal, inte en procentsats, men är "1,5 %"');
  });

  it('refuses a blank required cell, and a cell holding only spaces', () => {
    const t = tables();
    setCell(t, 'bsCommittees', 1, 'Personalkostnadsandel', null);
    setCell(t, 'bsYears', 4, 'Löneökning', '  ');
    expect(readRefused(t)).toEqual([
      {
        path: '$.years[3].wageIndex',
        code: 'required',
        message: 'wage index is required',
        messages: { sv: 'löneökningen måste anges' },
        location: { sheet: 'Indata', table: 'bsYears', row: 4, column: 'Löneökning', address: 'E41' },
      },
      {
        path: '$.committees[0].labourShare',
        code: 'required',
        message: 'labour share is required',
        messages: { sv: 'personalkostnadsandelen måste anges' },
        location: { sheet: 'Nämnder', table: 'bsCommittees', row: 1, column: 'Personalkostnadsandel', address: 'D5' },
      },
    ]);
  });

  it('refuses a deleted table, and only says so once', () => {
    const t = tables();
    t.delete('bsCommittees');
    const problems = readRefused(t);
    expect(problems).toEqual([
      {
        path: '$.committees',
        code: 'table-missing',
        message: 'the table bsCommittees (Nämnder) is missing from the sheet "Nämnder"; it may have been deleted or renamed',
        messages: { sv: 'tabellen bsCommittees (Nämnder) saknas på bladet "Nämnder"; den kan ha tagits bort eller bytt namn' },
        location: { sheet: 'Nämnder', table: 'bsCommittees' },
      },
    ]);
  });

  it('refuses a deleted settings table without echoing every setting', () => {
    const t = tables();
    t.delete('bsSettings');
    expect(readRefused(t)).toEqual([
      {
        path: '$',
        code: 'table-missing',
        message: expect.stringContaining('bsSettings'),
        messages: { sv: expect.stringContaining('tabellen bsSettings (Inställningar) saknas på bladet "Indata"') },
        location: { sheet: 'Indata', table: 'bsSettings' },
      },
    ]);
  });

  it('refuses a renamed required column, naming the table and the header', () => {
    const t = tables();
    renameColumn(t, 'bsCommittees', 'Personalkostnadsandel', 'Personalandel');
    const problems = readRefused(t);
    expect(problems).toEqual([
      {
        path: '$.committees',
        code: 'column-missing',
        message: expect.stringContaining('"Personalkostnadsandel"'),
        messages: {
          sv: 'tabellen bsCommittees har ingen kolumn "Personalkostnadsandel" ("Labour share"); den kan ha tagits bort eller bytt namn',
        },
        location: { sheet: 'Nämnder', table: 'bsCommittees', row: 0, column: 'Personalkostnadsandel' },
      },
    ]);
    expect(problems[0].message).toContain('"Labour share"');
  });

  it('refuses a settings table without its value column, without echoing every setting', () => {
    const t = tables();
    renameColumn(t, 'bsSettings', 'Värde', 'Belopp');
    expect(readRefused(t)).toEqual([
      expect.objectContaining({ code: 'column-missing', location: { sheet: 'Indata', table: 'bsSettings', row: 0, column: 'Värde' } }),
    ]);
  });

  it('refuses a column that appears twice, once in each language', () => {
    const t = tables();
    appendColumn(t, 'bsYears', 'Wage index', []);
    expect(readRefused(t)).toEqual([
      {
        path: '$.years',
        code: 'duplicate',
        message: 'the column "Wage index" repeats the column "Löneökning"; remove one of them',
        messages: { sv: 'kolumnen "Wage index" upprepar kolumnen "Löneökning"; ta bort en av dem' },
        location: { sheet: 'Indata', table: 'bsYears', row: 0, column: 'Wage index', address: 'N37' },
      },
    ]);
  });

  it('names the missing column in English in an English table', () => {
    const t = tablesFromModel(exampleModel(), 'en');
    renameColumn(t, 'bsYears', 'Year', 'Yr');
    expect(readRefused(t)).toEqual([
      expect.objectContaining({ code: 'column-missing', location: { sheet: 'Inputs', table: 'bsYears', row: 0, column: 'Year' } }),
    ]);
  });

  it('refuses a committee in committee-years that does not exist', () => {
    const t = tables();
    setCell(t, 'bsCommitteeYears', 2, 'Nämnd (id)', 'BUNX');
    const [p, ...rest] = readRefused(t);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      path: '$.committeeYears[1].committee',
      code: 'unknown-committee',
      location: { sheet: 'Nämnder', table: 'bsCommitteeYears', row: 2, column: 'Nämnd (id)', address: 'A16' },
    });
    expect(p.message).toContain('"BUNX"');
    expect(p.messages?.sv).toMatch(/^nämnden "BUNX" finns inte bland nämnderna \(/);
  });

  it('refuses scenario rows naming a scenario that is not in the scenario table', () => {
    const t = tables();
    addRow(t, 'bsScenarioYears', { Scenario: 'Okänt', År: 2027, Skattesats: 22 });
    addRow(t, 'bsScenarioCommitteeYears', { År: 2027, 'Nämnd (id)': 'KS', Satsning: 2 });
    expect(readRefused(t)).toEqual([
      {
        path: '$.scenarios',
        code: 'invalid',
        message: 'scenario "Okänt" is not in the scenario table (bsScenarios)',
        messages: { sv: 'scenariot "Okänt" finns inte i scenariotabellen (bsScenarios)' },
        location: { sheet: 'Scenarier', table: 'bsScenarioYears', row: 1, column: 'Scenario', address: 'A12' },
      },
      {
        path: '$.scenarios',
        code: 'required',
        message: expect.stringContaining('scenario is required'),
        messages: { sv: 'scenariot måste anges: varje rad namnger det scenario den hör till' },
        location: { sheet: 'Scenarier', table: 'bsScenarioCommitteeYears', row: 1, column: 'Scenario', address: 'A16' },
      },
    ]);
  });

  it('locates a bad value in a scenario year row at its cell', () => {
    const t = tables();
    addRow(t, 'bsScenarioYears', { Scenario: 'Intäktsstyrd ram', År: 2031, Skattesats: 'hög' });
    const problems = readRefused(t);
    expect(problems.map((p) => [p.path, p.code, p.location?.address])).toEqual([
      ['$.scenarios[3].overrides.years[0].year', 'year-outside-plan', 'B12'],
      ['$.scenarios[3].overrides.years[0].taxRate', 'type', 'D12'],
    ]);
  });

  it('refuses settings problems at the setting value cell, and a missing setting row at the table', () => {
    const t = tables();
    const settings = t.get('bsSettings')!;
    const horizon = settings.rows.findIndex((r) => r[2] === 'horizon');
    settings.rows[horizon][1] = '4 år';
    settings.rows.splice(settings.rows.findIndex((r) => r[2] === 'taxBase'), 1);
    addRow(t, 'bsSettings', { Nyckel: 'tarrget', Värde: 0.02 });
    const problems = readRefused(t);
    expect(problems).toEqual([
      {
        path: '$.tarrget',
        code: 'unknown-key',
        message: 'unknown setting "tarrget"; did you mean "target"?',
        messages: { sv: 'okänd inställning "tarrget"; menade du "target"?' },
        location: expect.objectContaining({ table: 'bsSettings', column: 'Nyckel' }),
      },
      expect.objectContaining({
        path: '$.horizon',
        code: 'type',
        location: { sheet: 'Indata', table: 'bsSettings', row: horizon + 1, column: 'Värde', address: `B${horizon + 5}` },
      }),
      expect.objectContaining({ path: '$.taxBase', code: 'required', location: { sheet: 'Indata', table: 'bsSettings' } }),
    ]);
  });

  it('reports every problem at once: tables, columns and values of the tables that could be read', () => {
    const t = tables();
    t.delete('bsHistory');
    renameColumn(t, 'bsCommitteeYears', 'År', 'Year of it');
    setCell(t, 'bsCommittees', 3, 'Personalkostnadsandel', 'hälften');
    setCell(t, 'bsYears', 1, 'Prisökning', '2,1 procent');
    setCell(t, 'bsScenarios', 2, 'Ramstyrning', 'intäkt');
    const problems = readRefused(t);
    expect(problems.map((p) => [p.code, p.location?.table, p.location?.address ?? p.location?.column])).toEqual([
      ['table-missing', 'bsHistory', undefined],
      ['column-missing', 'bsCommitteeYears', 'År'],
      ['type', 'bsYears', 'F38'],
      ['type', 'bsCommittees', 'D7'],
      ['enum', 'bsScenarios', 'C6'],
    ]);
    for (const p of problems) expect(formatProblem(p)).toMatch(/^(Indata|Nämnder|Scenarier)/);
  });

  it('formats a cell problem with sheet, cell, table, row and column', () => {
    const t = tables();
    setCell(t, 'bsCommittees', 2, 'Ram basåret', 'x');
    const [p] = readRefused(t) as [Problem];
    expect(formatProblem(p)).toBe(
      'Nämnder!C6 (table bsCommittees, row 2, column Ram basåret) $.committees[1].frame: committee frame must be a number, got "x"',
    );
    expect(formatProblem(p, 'sv')).toBe(
      'Nämnder!C6 (tabell bsCommittees, rad 2, kolumn Ram basåret) $.committees[1].frame: nämndens ram måste vara ett tal, men är "x"',
    );
  });

  it('formats a header problem in Swedish as "rubrikraden"', () => {
    const t = tables();
    appendColumn(t, 'bsYears', 'Wage index', []);
    const [p] = readRefused(t) as [Problem];
    expect(formatProblem(p, 'sv')).toBe(
      'Indata!N37 (tabell bsYears, rubrikraden, kolumn Wage index) $.years: kolumnen "Wage index" upprepar kolumnen "Löneökning"; ta bort en av dem',
    );
  });

  it('names a table missing from an English workbook by its English title, in both sentences', () => {
    const t = tablesFromModel(exampleModel(), 'en');
    t.delete('bsCommitteeYears');
    expect(readRefused(t).map((p) => [p.message, p.messages?.sv])).toEqual([
      [
        'the table bsCommitteeYears (Committee by year) is missing from the sheet "Committees"; it may have been deleted or renamed',
        'tabellen bsCommitteeYears (Committee by year) saknas på bladet "Committees"; den kan ha tagits bort eller bytt namn',
      ],
    ]);
  });

  it('refuses a setting given twice, and a value without a setting key', () => {
    const t = tables();
    addRow(t, 'bsSettings', { Nyckel: 'horizon', Värde: 4 });
    addRow(t, 'bsSettings', { Värde: 12 });
    const settings = t.get('bsSettings')!;
    const first = settings.rows.findIndex((r) => r[2] === 'horizon') + 1;
    expect(readRefused(t).map((p) => [p.code, p.message, p.messages?.sv])).toEqual([
      [
        'duplicate',
        `setting "horizon" appears more than once (first in row ${first})`,
        `inställningen "horizon" förekommer mer än en gång (första gången på rad ${first})`,
      ],
      [
        'required',
        'this row has a value but no setting key, so it is not known which setting it is',
        'raden har ett värde men ingen nyckel, så det går inte att veta vilken inställning den gäller',
      ],
    ]);
  });

  it('lists the settings when an unknown one is like none of them', () => {
    const t = tables();
    addRow(t, 'bsSettings', { Nyckel: 'xyzzy', Värde: 1 });
    const [p] = readRefused(t);
    expect(p.message).toMatch(/^unknown setting "xyzzy"; the settings are schemaVersion, name, unit, /);
    expect(p.messages?.sv).toMatch(/^okänd inställning "xyzzy"; inställningarna är schemaVersion, name, unit, /);
  });
});
