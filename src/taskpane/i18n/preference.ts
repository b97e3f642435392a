import { Lang } from './language';

const KEY = 'budgetsim.language';

/**
 * The language the user chose with the pane's switch, kept in the pane's own storage (a preference
 * of the person, not of the workbook). Storage may be unavailable (private mode, a locked-down
 * Office): then the choice lasts for the session only.
 */
export interface LanguagePreference {
  get(): Lang | undefined;
  set(lang: Lang): void;
}

export function storedLanguagePreference(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): LanguagePreference {
  return {
    get() {
      try {
        const v = storage?.getItem(KEY);
        return v === 'sv' || v === 'en' ? v : undefined;
      } catch {
        return undefined;
      }
    },
    set(lang) {
      try {
        storage?.setItem(KEY, lang);
      } catch {
        // Not remembered; the pane still switches.
      }
    },
  };
}
