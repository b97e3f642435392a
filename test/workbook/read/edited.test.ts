import { modelFromTables } from '../../../src/workbook/read/model-from-tables';
import { addRow, appendColumn, insertRow, renameColumn, reorderColumns, setCell, table } from './edit-tables';
// Hand edits of a version 1 workbook, which must keep reading as it did before version 2.
import { exampleModelV1 as exampleModel } from '../../support/example-v1';
import { readOk } from './fixtures';
import { tablesFromModel } from './tables-from-model';

describe('modelFromTables: a workbook edited by hand', () => {
  it('reads blank rows, reordered columns, a notes column and mixed-language headers as the same model', () => {
    const model = exampleModel();
    const tables = tablesFromModel(model, 'sv');
    const committees = table(tables, 'bsCommittees');
    insertRow(tables, 'bsCommittees', 2, committees.headers.map(() => null));
    insertRow(tables, 'bsCommittees', 4, committees.headers.map(() => '   '));
    addRow(tables, 'bsCommittees', {});
    reorderColumns(tables, 'bsCommittees', [3, 1, 0, 9, 2, 4, 5, 6, 7, 8]);
    appendColumn(tables, 'bsCommittees', 'Anteckningar', ['ny chef', null, null, 'se bilaga']);
    insertRow(tables, 'bsYears', 0, table(tables, 'bsYears').headers.map(() => null));
    const years = table(tables, 'bsYears');
    years.headers = years.headers.map((h) => (h === 'Löneökning' ? 'Wage index' : h === 'År' ? '  år ' : h));
    appendColumn(tables, 'bsSettings', 'Kommentar', ['från budgetdirektivet']);
    expect(readOk(tables)).toEqual(model);
  });

  it('skips a row that holds only a note in a column of its own', () => {
    const model = exampleModel();
    const tables = tablesFromModel(model);
    appendColumn(tables, 'bsHistory', 'Not', []);
    addRow(tables, 'bsHistory', { Not: 'utfall 2023 saknas' });
    expect(readOk(tables)).toEqual(model);
  });

  it('reads an added row, Swedish percent text where a rate belongs and a trimmed text value', () => {
    const model = exampleModel();
    const tables = tablesFromModel(model);
    addRow(tables, 'bsCommittees', { Id: ' MN ', Namn: 'Miljönämnden', 'Ram basåret': 12, Personalkostnadsandel: '62,5 %' });
    setCell(tables, 'bsYears', 1, 'Effektiviseringskrav', '1,5 %');
    setCell(tables, 'bsYears', 2, 'Skattesats', '21,45');
    const read = readOk(tables);
    expect(read.committees.at(-1)).toEqual({ id: 'MN', name: 'Miljönämnden', frame: 12, labourShare: 0.625 });
    expect(read.years[0].efficiency).toBe(0.015);
    expect(read.years[1].taxRate).toBe(21.45);
  });

  it('reads "ingen" or "None" in a cap cell as no cap, and a blank cap as the default', () => {
    const tables = tablesFromModel(exampleModel());
    setCell(tables, 'bsCommittees', 1, 'Tak överskott (andel av ram)', ' None ');
    setCell(tables, 'bsCommittees', 2, 'Tak underskott (andel av ram)', 'INGEN');
    const read = readOk(tables);
    expect(read.committees[0].carryOver).toEqual({ surplusCap: null });
    expect(read.committees[1].carryOver).toEqual({ deficitCap: null });
    expect(read.committees[2].carryOver).toBeUndefined();
  });

  it('reads a committee id typed as a number as the id Excel shows', () => {
    const tables = tablesFromModel(exampleModel());
    setCell(tables, 'bsCommittees', 2, 'Id', 110);
    for (let row = 1; row <= table(tables, 'bsCommitteeYears').rows.length; row++) {
      const t = table(tables, 'bsCommitteeYears');
      if (t.rows[row - 1][0] === 'BUN') setCell(tables, 'bsCommitteeYears', row, 'Nämnd (id)', 110);
    }
    const read = readOk(tables);
    expect(read.committees[1].id).toBe('110');
    expect(read.committeeYears.filter((r) => r.committee === '110').length).toBeGreaterThan(0);
  });

  it('reads a formula-looking committee name back as the same text', () => {
    const tables = tablesFromModel(exampleModel());
    const name = '=HYPERLINK("http://x","y")';
    setCell(tables, 'bsCommittees', 1, 'Namn', name);
    setCell(tables, 'bsScenarios', 1, 'Scenario', '+Plus');
    expect(readOk(tables).committees[0].name).toBe(name);
    expect(readOk(tables).scenarios[0].name).toBe('+Plus');
  });

  it('groups scenario year rows by scenario name, ignoring case and spaces around it', () => {
    const tables = tablesFromModel(exampleModel());
    addRow(tables, 'bsScenarioYears', { Scenario: ' halv uppräkning', År: 2028, Skattesats: 22 });
    addRow(tables, 'bsScenarioCommitteeYears', { Scenario: 'Enprocentaren', 'Nämnd (id)': 'KS', År: 2027, Satsning: 4 });
    addRow(tables, 'bsScenarioYears', { Scenario: 'Halv uppräkning', År: 2027, Prisökning: '2 %' });
    const result = modelFromTables(tables);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.model.scenarios[1].overrides.years).toEqual([
      { year: 2028, taxRate: 22 },
      { year: 2027, priceIndex: 0.02 },
    ]);
    expect(result.model.scenarios[0].overrides.committeeYears).toEqual([{ committee: 'KS', year: 2027, initiative: 4 }]);
  });

  it('finds a table whose name differs only in case, as Excel does', () => {
    const model = exampleModel();
    const tables = tablesFromModel(model);
    const t = table(tables, 'bsHistory');
    tables.delete('bsHistory');
    tables.set('BSHISTORY', { ...t, name: 'BSHISTORY' });
    renameColumn(tables, 'BSHISTORY', 'Intäkter', 'INTÄKTER');
    expect(readOk(tables)).toEqual(model);
  });
});
