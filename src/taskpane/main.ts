/** The task pane's entry: once Office is ready, the pane opens on the workbook through Office.js. */
import { createOfficeGateway } from '../office';
import { startPane } from './app';
import { installFluent } from './fluent';
import { storedLanguagePreference } from './i18n/preference';

Office.onReady(() => {
  installFluent();
  const root = document.getElementById('app');
  if (!root) return;
  startPane(root, {
    gateway: createOfficeGateway(Excel, Office),
    displayLanguage: Office.context?.displayLanguage,
    languagePreference: storedLanguagePreference(globalThis.localStorage),
  });
});
