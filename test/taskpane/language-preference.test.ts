import { storedLanguagePreference } from '../../src/taskpane/i18n/preference';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('the language the user chose is remembered', () => {
  it('nothing chosen yet: no preference, so Office’s display language decides', () => {
    expect(storedLanguagePreference(memoryStorage()).get()).toBeUndefined();
  });

  it('a choice is kept and read back', () => {
    const storage = memoryStorage();
    storedLanguagePreference(storage).set('en');
    expect(storedLanguagePreference(storage).get()).toBe('en');
  });

  it('anything else in storage is ignored', () => {
    const storage = memoryStorage();
    storage.setItem('budgetsim.language', '<script>');
    expect(storedLanguagePreference(storage).get()).toBeUndefined();
  });

  it('storage that throws (private mode) or is missing does not break the pane', () => {
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    const pref = storedLanguagePreference(throwing);
    expect(() => pref.set('sv')).not.toThrow();
    expect(pref.get()).toBeUndefined();
    expect(storedLanguagePreference(undefined).get()).toBeUndefined();
  });
});
