// English / Español toggle; the choice is remembered on this browser.
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, switchLanguage } from '../i18n/i18n';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__option"
          aria-pressed={language === active}
          onClick={() => {
            void switchLanguage(language);
          }}
        >
          {t(`language.names.${language}`)}
        </button>
      ))}
    </div>
  );
}
