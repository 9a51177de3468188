import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}

function reflectLanguage(lng: string): void {
  document.documentElement.lang = lng;
}

i18next.on('languageChanged', reflectLanguage);

// Only an explicit choice (stored in localStorage) overrides German: the
// audience is German-speaking first, whatever the browser's language is.
void i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { de: { translation: de }, en: { translation: en } },
    fallbackLng: 'de',
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage'],
      caches: ['localStorage'],
      lookupLocalStorage: 'mutopia-language',
    },
  });

export function currentLanguage(): Language {
  const lng = i18next.resolvedLanguage;
  return lng === 'en' ? 'en' : 'de';
}

export { i18next };
