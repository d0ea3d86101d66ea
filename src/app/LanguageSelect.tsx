import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { isLanguage, LANGUAGES, switchLanguage, type Language } from '@/i18n/i18n';
import { missingCode } from '@/ui/missing-code';

/** Switches the whole app between English and Persian; the choice is saved by the app shell. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  // The choice shows at once, even where the other language's strings must be fetched first (a page
  // without them in it: the dev server), which may take a moment, or fail offline.
  const [chosen, setChosen] = useState<Language | null>(null);
  return (
    <div className="language">
      {/* The list shows the language by name, so its label is for screen readers only. */}
      <label htmlFor={id} className="visually-hidden">
        {t('header.language')}
      </label>
      <select
        id={id}
        value={chosen ?? i18n.language}
        aria-busy={chosen !== null || undefined}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          setChosen(language);
          switchLanguage(language)
            // The language's name, then why its words did not come.
            .catch((error: unknown) => missingCode(error, () => `${t(`languages.${language}`)}: ${t('dialog.loadFailed')}`))
            .finally(() => setChosen(null));
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language} dir={language === 'fa' ? 'rtl' : 'ltr'}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
