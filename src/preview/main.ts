/**
 * `npm run preview`: the task pane in an ordinary browser against the in-memory fake Excel, with
 * the workbook's sheets beside it and a download of the workbook as .xlsx. `?lang=en` starts in
 * English, as Office with an English display language would.
 */
import { createFakeExcel } from '../fake-excel';
import { createOfficeGateway } from '../office';
import { startPane } from '../taskpane/app';
import { installFluent } from '../taskpane/fluent';
import { Lang } from '../taskpane/i18n/language';
import { storedLanguagePreference } from '../taskpane/i18n/preference';
import { h } from '../taskpane/view/dom';
import { downloadXlsx } from './download';
import { observedGateway } from './observed-gateway';
import { PREVIEW_CSS } from './preview.css';
import { SheetsView } from './sheets-view';
import { previewStrings } from './strings';

installFluent();
const style = document.createElement('style');
style.textContent = PREVIEW_CSS;
document.head.appendChild(style);

// `?lang=` says what Office's display language is; the language the user chose with the switch wins, as in Excel.
const preference = storedLanguagePreference(globalThis.localStorage);
const asked = new URLSearchParams(location.search).get('lang');
const displayLanguage = asked === 'en' ? 'en-US' : asked === 'sv' ? 'sv-SE' : preference.get() === 'en' ? 'en-US' : 'sv-SE';
const fake = createFakeExcel({ displayLanguage });
let lang: Lang = preference.get() ?? (displayLanguage.startsWith('sv') ? 'sv' : 'en');

function title(): void {
  const s = previewStrings(lang);
  document.title = s.title;
  document.getElementById('page-title')?.replaceChildren(h('h1', {}, s.title), h('p', {}, s.intro));
  document.getElementById('pane-frame')?.setAttribute('aria-label', s.pane);
}

const observed = observedGateway(createOfficeGateway(fake.Excel as unknown as typeof Excel, fake.Office as unknown as typeof Office), () => sheets.refresh());

const sheets = new SheetsView(
  document.getElementById('sheets')!,
  () => fake.host.snapshot(),
  () => lang,
  () => {
    const written = observed.lastWrite();
    if (written) void downloadXlsx(written);
  },
  () => observed.lastWrite() !== null,
);

const pane = startPane(document.getElementById('app')!, {
  gateway: observed.gateway,
  displayLanguage,
  languagePreference: preference,
  onChange: (state) => {
    if (state.lang !== lang) {
      lang = state.lang;
      title();
      sheets.refresh();
    }
  },
});

title();
sheets.refresh();
(window as unknown as { __budgetsim: unknown }).__budgetsim = { host: fake.host, pane, lastWrite: observed.lastWrite };
