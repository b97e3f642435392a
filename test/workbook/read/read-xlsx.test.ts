import ExcelJS from 'exceljs';
import { readModelFromXlsx, readTablesFromXlsx } from '../../../src/renderers/xlsx/read-tables';
import { modelFromTables } from '../../../src/workbook/read/model-from-tables';
import { cloneTables, tablesFromModel } from './tables-from-model';
import { exampleModel } from './fixtures';
import { addTable, tableModel, xlsxBuffer, xlsxFromTables } from './xlsx-from-tables';
import { TableData } from '../../../src/workbook/read/table-data';
import { editXlsx, rewrite } from '../../files/parts';

const committees = (rows: TableData['rows']): TableData => ({
  name: 'bsCommittees',
  sheet: 'Nämnder',
  row: 2,
  column: 1,
  headers: ['Id', 'Namn', 'Ram basåret', 'Personalkostnadsandel'],
  rows,
});

async function readOne(t: TableData, edit?: (workbook: ExcelJS.Workbook, table: ExcelJS.Table) => void): Promise<TableData> {
  const workbook = new ExcelJS.Workbook();
  const table = addTable(workbook, t);
  edit?.(workbook, table);
  const read = await readTablesFromXlsx(await xlsxBuffer(workbook));
  return read.get(t.name)!;
}

describe('readTablesFromXlsx', () => {
  it('reads every input table back where it was written, from a Buffer or an ArrayBuffer', async () => {
    const tables = tablesFromModel(exampleModel());
    const buffer = await xlsxFromTables(tables);
    const expected = cloneTables(tables);
    for (const t of expected.values()) if (t.rows.length === 0) t.rows.push(t.headers.map(() => null));
    expect(await readTablesFromXlsx(buffer)).toEqual(expected);
    const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    expect(await readTablesFromXlsx(arrayBuffer)).toEqual(expected);
  });

  it('reads the example model back identically, in Swedish and in English', async () => {
    const model = exampleModel();
    for (const language of ['sv', 'en'] as const) {
      expect(await readModelFromXlsx(await xlsxFromTables(tablesFromModel(model, language)))).toEqual({ ok: true, model });
    }
  });

  it('reads formulas as their cached results, errors and dates as text, rich text and links as their text', async () => {
    const t = await readOne(
      committees([
        ['KS', { richText: [{ text: 'Kommun' }, { text: 'styrelsen' }] } as never, { formula: '300+35', result: 335 } as never, 0.55],
        ['BUN', { text: 'Barn', hyperlink: 'https://example.se' } as never, { formula: '1/0', result: { error: '#DIV/0!' } } as never, true],
        ['SN', { formula: 'A1', result: 'Social' } as never, new Date(Date.UTC(2026, 4, 1)) as never, { formula: 'B2' } as never],
      ]),
    );
    expect(t.rows).toEqual([
      ['KS', 'Kommunstyrelsen', 335, 0.55],
      ['BUN', 'Barn', '#DIV/0!', true],
      ['SN', 'Social', '2026-05-01', null],
    ]);
  });

  it('keeps text that looks like a formula as text', async () => {
    const name = '=HYPERLINK("http://x","y")';
    const t = await readOne(committees([['KS', name, 300, 0.5], ['@x', '+1', '-2', '=1+1']]));
    expect(t.rows).toEqual([
      ['KS', name, 300, 0.5],
      ['@x', '+1', '-2', '=1+1'],
    ]);
  });

  it('reads rows a user typed below a table once the table grew over them, and leaves out a totals row', async () => {
    const t = await readOne(committees([['KS', 'Kommunstyrelsen', 300, 0.5]]), (workbook, table) => {
      const sheet = workbook.getWorksheet('Nämnder')!;
      sheet.getCell('B5').value = 'BUN';
      sheet.getCell('C5').value = 'Barn- och utbildningsnämnden';
      sheet.getCell('D5').value = 900;
      sheet.getCell('E5').value = '70 %';
      sheet.getCell('B6').value = 'Summa';
      sheet.getCell('D6').value = { formula: 'SUBTOTAL(109,D4:D5)', result: 1200 };
      sheet.getCell('B8').value = 'under the table';
      const model = tableModel(table);
      model.tableRef = 'B3:E6';
      model.autoFilterRef = 'B3:E5';
      (model as unknown as { totalsRow: boolean }).totalsRow = true;
    });
    expect(t.rows).toEqual([
      ['KS', 'Kommunstyrelsen', 300, 0.5],
      ['BUN', 'Barn- och utbildningsnämnden', 900, '70 %'],
    ]);
  });

  it('takes the first row as the header row when the file does not say headerRowCount, as Excel saves it', async () => {
    const workbook = new ExcelJS.Workbook();
    addTable(workbook, committees([['KS', 'Kommunstyrelsen', 300, 0.5]]));
    const file = editXlsx(await xlsxBuffer(workbook), (parts) => rewrite(parts, 'xl/tables/table1.xml', (xml) => xml.replace(' headerRowCount="1"', '')));
    const t = (await readTablesFromXlsx(file)).get('bsCommittees')!;
    expect(t).toMatchObject({ row: 2, column: 1, headers: ['Id', 'Namn', 'Ram basåret', 'Personalkostnadsandel'] });
    expect(t.rows).toEqual([['KS', 'Kommunstyrelsen', 300, 0.5]]);
  });

  it('finds tables on every sheet, whatever the sheet is called', async () => {
    const tables = tablesFromModel(exampleModel());
    for (const t of tables.values()) if (t.name.startsWith('bsScenario')) t.sheet = 'Mina scenarier';
    const read = await readTablesFromXlsx(await xlsxFromTables(tables));
    expect(read.get('bsScenarioYears')?.sheet).toBe('Mina scenarier');
    expect([...read.keys()].sort()).toEqual([...tables.keys()].sort());
  });
});

describe('readModelFromXlsx: refusals name the cell in the file', () => {
  async function problemsFor(edit: (workbook: ExcelJS.Workbook) => void) {
    const result = await readModelFromXlsx(await xlsxFromTables(tablesFromModel(exampleModel()), edit));
    if (result.ok) throw new Error('accepted');
    return result.problems;
  }

  it('refuses text, an error value and a date where numbers belong', async () => {
    const problems = await problemsFor((workbook) => {
      const sheet = workbook.getWorksheet('Nämnder')!;
      sheet.getCell('C6').value = 'nio hundra';
      sheet.getCell('D7').value = { formula: 'NA()', result: { error: '#N/A' } };
      sheet.getCell('D8').value = new Date(Date.UTC(2026, 4, 1));
    });
    expect(problems.map((p) => [p.code, p.location, p.message])).toEqual([
      [
        'type',
        { sheet: 'Nämnder', table: 'bsCommittees', row: 2, column: 'Ram basåret', address: 'C6' },
        'committee frame must be a number, got "nio hundra"',
      ],
      [
        'type',
        { sheet: 'Nämnder', table: 'bsCommittees', row: 3, column: 'Personalkostnadsandel', address: 'D7' },
        expect.stringContaining('got "#N/A"'),
      ],
      [
        'type',
        { sheet: 'Nämnder', table: 'bsCommittees', row: 4, column: 'Personalkostnadsandel', address: 'D8' },
        expect.stringContaining('got "2026-05-01"'),
      ],
    ]);
  });

  it('accepts "1,5 %" typed in a rate cell and refuses it in an amount cell', async () => {
    const tables = tablesFromModel(exampleModel());
    const buffer = await xlsxFromTables(tables, (workbook) => {
      workbook.getWorksheet('Indata')!.getCell('I38').value = '1,5 %';
    });
    const result = await readModelFromXlsx(buffer);
    expect(result.ok && result.model.years[0].efficiency).toBe(0.015);
    const refused = await problemsFor((workbook) => {
      workbook.getWorksheet('Indata')!.getCell('D38').value = '1,5 %';
    });
    expect(refused).toEqual([expect.objectContaining({ path: '$.years[0].grants', code: 'type', location: expect.objectContaining({ address: 'D38' }) })]);
  });

  it('refuses a deleted table', async () => {
    const tables = tablesFromModel(exampleModel());
    tables.delete('bsYears');
    const result = modelFromTables(await readTablesFromXlsx(await xlsxFromTables(tables)));
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'table-missing', location: { sheet: 'Indata', table: 'bsYears' } })],
    });
  });
});
