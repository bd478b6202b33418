import { uiStrings, type StringTree } from '../../../../src-renderer/i18n/catalogs';

/** The peer charts' strings of one language, read from the real catalogs, so the tests check the
 * labels each language actually shows. */
export type Lang = 'zh-CN' | 'en';
export const LANGS: Lang[] = ['zh-CN', 'en'];

export function chartStrings(lang: Lang): Record<string, string> {
  const ui = uiStrings[lang].ui as StringTree;
  const peers = ui.peers as StringTree;
  return peers.chart as Record<string, string>;
}
