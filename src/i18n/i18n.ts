/**
 * The translator set up with the app's strings of one language at a time: a language's strings are
 * added when it is first used, from the page (or fetched, where the page has none: ./languages). The
 * document's `lang`, `dir` and title follow the language from here, in one place.
 */
import { directionOf, translator } from './translator';
import { APP_STRINGS, isLanguage, LANGUAGES, pickLanguage, type Language } from './languages';

export { directionOf, isLanguage, LANGUAGES, pickLanguage, type Language };

/** Makes a language's app strings available (added once, the first time it is asked for). */
export async function loadLanguage(language: Language): Promise<void> {
  if (translator.hasResourceBundle(language, 'app')) return;
  const { default: strings } = await APP_STRINGS[language]();
  translator.addResourceBundle(language, 'app', strings);
}

/** Switches the app to another language once its strings are there. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await translator.changeLanguage(language);
}

/** Sets the shared translator up with `language`'s strings and keeps `<html>` in step with it. */
export async function initI18n(language: Language) {
  // Both languages are complete (a test keeps them so): a missing string is never filled from the other.
  // Strings are added as they are loaded (languages here, features' namespaces as they load).
  if (!translator.isInitialized) translator.on('languageChanged', applyToDocument);
  await switchLanguage(language);
  applyToDocument(translator.language);
  return translator;
}

function applyToDocument(language: string): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
  document.title = translator.t('app.documentTitle');
}
