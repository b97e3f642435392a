import { problemText } from '../../src/taskpane/i18n/problems';
import { stringsFor } from '../../src/taskpane/i18n/strings';

const problem = {
  path: '$.committees[1].labourShare',
  code: 'range' as const,
  message: 'labour share must be between 0 and 1 (0 %–100 %), got 1.5',
  messages: { sv: 'personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,5' },
  location: { sheet: 'Nämnder', table: 'bsCommittees', row: 2, column: 'Personalkostnadsandel', address: 'D6' },
};

describe('problems as the pane words them', () => {
  test('Swedish: the checker’s Swedish sentence, and no English', () => {
    expect(problemText(problem, 'sv')).toEqual({
      summary: 'Personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,5',
    });
  });

  test('English: the checker’s English sentence', () => {
    expect(problemText(problem, 'en')).toEqual({ summary: 'Labour share must be between 0 and 1 (0 %–100 %), got 1.5' });
  });

  test('Swedish, for a problem without a Swedish sentence: a summary by kind, the English sentence as detail', () => {
    const { messages: _sv, ...english } = problem;
    expect(problemText(english, 'sv')).toEqual({
      summary: 'Värdet ligger utanför det tillåtna intervallet.',
      detail: 'Labour share must be between 0 and 1 (0 %–100 %), got 1.5',
    });
  });

  test('the place: sheet and cell, data row and column', () => {
    const l = problem.location;
    expect(stringsFor('sv').problemPlace(l.sheet, l.address, l.row, l.column)).toBe('Nämnder!D6, rad 2, kolumn Personalkostnadsandel');
    expect(stringsFor('en').problemPlace(l.sheet, undefined, 0, undefined)).toBe('Nämnder');
  });
});
