import type { i18n as I18n } from 'i18next';
import { saveLanguage, type KeyValueStorage } from '@/persistence/local-storage';
import { setNewCanvasLanguage } from '@/store/canvas-store';
import { withoutHistory } from '@/store/history';

/** Remembers the language the user picks; new canvases are written in it. */
export function rememberLanguage(i18n: I18n, storage: KeyValueStorage | null): void {
  // Not a step of history: nothing the user wrote changes.
  withoutHistory(() => setNewCanvasLanguage(i18n.language));
  i18n.on('languageChanged', (language) => {
    saveLanguage(storage, language);
    withoutHistory(() => setNewCanvasLanguage(language));
  });
}
