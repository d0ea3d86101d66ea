import type { i18n as I18n } from 'i18next';
import i18next from 'i18next';
import { isLanguage, switchLanguage } from '@/i18n/i18n';
import { browserStorage, loadLanguage, saveLanguage, type KeyValueStorage } from '@/persistence/local-storage';
import { setNewCanvasLanguage } from '@/store/canvas-store';
import { withoutHistory } from '@/store/history';

/** Set while the app follows a shared canvas's language: that is not the reader's choice. */
let following = false;

/** Remembers the language the user picks; new canvases are written in it. */
export function rememberLanguage(i18n: I18n, storage: KeyValueStorage | null): void {
  // Not a step of history: nothing the user wrote changes.
  withoutHistory(() => setNewCanvasLanguage(i18n.language));
  i18n.on('languageChanged', (language) => {
    if (following) return;
    saveLanguage(storage, language);
    withoutHistory(() => setNewCanvasLanguage(language));
  });
}

/**
 * Shows a canvas opened from a link in the language it was written in, when the reader has not
 * chosen a language of their own (a Persian canvas opened in an English browser reads right to
 * left, in Persian). Not remembered as a choice: the next visit starts as before.
 */
export function followCanvasLanguage(language: string | undefined, storage: KeyValueStorage | null = browserStorage()): void {
  if (!isLanguage(language) || language === i18next.language || loadLanguage(storage) !== null) return;
  following = true;
  switchLanguage(language)
    .catch((error: unknown) => console.error('Could not show the canvas in its language:', error))
    .finally(() => {
      following = false;
    });
}
