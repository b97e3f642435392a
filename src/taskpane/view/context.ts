import { NumberFormats } from '../i18n/numbers';
import { Strings } from '../i18n/strings';
import { PaneActions, PaneState } from '../state';

/** What every view draws from. */
export interface ViewContext {
  state: Readonly<PaneState>;
  s: Strings;
  n: NumberFormats;
  act: PaneActions;
}
