import { Lang } from '../taskpane/i18n/language';

const STRINGS = {
  sv: {
    title: 'Budgetsim – förhandsvisning',
    intro: 'Tilläggets åtgärdsfönster i en vanlig webbläsare, mot en arbetsbok i minnet. Ingen Excel behövs.',
    pane: 'Budgetsim-fönstret',
    workbook: 'Arbetsboken',
    inMemory: 'I minnet, så som Excel skulle visa den.',
    sheets: 'Blad',
    empty: 'Arbetsboken är tom. Skapa en modell i fönstret till vänster.',
    download: 'Ladda ner som .xlsx',
    nothingToDownload: 'Skriv en modell till arbetsboken först.',
    emptySheets: 'Tomma blad visas inte: {names}.',
  },
  en: {
    title: 'Budgetsim – preview',
    intro: "The add-in's task pane in an ordinary browser, against an in-memory workbook. No Excel needed.",
    pane: 'Budgetsim pane',
    workbook: 'Workbook',
    inMemory: 'In memory, as Excel would show it.',
    sheets: 'Sheets',
    empty: 'The workbook is empty. Create a model in the pane on the left.',
    download: 'Download as .xlsx',
    nothingToDownload: 'Write a model to the workbook first.',
    emptySheets: 'Empty sheets are not shown: {names}.',
  },
} as const;

export type PreviewStrings = Record<Exclude<keyof (typeof STRINGS)['sv'], 'emptySheets'>, string> & { emptySheets(names: string): string };

export function previewStrings(lang: Lang): PreviewStrings {
  const t = STRINGS[lang];
  return { ...t, emptySheets: (names) => t.emptySheets.replace('{names}', names) };
}
