import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { de } from './de';
import { deBoard } from './de-board';

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

/** Set once a page other than the board has asked for all texts. */
let allTexts: Promise<void> | undefined;

/**
 * The board page's German texts ship in the entry; the rest of German is its
 * own chunk (`loadAllTexts`), and English too: the board's part when English is
 * chosen or stored, all of it once a page other than the board has asked for
 * all texts. i18next waits for this backend before it switches, so every
 * `changeLanguage('en')` shows English at once, with no German flash.
 */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language !== 'en') {
      callback(null, deBoard as unknown as ResourceKey);
      return;
    }
    const english = allTexts ? import('./en').then((m) => m.en) : import('./en-board').then((m) => m.enBoard);
    english.then(
      (texts) => callback(null, texts as unknown as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

// Only an explicit choice (stored in localStorage) overrides German: the
// audience is German-speaking first, whatever the browser's language is.
/** Resolves once the stored language's texts are loaded; main.tsx renders after it. */
export const i18nReady: Promise<unknown> = i18next
  .use(lazyLanguages)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { de: { translation: deBoard } },
    // The board's German is bundled; the backend above and loadAllTexts supply the rest.
    partialBundledLanguages: true,
    fallbackLng: 'de',
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // German (bundled) is ready synchronously; only English waits for its chunk.
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage'],
      caches: ['localStorage'],
      lookupLocalStorage: 'mutopia-language',
    },
  });

/**
 * Loads the texts beyond the board's: the rest of German, and of English if
 * the board's English is already here. Every page but the board awaits this
 * before it renders: see App.tsx.
 */
export function loadAllTexts(): Promise<void> {
  allTexts ??= Promise.all([
    import('./de').then((m) => {
      i18next.addResourceBundle('de', 'translation', m.de, true, true);
    }),
    i18next.hasResourceBundle('en', 'translation')
      ? import('./en').then((m) => {
          i18next.addResourceBundle('en', 'translation', m.en, true, true);
        })
      : undefined,
  ]).then(() => undefined);
  return allTexts;
}

export function currentLanguage(): Language {
  const lng = i18next.resolvedLanguage;
  return lng === 'en' ? 'en' : 'de';
}

export { i18next };
