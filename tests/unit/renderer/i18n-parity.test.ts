import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../src-renderer/i18n/catalogs';

const zhCN = uiStrings['zh-CN'];
const en = uiStrings.en;
import { SCREENS } from '../../../src-renderer/state/nav';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('renderer UI strings', () => {
  const zh = flatten(zhCN);
  const eng = flatten(en);

  it('zh-CN and en have exactly the same keys', () => {
    expect([...eng.keys()].sort()).toEqual([...zh.keys()].sort());
    expect(zh.size).toBeGreaterThan(100);
  });

  it('every key is under ui.', () => {
    for (const k of zh.keys()) expect(k.startsWith('ui.')).toBe(true);
  });

  it('each string uses the same placeholders in both languages', () => {
    for (const [k, v] of zh) expect({ k, p: placeholders(eng.get(k) ?? '') }).toEqual({ k, p: placeholders(v) });
  });

  it('no string is empty', () => {
    for (const [k, v] of [...zh, ...eng]) expect({ k, empty: v.trim() === '' }).toEqual({ k, empty: false });
  });

  it('every screen of the navigation has a label', () => {
    for (const s of SCREENS) {
      expect(zh.get(`ui.nav.${s}`)).toBeTruthy();
      expect(eng.get(`ui.nav.${s}`)).toBeTruthy();
    }
    expect(zh.get('ui.nav.data')).toBe('数据');
    expect(eng.get('ui.nav.ranking')).toBe('Ranking');
  });
});
