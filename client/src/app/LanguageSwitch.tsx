import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          className="segmented__option"
          lang={lng}
          aria-pressed={active === lng}
          // The name starts with the visible code ("DE – Deutsch"): voice control users say what they see.
          aria-label={`${lng.toUpperCase()} – ${t(`language.${lng}`)}`}
          data-testid={`lang-${lng}`}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
