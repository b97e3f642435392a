/**
 * The uncertain inputs of the risk analysis have one name each, in each language: the CLI's risk
 * report, the workbook (the uncertainty table on the input sheet and the Risk sheet) and the task
 * pane all say the same words, and those are the words the scenario sheet and the input tables use
 * for the same figure.
 */
import { riskLabels } from '../../src/cli/risk-labels';
import { exampleModel } from '../../src/examples';
import { Language, UNCERTAIN_INPUTS, UncertainInput } from '../../src/engine/types';
import { stringsFor } from '../../src/taskpane/i18n/strings';
import { SheetDescription } from '../../src/workbook/description';
import { CHOICE_WORDS, choiceKey, choiceWord, OLD_CHOICE_WORDS, YEARS_TABLE } from '../../src/workbook/input-tables';
import { describeWorkbook } from '../../src/workbook/layout';
import { label } from '../../src/workbook/layout/labels';
import { inputLabel } from '../../src/workbook/layout/risk-sheet';

const LANGUAGES: Language[] = ['sv', 'en'];

/** Each place's word for `input` in `language`. */
function wordsFor(input: UncertainInput, language: Language): Record<string, string> {
  return {
    cli: riskLabels(language).inputName[input],
    uncertaintyTable: choiceWord(input, language),
    riskSheet: inputLabel(input, language),
    pane: stringsFor(language).riskInputs[input],
  };
}

function texts(sheet: SheetDescription): string[] {
  return sheet.blocks.flatMap((b) => b.cells.flat()).filter((c): c is string => typeof c === 'string');
}

describe.each(LANGUAGES)('the uncertain inputs in %s', (language) => {
  it.each([...UNCERTAIN_INPUTS])('%s has the same word in the CLI, the workbook and the pane', (input) => {
    const words = wordsFor(input, language);
    const first = words.cli;
    expect(first).not.toBe(input);
    expect(words).toEqual({ cli: first, uncertaintyTable: first, riskSheet: first, pane: first });
  });

  it('has a different word for every input', () => {
    const words = UNCERTAIN_INPUTS.map((input) => choiceWord(input, language));
    expect(new Set(words).size).toBe(UNCERTAIN_INPUTS.length);
  });

  it("names grants and the interest rate as the scenario sheet's rows do", () => {
    expect(choiceWord('grants', language)).toBe(label('grants', language));
    expect(choiceWord('interestRate', language)).toBe(label('interestRate', language));
  });

  it("names the interest rate as the pane's interest-rate lever does", () => {
    expect(stringsFor(language).riskInputs.interestRate).toBe(stringsFor(language).interestRate);
  });

  it('writes the words in the uncertainty table of the input sheet', () => {
    const model = exampleModel();
    expect(model.uncertainty!.inputs.map((u) => u.input)).toEqual([...UNCERTAIN_INPUTS]);
    const inputSheet = describeWorkbook(model, { language }).sheets.find((s) => s.tables.some((t) => t.name === 'bsUncertainty'))!;
    const written = texts(inputSheet);
    for (const input of UNCERTAIN_INPUTS) expect(written).toContain(wordsFor(input, language).cli);
  });
});

describe('the words themselves', () => {
  it('are those of a Swedish budget, and of its English translation', () => {
    const sv = Object.fromEntries(UNCERTAIN_INPUTS.map((input) => [input, choiceWord(input, 'sv')]));
    const en = Object.fromEntries(UNCERTAIN_INPUTS.map((input) => [input, choiceWord(input, 'en')]));
    expect(sv).toEqual({
      taxBaseGrowth: 'Skatteunderlagets ökning',
      wageIndex: 'Löneökning',
      priceIndex: 'Prisökning',
      grants: 'Generella statsbidrag och utjämning',
      interestRate: 'Räntesats på nettoskulden',
      deviation: 'Nämndernas budgetavvikelse',
    });
    expect(en).toEqual({
      taxBaseGrowth: 'Tax base growth',
      wageIndex: 'Wage increase',
      priceIndex: 'Price increase',
      grants: 'General grants and equalisation',
      interestRate: 'Interest rate on net debt',
      deviation: "Committees' budget deviation",
    });
  });

  it("name each figure in Swedish as the plan years table heads the column of its assumption", () => {
    const header = (key: string) => YEARS_TABLE.columns.find((c) => c.key === key)!.header.sv;
    for (const input of ['taxBaseGrowth', 'wageIndex', 'priceIndex', 'grants', 'interestRate'] as const) {
      expect(choiceWord(input, 'sv')).toBe(header(input));
    }
  });

  it('read back as their own key, new and old, and no word names two choices', () => {
    const keys = Object.keys(CHOICE_WORDS);
    const pairs = keys.flatMap((key) => [CHOICE_WORDS[key].sv, CHOICE_WORDS[key].en, ...(OLD_CHOICE_WORDS[key] ?? [])].map((word) => ({ key, word })));
    for (const { key, word } of pairs) expect({ word, read: choiceKey(word, keys) }).toEqual({ word, read: key });
    const keysOf = new Map<string, Set<string>>();
    for (const { key, word } of pairs) keysOf.set(word.toLowerCase(), (keysOf.get(word.toLowerCase()) ?? new Set<string>()).add(key));
    expect([...keysOf].filter(([, named]) => named.size > 1)).toEqual([]);
  });
});
