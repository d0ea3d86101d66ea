import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, switchLanguage } from '@/i18n/i18n';

/** Switches the whole app between English and Persian; the choice is saved by the app shell. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language">
      {/* The list shows the language by name, so its label is for screen readers only. */}
      <label htmlFor={id} className="visually-hidden">
        {t('header.language')}
      </label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void switchLanguage(event.target.value);
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
