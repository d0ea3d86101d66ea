/**
 * The languages Boom speaks, which one a visitor gets, and where each one's app strings are (in
 * the page, else a chunk of their own). Nothing heavy: the app's first module uses it (see
 * app/early-start).
 */
import { stringsInPage } from './page-strings';

export const LANGUAGES = ['en', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Each language's app strings: read from the page, where the build writes both (./page-strings);
 * else fetched, once however often asked (the dev server; a page without them).
 */
export const APP_STRINGS: Record<Language, () => Promise<{ default: object }>> = {
  en: async () => stringsInPage('en') ?? import('@locales/en/app.json'),
  fa: async () => stringsInPage('fa') ?? import('@locales/fa/app.json'),
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
