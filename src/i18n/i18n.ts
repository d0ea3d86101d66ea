/**
 * i18next set up with the app's strings of one language at a time: each language is its own
 * chunk, fetched when it is first used (the first screen needs only one). The document's `lang`,
 * `dir` and title follow the language from here, in one place.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { APP_STRINGS, isLanguage, LANGUAGES, pickLanguage, type Language } from './languages';

export { isLanguage, LANGUAGES, pickLanguage, type Language };

/** Makes a language's app strings available (fetched once, the first time it is asked for). */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'app')) return;
  const { default: strings } = await APP_STRINGS[language]();
  i18next.addResourceBundle(language, 'app', strings);
}

/** Switches the app to another language once its strings are there. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

export function directionOf(language: string): 'ltr' | 'rtl' {
  return language === 'fa' ? 'rtl' : 'ltr';
}

/** Initialises the shared i18next instance with `language`'s strings and keeps `<html>` in step with it. */
export async function initI18n(language: Language) {
  if (!i18next.isInitialized) {
    const { default: strings } = await APP_STRINGS[language]();
    await i18next.use(initReactI18next).init({
      lng: language,
      // Both languages are complete (a test keeps them so): a missing string is never filled from the other.
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      ns: ['app'],
      defaultNS: 'app',
      // Strings are added as they are loaded (languages here, features' namespaces as they load).
      resources: { [language]: { app: strings } },
      partialBundledLanguages: true,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.on('languageChanged', applyToDocument);
  } else if (i18next.language !== language) {
    await switchLanguage(language);
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
