/**
 * A choice in the input tables (frame mode, rolling measure, an uncertain input) is written as a word
 * in the sheet's language, not as the model file's key, and read back from either language's word or
 * from the key that workbooks written before held.
 */
import { exampleModel } from '../../../src/examples';
import { Language, Model } from '../../../src/engine/types';
import { CHOICE_WORDS } from '../../../src/workbook/input-tables';
import { describeWorkbook } from '../../../src/workbook/layout';
import { SheetDescription } from '../../../src/workbook/description';
import { readOk, readRefused } from './fixtures';
import { cell, setCell, table } from './edit-tables';
import { tablesFromModel } from './tables-from-model';

function texts(sheet: SheetDescription): string[] {
  return sheet.blocks.flatMap((b) => b.cells.flat()).filter((c): c is string => typeof c === 'string');
}

function modelWithChoices(): Model {
  const model = exampleModel();
  return { ...model, scenarios: [...model.scenarios, { name: 'Intäktsstyrt', overrides: { frameMode: 'revenue', measure: 'meanOfRatios' } }] };
}

describe.each<Language>(['sv', 'en'])('choices in the %s input sheets', (language) => {
  const desc = describeWorkbook(modelWithChoices(), { language });
  const inputSheets = desc.sheets.filter((s) => s.role !== 'scenario' && s.role !== 'comparison');
  const written = inputSheets.flatMap(texts);

  it('are words in the language, never the model file keys', () => {
    expect(written).toContain(CHOICE_WORDS.uplift[language]);
    expect(written).toContain(CHOICE_WORDS.ratioOfSums[language]);
    expect(written).toContain(CHOICE_WORDS.revenue[language]);
    expect(written).toContain(CHOICE_WORDS.meanOfRatios[language]);
    expect(written).toContain(CHOICE_WORDS.taxBaseGrowth[language]);
    for (const key of Object.keys(CHOICE_WORDS)) expect(written).not.toContain(key);
  });

  it('offer the words in their drop-down lists', () => {
    const lists = inputSheets.flatMap((s) => s.validations.map((v) => v.values.map(String)));
    expect(lists).toContainEqual([CHOICE_WORDS.uplift[language], CHOICE_WORDS.revenue[language]]);
    expect(lists).toContainEqual([CHOICE_WORDS.ratioOfSums[language], CHOICE_WORDS.meanOfRatios[language]]);
  });
});

describe('reading a choice back', () => {
  const model = modelWithChoices();

  it.each([
    ['the Swedish word', 'Intäktsstyrd'],
    ['the English word', 'Revenue-driven'],
    ['the word in other case', 'INTÄKTSSTYRD'],
    ['the key, as older workbooks hold it', 'revenue'],
  ])('reads %s as the key', (_what, text) => {
    const tables = tablesFromModel(model, 'sv');
    const row = table(tables, 'bsScenarios').rows.length; // 1-based: the last row
    expect(cell(tables, 'bsScenarios', row, 'Ramstyrning')).toBe('revenue');
    setCell(tables, 'bsScenarios', row, 'Ramstyrning', text);
    expect(readOk(tables)).toEqual(model);
  });

  it('refuses a word it does not know, naming the cell', () => {
    const tables = tablesFromModel(model, 'sv');
    const row = table(tables, 'bsScenarios').rows.length; // 1-based: the last row
    setCell(tables, 'bsScenarios', row, 'Ramstyrning', 'Intäktsstyrning');
    const problems = readRefused(tables);
    expect(problems).toHaveLength(1);
    expect(problems[0].location).toMatchObject({ table: 'bsScenarios' });
    expect(problems[0].message).toMatch(/Intäktsstyrning|frame/i);
  });
});

describe('reading an uncertain input back', () => {
  const model = exampleModel();
  const header: Record<Language, string> = { sv: 'Indata', en: 'Input' };

  /** The 1-based row of bsUncertainty that holds `input`, as the tables hold it: its key. */
  function rowOf(tables: ReturnType<typeof tablesFromModel>, input: string, language: Language): number {
    const rows = table(tables, 'bsUncertainty').rows.length;
    const row = Array.from({ length: rows }, (_, i) => i + 1).find((r) => cell(tables, 'bsUncertainty', r, header[language]) === input);
    if (row === undefined) throw new Error(`no row for ${input}`);
    return row;
  }

  // The words the uncertainty table was written with before the inputs had one list of words: a
  // workbook written then still reads back as the model it was written from.
  it.each<[Language, string, string]>([
    ['sv', 'grants', 'Generella statsbidrag'],
    ['en', 'grants', 'General grants'],
    ['sv', 'interestRate', 'Räntesats'],
    ['en', 'interestRate', 'Interest rate'],
    ['sv', 'deviation', 'Nämndernas avvikelse'],
    ['en', 'deviation', "Committees' deviation"],
    ['sv', 'taxBaseGrowth', 'Skatteunderlagets tillväxt'],
  ])('reads the old %s word for %s ("%s") as the key', (language, input, old) => {
    const tables = tablesFromModel(model, language);
    setCell(tables, 'bsUncertainty', rowOf(tables, input, language), header[language], old);
    expect(readOk(tables)).toEqual(model);
  });

  it('reads the new words, in any case', () => {
    const tables = tablesFromModel(model, 'sv');
    setCell(tables, 'bsUncertainty', rowOf(tables, 'grants', 'sv'), 'Indata', 'Generella statsbidrag och utjämning');
    setCell(tables, 'bsUncertainty', rowOf(tables, 'interestRate', 'sv'), 'Indata', 'räntesats på nettoskulden');
    expect(readOk(tables)).toEqual(model);
  });

  it('refuses a word that is neither a word nor an old word, naming the table', () => {
    const tables = tablesFromModel(model, 'sv');
    setCell(tables, 'bsUncertainty', rowOf(tables, 'interestRate', 'sv'), 'Indata', 'Ränta');
    const problems = readRefused(tables);
    expect(problems).toHaveLength(1);
    expect(problems[0].location).toMatchObject({ table: 'bsUncertainty' });
  });
});
