import i18next, { type i18n } from 'i18next';
import { ioMessages } from './io';
import { engineMessages } from './engine';
import { serviceMessages } from './service';
import { engineProcessMessages } from './engine-process';
import { engineScoringMessages } from './engine-scoring';
import { engineWeightsMessages } from './engine-weights';
import { scenariosMessages } from './scenarios';
import { peersMessages } from './peers';

/** Messages that the engine, the importer and the service produce as keys, in both UI
 * languages. The renderer adds its own UI strings on top; the CLI uses these directly. */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type MessageTree = { [key: string]: string | MessageTree };
export type Catalog = Record<Locale, MessageTree>;

function merge(...catalogs: Catalog[]): Catalog {
  const out: Catalog = { 'zh-CN': {}, en: {} };
  for (const c of catalogs) for (const l of LOCALES) Object.assign(out[l], c[l]);
  return out;
}

export const sharedMessages: Catalog = merge(ioMessages, engineMessages, serviceMessages, engineScoringMessages, engineProcessMessages, engineWeightsMessages, peersMessages, scenariosMessages);

/** A ready i18next instance over the shared messages (for the CLI and the service). */
export function createTranslator(locale: Locale): i18n {
  const inst = i18next.createInstance();
  void inst.init({
    lng: locale,
    fallbackLng: 'en',
    initAsync: false,
    showSupportNotice: false,
    resources: { 'zh-CN': { translation: sharedMessages['zh-CN'] }, en: { translation: sharedMessages.en } },
    interpolation: { escapeValue: false },
  });
  return inst;
}

/** Picks the UI language from a locale string such as `zh_CN.UTF-8` or `en-GB`. */
export function localeFrom(tag: string | undefined | null): Locale {
  if (!tag) return DEFAULT_LOCALE;
  return /^en/i.test(tag) ? 'en' : DEFAULT_LOCALE;
}
