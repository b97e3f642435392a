import { exampleModel } from '../../src/examples';
import { numberFormats } from '../../src/taskpane/i18n/numbers';
import { fieldKey, fieldText, parseFieldKey, readField } from '../../src/taskpane/model/lever-fields';
import { scenarioLevers } from '../../src/taskpane/model/levers';

const sv = numberFormats('sv');
const en = numberFormats('en');

describe('lever fields', () => {
  test('keys round-trip', () => {
    for (const f of [{ kind: 'target' as const }, { kind: 'year' as const, year: 2028, key: 'taxRate' as const }]) {
      expect(parseFieldKey(fieldKey(f))).toEqual(f);
    }
    expect(parseFieldKey('year:2028:grants')).toBeNull();
    expect(parseFieldKey('nonsense')).toBeNull();
  });

  test('fields show the model’s value in the language’s way', () => {
    const levers = scenarioLevers(exampleModel(), 0);
    expect(fieldText(levers, { kind: 'target' }, sv)).toBe('3');
    expect(fieldText(levers, { kind: 'year', year: 2027, key: 'taxRate' }, sv)).toBe('21,45');
    expect(fieldText(levers, { kind: 'year', year: 2027, key: 'taxRate' }, en)).toBe('21.45');
    expect(fieldText(levers, { kind: 'year', year: 2027, key: 'compensation' }, sv)).toBe('50');
  });

  test('percent fields read the number of percent', () => {
    expect(readField({ kind: 'year', year: 2027, key: 'efficiency' }, '1,5', sv)).toEqual({
      ok: true,
      edit: { kind: 'year', year: 2027, key: 'efficiency', value: 0.015 },
    });
    expect(readField({ kind: 'target' }, '2', sv)).toEqual({ ok: true, edit: { kind: 'target', value: 0.02 } });
    expect(readField({ kind: 'year', year: 2027, key: 'taxRate' }, '21,9', sv)).toEqual({
      ok: true,
      edit: { kind: 'year', year: 2027, key: 'taxRate', value: 21.9 },
    });
  });

  test('text that is not a number, or a value the model refuses, is refused', () => {
    expect(readField({ kind: 'target' }, 'tre', sv)).toEqual({ ok: false, reason: 'notANumber' });
    expect(readField({ kind: 'target' }, '300', sv)).toEqual({ ok: false, reason: 'range', range: 'target' });
    expect(readField({ kind: 'year', year: 2027, key: 'compensation' }, '120', sv)).toEqual({ ok: false, reason: 'range', range: 'compensation' });
    expect(readField({ kind: 'year', year: 2027, key: 'taxRate' }, '0', sv)).toEqual({ ok: false, reason: 'range', range: 'taxRate' });
  });
});
