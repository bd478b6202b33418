import { match, pinyin } from 'pinyin-pro';

/** Chinese names sort by their pinyin (as a Chinese reader expects: 安 before 北 before 陈),
 * not by UTF-16 code units. Keys are cached: a sort calls the comparator n·log n times. */
const keys = new Map<string, string>();

export function pinyinKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = pinyin(text, { toneType: 'num', type: 'array', nonZh: 'consecutive' })
      .join(' ')
      .toLowerCase();
    if (keys.size > 50_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/** Compares two names by pinyin, then by the text itself so different names never tie. */
export function comparePinyin(a: string, b: string): number {
  const ka = pinyinKey(a);
  const kb = pinyinKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a unit matches a search box entry: part of the name or code, or the name's pinyin
 * (full or initials, e.g. `dhc` or `donghe` for 东河村). */
export function matchesSearch(query: string, name: string, code?: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (name.toLowerCase().includes(q)) return true;
  if (code && code.toLowerCase().includes(q)) return true;
  if (!/^[a-z]+$/.test(q)) return false;
  return match(name, q, { continuous: true }) !== null;
}
