import type { i18n as I18n } from 'i18next';
import { saveLanguage, type KeyValueStorage } from '@/persistence/local-storage';

/** Remembers the language the user picks. */
export function rememberLanguage(i18n: I18n, storage: KeyValueStorage | null): void {
  i18n.on('languageChanged', (language) => {
    saveLanguage(storage, language);
  });
}
