import type { Translator } from '@/i18n/translator';
import { translator } from '@/i18n/translator';
import { isLanguage, loadLanguage as loadStrings } from '@/i18n/i18n';
import { browserStorage, type KeyValueStorage } from '@/persistence/local-storage';
import { loadLanguage, saveLanguage } from '@/persistence/preferences';
import { setNewCanvasLanguage } from '@/store/canvas-store';

/** The language the app is switching to because a shared canvas is in it (not the reader's choice), or null. */
let following: string | null = null;

/** Remembers the language the user picks; new canvases are written in it. */
export function rememberLanguage(i18n: Translator, storage: KeyValueStorage | null): void {
  // Not a step of history (the change's origin is `load`): nothing the user wrote changes.
  setNewCanvasLanguage(i18n.language);
  i18n.on('languageChanged', (language) => {
    if (language !== following) saveLanguage(storage, language);
    setNewCanvasLanguage(language);
  });
}

/**
 * Shows a canvas opened from a link in the language it was written in, when the reader has not
 * chosen a language of their own (a Persian canvas opened in an English browser reads right to
 * left, in Persian). Not remembered as a choice: the next visit starts as before.
 */
export function followCanvasLanguage(language: string | undefined, storage: KeyValueStorage | null = browserStorage()): void {
  if (!isLanguage(language) || language === translator.language || loadLanguage(storage) !== null) return;
  following = language;
  const from = translator.language;
  void loadStrings(language)
    // The reader picked a language meanwhile: theirs stands.
    .then(() => (translator.language === from && following === language ? translator.changeLanguage(language) : undefined))
    .catch((error: unknown) => console.error('Could not show the canvas in its language:', error))
    .finally(() => {
      if (following === language) following = null;
    });
}
