import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineMessages } from '../../../../src-shared/i18n/engine';
import { engineWeightsMessages } from '../../../../src-shared/i18n/engine-weights';
import { serviceMessages } from '../../../../src-shared/i18n/service';
import { createTranslator, type Catalog, type MessageTree } from '../../../../src-shared/i18n';

// Every message key the weights code uses has a message in both languages, with the same
// placeholders in both.
const files = [
  ...readdirSync('src-shared/engine/weights').map((f) => join('src-shared/engine/weights', f)),
  'src-main/service/weights.ts',
  'src-main/cli/commands/weights.ts',
  'src-main/cli/commands/ahp.ts',
];
const used = new Set<string>();
for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/'((?:engine|cli)\.[A-Za-z.]+)'/g)) used.add(m[1]);

/** A message by key: a flat dotted property (as engine-weights.ts writes them) or a nested path. */
function lookup(catalog: Catalog, locale: 'zh-CN' | 'en', key: string): string | undefined {
  const flat = catalog[locale][key];
  if (typeof flat === 'string') return flat;
  let node: string | MessageTree | undefined = catalog[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

describe('weights messages', () => {
  it('has every key used, in zh-CN and en, with the same placeholders', () => {
    expect(used.size).toBeGreaterThan(25);
    for (const key of used) {
      const catalog = key.startsWith('engine.weights.') ? engineWeightsMessages : key.startsWith('cli.') ? serviceMessages : engineMessages;
      const zh = lookup(catalog, 'zh-CN', key);
      const en = lookup(catalog, 'en', key);
      expect(typeof zh, `zh-CN ${key}`).toBe('string');
      expect(typeof en, `en ${key}`).toBe('string');
      expect(placeholders(zh!), key).toEqual(placeholders(en!));
    }
  });

  it('keeps its keys under engine.weights and both languages alike', () => {
    const zh = Object.keys(engineWeightsMessages['zh-CN']);
    expect(zh.every((k) => k.startsWith('engine.weights.'))).toBe(true);
    expect(zh.sort()).toEqual(Object.keys(engineWeightsMessages.en).sort());
  });

  it('reach the translator with their placeholders filled', () => {
    const en = createTranslator('en').t;
    expect(en('engine.weights.ahpNotReciprocal', { row: 'D1', column: 'D3', value: '3', mirror: '3', expected: '1/3' })).toBe(
      'The comparison matrix is not reciprocal at cell (D1, D3): D1 over D3 is 3 but D3 over D1 is 3; it should be 1/3.',
    );
    expect(createTranslator('zh-CN').t('engine.weights.zeroColumn', { indicator: 'I9', method: 'entropy' })).toContain('I9');
    // The engine's own messages are still there beside ours.
    expect(en('engine.constantIndicator', { indicator: 'V1' })).toContain('V1');
  });
});
