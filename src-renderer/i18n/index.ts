import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, sharedMessages, type Locale } from '../../src-shared/i18n';
import { uiStrings } from './catalogs';

const STORAGE_KEY = 'kaoping.lang';

function storedLocale(): Locale {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'zh-CN' ? v : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** UI strings (`ui.*`) on top of the shared message keys (io.*, engine.*, service.*, api.*). */
export const resources = {
  'zh-CN': { translation: { ...sharedMessages['zh-CN'], ...uiStrings['zh-CN'] } },
  en: { translation: { ...sharedMessages.en, ...uiStrings.en } },
};

void i18next.use(initReactI18next).init({
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  initAsync: false,
  resources,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18next.language;

/** Switches the UI language and remembers the choice. */
export function setLocale(locale: Locale): void {
  void i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage may be unavailable; the choice then lasts for this session only
  }
}

export function currentLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}

export { i18next };
