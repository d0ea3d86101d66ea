/**
 * The languages Boom speaks, which one a visitor gets, and where each one's app strings are (a
 * chunk of its own). No dependencies: the app's first module uses it to start fetching the
 * strings before the rest of the code has run (see app/early-start).
 */
export const LANGUAGES = ['en', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's app strings; the module loader fetches each once, however often asked. */
export const APP_STRINGS: Record<Language, () => Promise<{ default: object }>> = {
  en: () => import('@locales/en/app.json'),
  fa: () => import('@locales/fa/app.json'),
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved choice if there is one; otherwise the first of the browser's languages we speak. */
export function pickLanguage(saved: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
