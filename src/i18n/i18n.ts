/**
 * i18next set up with both languages bundled (they are small and the first screen needs one of
 * them at once). The document's `lang`, `dir` and title follow the language from here, in one place.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@locales/en/app.json';
import fa from '@locales/fa/app.json';

export const LANGUAGES = ['en', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = { en: { app: en }, fa: { app: fa } } as const;

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

export function directionOf(language: string): 'ltr' | 'rtl' {
  return language === 'fa' ? 'rtl' : 'ltr';
}

/** Initialises the shared i18next instance synchronously and keeps `<html>` in step with it. */
export function initI18n(language: Language) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      ns: ['app'],
      defaultNS: 'app',
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.on('languageChanged', applyToDocument);
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  applyToDocument(i18next.language);
  return i18next;
}

function applyToDocument(language: string): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
  document.title = i18next.t('app.documentTitle');
}
