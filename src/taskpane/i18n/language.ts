export type Lang = 'sv' | 'en';

/** Office's display language ("sv-SE", "en-US", ...): Swedish for every sv variant, else English; Swedish when unknown. */
export function languageFromDisplay(displayLanguage: string | undefined | null): Lang {
  const tag = (displayLanguage ?? '').trim().toLowerCase();
  if (tag === '') return 'sv';
  return tag === 'sv' || tag.startsWith('sv-') || tag.startsWith('sv_') ? 'sv' : 'en';
}

/** The BCP 47 locale the language's numbers are written in. */
export function localeOf(lang: Lang): string {
  return lang === 'sv' ? 'sv-SE' : 'en-US';
}
