/**
 * Hostile and careless input: bounds that keep the engine fast, text a workbook can hold and a
 * terminal cannot obey, the base's names in both languages, dates typed as years, and number text
 * read the way the model's language writes it.
 */
import { parseModel } from '../../src/model-file';
import { validFile } from './fixture';
import { pathsAndCodes, problemsAfter } from './helpers';
import { Case, ENGLISH_NUMBER_TEXT, HOSTILE } from './refusal-cases';
import { expectSwedish, sv } from './swedish';

function refuses(cases: Case[]): void {
  test.each(cases)('%s', (_title, change, expected) => {
    expect(pathsAndCodes(change)).toEqual(expected);
    expectSwedish(problemsAfter(change));
  });
}

function accepted(change: (f: ReturnType<typeof validFile>) => void) {
  const f = validFile();
  change(f);
  const result = parseModel(f);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.model;
}

describe('refused', () => {
  refuses(HOSTILE);
  refuses(ENGLISH_NUMBER_TEXT);
});

describe('bounds that keep the engine fast', () => {
  test('windows and repayment years up to 50 are accepted', () => {
    const m = accepted((f) => {
      f.windowBack = 50;
      f.windowForward = 50;
      f.carryOver.repaymentYears = 50;
    });
    expect([m.windowBack, m.windowForward, m.carryOver.repaymentYears]).toEqual([50, 50, 50]);
  });

  test('the refusal names the bound, in both languages', () => {
    const [p] = problemsAfter((f) => (f.windowBack = 1e9));
    expect(p.message).toBe('window back must be a whole number of years from 0 to 50, got 1000000000');
    expect(sv(p)).toBe('antalet år bakåt i målperioden måste vara ett helt antal år från 0 till 50, men är 1 000 000 000');
    const [q] = problemsAfter((f) => (f.carryOver.repaymentYears = 1e9));
    expect(q.message).toBe('repayment years must be a whole number of years from 1 to 50, got 1000000000');
  });
});

describe('the base scenario is "Base" and "Bas"', () => {
  test('the message names both', () => {
    const [p] = problemsAfter((f) => (f.scenarios[0].name = 'bas'));
    expect(p.message).toBe('scenario name "bas" is reserved for the base scenario ("Base", in Swedish "Bas"); choose another name');
    expect(sv(p)).toBe('scenarionamnet "bas" är reserverat för basscenariot ("Base", på svenska "Bas"); välj ett annat namn');
  });

  test('names that only begin like it are accepted', () => {
    expect(accepted((f) => (f.scenarios[0].name = 'Basen')).scenarios[0].name).toBe('Basen');
    expect(accepted((f) => (f.scenarios[0].name = 'Bas 2')).scenarios[0].name).toBe('Bas 2');
  });
});

describe('text a workbook cell can hold', () => {
  test('32 767 characters, the most an Excel cell holds, are accepted', () => {
    const name = 'x'.repeat(32_767);
    expect(accepted((f) => (f.name = name)).name).toBe(name);
  });

  test('a longer text is refused with its length, not quoted', () => {
    const [p] = problemsAfter((f) => (f.committees[1].name = 'y'.repeat(40_000)));
    expect(p.message).toBe('committee name has 40000 characters; a workbook cell holds at most 32767');
    expect(sv(p)).toBe('nämndens namn har 40 000 tecken; en cell i en arbetsbok rymmer högst 32 767');
    expect(p.message).not.toContain('yyy');
  });

  test('a control character is named by its code and place, never shown raw', () => {
    const [p] = problemsAfter((f) => (f.name = 'Kommun\u001b[2J'));
    expect(p.message).toBe('model name contains the control character U+001B at character 7; names are one line of visible text');
    expect(sv(p)).toBe('kommunens namn innehåller styrtecknet U+001B vid tecken 7; namn är en rad synlig text');
    expect(p.message).not.toContain('\u001b');
  });

  test('a lone surrogate is named as text that is not valid Unicode', () => {
    const [p] = problemsAfter((f) => (f.committees[1].name = 'Barn\ud800'));
    expect(p.message).toBe('committee name contains half of a character (U+D800 without its pair) at character 5; it is not valid Unicode text');
    expect(sv(p)).toBe('nämndens namn innehåller ett halvt tecken (U+D800 utan sin andra halva) vid tecken 5; det är inte giltig Unicode-text');
  });

  test('characters outside the BMP, accents and symbols are kept exactly', () => {
    const name = 'Nämnden för 🏫 & <b>skola</b> ”citat” é';
    expect(accepted((f) => (f.committees[0].name = name)).committees[0].name).toBe(name);
  });
});

describe('a date where a year belongs', () => {
  test('a spreadsheet date serial is reported as the date it shows', () => {
    const [p] = problemsAfter((f) => (f.history[0].year = 46753));
    expect(p.message).toBe('year must be a year such as 2026, got 46753, which a spreadsheet shows as the date "2028-01-01": a date, not a year');
    expect(sv(p)).toBe('året måste vara ett årtal som 2026, men är 46 753, som ett kalkylark visar som datumet "2028-01-01": ett datum, inte ett år');
  });

  test('date text is reported as a date', () => {
    const [p] = problemsAfter((f) => (f.committeeYears[0].year = '2027-03-05'));
    expect(p.message).toBe('year must be a year such as 2026, got "2027-03-05": a date, not a year');
    expect(sv(p)).toBe('året måste vara ett årtal som 2026, men är "2027-03-05": ett datum, inte ett år');
  });
});

describe('number text is read the way the model language writes it', () => {
  test('English: the comma groups thousands, the point is the decimal mark', () => {
    const m = accepted((f) => {
      f.language = 'en';
      f.years[0].grants = '1,045'; // 1 045, not 1.045
      f.years[1].grants = '1,234.5';
      f.years[2].grants = '310.25';
      f.years[0].wageIndex = '2.5%';
    });
    expect(m.years.map((y) => y.grants)).toEqual([1045, 1234.5, 310.25]);
    expect(m.years[0].wageIndex).toBe(0.025);
  });

  test('Swedish: the comma is the decimal mark, spaces group thousands', () => {
    const m = accepted((f) => {
      f.years[0].grants = '1,045';
      f.years[1].grants = '1 234,5';
      f.years[0].wageIndex = '2,5 %';
    });
    expect(m.years.map((y) => y.grants).slice(0, 2)).toEqual([1.045, 1234.5]);
    expect(m.years[0].wageIndex).toBe(0.025);
  });

  test('the refusal of Swedish-looking text in an English model says why', () => {
    const [p] = problemsAfter((f) => ((f.language = 'en'), (f.years[1].grants = '1,5')));
    expect(p.message).toBe(
      'grants must be a number written the English way (the model\'s language is "en"): a point before the decimals and commas between thousands, such as "1,234.5", got "1,5"',
    );
  });
});
