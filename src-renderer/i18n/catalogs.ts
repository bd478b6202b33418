import { en } from './en';
import { zhCN } from './zh-CN';
import { weightsStrings } from './areas/weights';
import { schemesStrings } from './areas/schemes';
import { rankingStrings } from './areas/ranking';
import { peersStrings } from './areas/peers';
import { whatifStrings } from './areas/whatif';
import { sensitivityStrings } from './areas/sensitivity';

/** The UI strings of both languages: the base catalogs plus one catalog per screen area
 * (src-renderer/i18n/areas/*), each `{ zhCN, en }` under its own `ui.<area>` key, merged deeply
 * so that areas can be written side by side. */
export type StringTree = { [key: string]: string | StringTree };

export interface AreaStrings<T extends StringTree = StringTree> {
  zhCN: T;
  en: T;
}

export function deepMerge(target: StringTree, source: StringTree): StringTree {
  const out: StringTree = { ...target };
  for (const [k, v] of Object.entries(source)) {
    const t = out[k];
    out[k] = typeof v === 'object' && typeof t === 'object' ? deepMerge(t, v) : v;
  }
  return out;
}

const areas: AreaStrings[] = [weightsStrings, schemesStrings, rankingStrings, peersStrings, whatifStrings, sensitivityStrings];

export const uiStrings: { 'zh-CN': StringTree; en: StringTree } = {
  'zh-CN': areas.reduce((acc, a) => deepMerge(acc, a.zhCN), zhCN as StringTree),
  en: areas.reduce((acc, a) => deepMerge(acc, a.en), en as StringTree),
};
