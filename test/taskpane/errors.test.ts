import { describeError } from '../../src/taskpane/i18n/errors';
import { stringsFor } from '../../src/taskpane/i18n/strings';
import { errorNotice } from '../../src/taskpane/error-notice';
import { numberFormats } from '../../src/taskpane/i18n/numbers';
import { ModelRefusedError } from '../../src/model-file/problems';
import { UnsupportedExcelError, WorkbookCleanupError, WorkbookLeftChangedError, WorkbookWriteError } from '../../src/office';

function officeError(code: string, message = 'The argument is invalid or missing or has an incorrect format.') {
  const e = new Error(message) as Error & { code: string; debugInfo: unknown };
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { code, message, errorLocation: 'Range.values' };
  return e;
}

describe('Excel errors become readable messages', () => {
  test.each([
    ['InvalidArgument', 'invalidArgument'],
    ['ItemNotFound', 'itemNotFound'],
    ['RequestPayloadSizeLimitExceeded', 'payloadTooLarge'],
    ['GeneralException', 'general'],
    ['InvalidOperationInCellEditMode', 'cellEditMode'],
    ['AccessDenied', 'accessDenied'],
    ['SomethingNew', 'general'],
  ])('%s', (code, kind) => {
    expect(describeError(officeError(code))).toEqual({ kind, code });
  });

  test('an error without a code is unexpected, and its message is not shown', () => {
    const notice = errorNotice(describeError(new TypeError('x is undefined')))(stringsFor('sv'), numberFormats('sv'));
    expect(notice.tone).toBe('error');
    expect(JSON.stringify(notice)).not.toMatch(/undefined|TypeError|\bat \S+ \(/);
  });

  test('the notice says what happened and what to do, with the code in small print, in both languages', () => {
    for (const lang of ['sv', 'en'] as const) {
      const notice = errorNotice(describeError(officeError('ItemNotFound')))(stringsFor(lang), numberFormats(lang));
      expect(notice.title).toBe(stringsFor(lang).errors.itemNotFound.title);
      expect(notice.lines[0]).toBe(stringsFor(lang).errors.itemNotFound.action);
      expect(notice.code).toBe('ItemNotFound');
      expect(JSON.stringify(notice)).not.toContain('Range.values');
    }
  });

  test('a refused model lists its problems', () => {
    const err = new ModelRefusedError([{ path: '$.target', code: 'range', message: 'surplus target must be less than 1' }]);
    expect(describeError(err)).toMatchObject({ kind: 'refused', problems: [{ path: '$.target' }] });
  });

  test("a refused model's problems are said in the pane's language", () => {
    const err = new ModelRefusedError([
      {
        path: '$.target',
        code: 'range',
        message: 'surplus target must be less than 1',
        messages: { sv: 'resultatmålet måste vara mindre än 1' },
      },
    ]);
    const lines = (lang: 'sv' | 'en') => errorNotice(describeError(err))(stringsFor(lang), numberFormats(lang)).lines;
    expect(lines('sv')).toContain('resultatmålet måste vara mindre än 1');
    expect(lines('sv')).not.toContain('surplus target must be less than 1');
    expect(lines('en')).toContain('surplus target must be less than 1');
  });
});

describe("the gateway's own errors", () => {
  const sv = (e: unknown) => errorNotice(describeError(e))(stringsFor('sv'), numberFormats('sv'));

  test('a write that failed and was undone says nothing changed, with the cause’s advice', () => {
    const notice = sv(new WorkbookWriteError(officeError('RequestPayloadSizeLimitExceeded')));
    expect(notice.title).toBe('Modellen är för stor för att skickas till Excel i ett stycke.');
    expect(notice.lines[0]).toBe('Inget ändrades: arbetsboken är som före skrivningen.');
    expect(notice.code).toBe('RequestPayloadSizeLimitExceeded');
  });

  test('a failed undo lists what was left and what to do about it', () => {
    const left = {
      addedSheets: ['Bas'],
      backups: [
        { name: 'Jämförelse', originalName: 'Jämförelse', hidden: false },
        { name: 'Mina siffror', originalName: 'Bas', hidden: true },
      ],
      missingNames: ['bs_target'],
      verified: true,
    };
    const notice = sv(new WorkbookLeftChangedError(officeError('GeneralException'), officeError('GeneralException'), left));
    expect(notice.title).toBe('Skrivningen avbröts och arbetsboken kunde inte återställas helt.');
    expect(notice.lines).toEqual([
      'Skriv till arbetsboken igen när Excel svarar: Budgetsim känner igen det som finns kvar nedan som sitt eget och skriver om det.',
      'Blad som Budgetsim lade till och som finns kvar: Bas. Nästa skrivning fyller dem.',
      // A sheet rewritten in place keeps its name; one the user renamed is named as it is now, and as it was.
      'Budgetsims blad som är delvis omskrivna: ”Jämförelse”, ”Mina siffror” (dolt) var ”Bas”. Nästa skrivning skriver om dem helt; dina hänvisningar till dem fungerar som förut.',
      'Några av Budgetsims namn i arbetsboken pekar inte dit de gjorde; nästa skrivning rättar dem. Dina egna namn är orörda.',
    ]);
  });

  test('a failed undo that left nothing is reported as nothing changed', () => {
    const left = { addedSheets: [], backups: [], missingNames: [], verified: true };
    const described = describeError(new WorkbookLeftChangedError(officeError('ItemNotFound'), new Error('x'), left));
    expect(described).toEqual({ kind: 'itemNotFound', code: 'ItemNotFound', unchanged: true });
  });

  test('earlier sheets that could not be removed are a warning, not an error', () => {
    const notice = sv(new WorkbookCleanupError(officeError('GeneralException'), [{ name: 'bs_backup_2', originalName: 'Bas', hidden: false }]));
    expect(notice.tone).toBe('warning');
    expect(notice.lines).toContain('”bs_backup_2” var ”Bas”');
  });

  test('an Excel too old for Budgetsim says to update', () => {
    expect(sv(new UnsupportedExcelError('1.4')).title).toBe('Den här versionen av Excel saknar en funktion som Budgetsim behöver.');
  });
});
