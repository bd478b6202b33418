import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceMessages } from '../../src-shared/i18n/service';

// Every `service.*` and `store.*` key the main process throws, or the renderer and the CLI
// compare a refusal with, has a message in both languages with the same placeholders: a key
// renamed on one side only would reach the user as a bare key, or silently skip a fallback.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}
const used = new Map<string, Set<string>>([
  ['service', new Set()],
  ['store', new Set()],
]);
for (const f of [...files('src-main'), ...files('src-renderer'), ...files('src-shared')]) {
  for (const m of readFileSync(f, 'utf8').matchAll(/'(service|store)\.([A-Za-z]+)'/g)) used.get(m[1])!.add(m[2]);
}
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

describe('service and store messages', () => {
  it('has every key the code uses, in zh-CN and en, with the same placeholders', () => {
    expect(used.get('service')!.size).toBeGreaterThan(3);
    expect(used.get('store')!.size).toBeGreaterThan(10);
    for (const [area, keys] of used) {
      const zh = serviceMessages['zh-CN'][area] as Record<string, string>;
      const en = serviceMessages.en[area] as Record<string, string>;
      for (const key of keys) {
        expect(typeof zh[key], `zh-CN ${area}.${key}`).toBe('string');
        expect(typeof en[key], `en ${area}.${key}`).toBe('string');
        expect(placeholders(zh[key]), `${area}.${key}`).toEqual(placeholders(en[key]));
      }
    }
  });
});
