import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ioMessages } from '../../../src-shared/i18n/io';
import { LOCALES, type MessageTree } from '../../../src-shared/i18n';

const IO_DIR = fileURLToPath(new URL('../../../src-main/io', import.meta.url));

/** Every message key written in src-main/io (as a string literal 'io.…'). */
function keysInSource(): string[] {
  const keys = new Set<string>();
  for (const f of readdirSync(IO_DIR).filter((n) => n.endsWith('.ts'))) {
    for (const m of readFileSync(join(IO_DIR, f), 'utf8').matchAll(/'(io\.[A-Za-z.]+)'/g)) keys.add(m[1]);
  }
  return [...keys].sort();
}

function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('io messages', () => {
  const catalogs = Object.fromEntries(LOCALES.map((l) => [l, flatten(ioMessages[l])]));

  it('finds the keys the importer uses (the scan works)', () => {
    const keys = keysInSource();
    expect(keys).toContain('io.cell.notNumber');
    expect(keys).toContain('io.more');
    expect(keys.length).toBeGreaterThan(30);
  });

  it('has every key the importer emits, in both languages', () => {
    for (const l of LOCALES) {
      const missing = keysInSource().filter((k) => !catalogs[l].has(k));
      expect(missing, l).toEqual([]);
    }
  });

  it('has the same keys and the same placeholders in zh-CN and en', () => {
    const zh = catalogs['zh-CN'];
    const en = catalogs.en;
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, v] of zh) expect(placeholders(v), k).toEqual(placeholders(en.get(k)!));
  });

  it('has no message the importer never emits', () => {
    const used = new Set(keysInSource());
    expect([...catalogs.en.keys()].filter((k) => !used.has(k))).toEqual([]);
  });
});
