import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineProcessMessages } from '../../../../src-shared/i18n/engine-process';
import { createTranslator, LOCALES } from '../../../../src-shared/i18n';

// Every `engine.process.*` key that the process engine and derived.ts use has a message in both
// languages with the same placeholders, and the catalog holds no unused key.
const SOURCES = [
  ...readdirSync('src-shared/engine/process').map((f) => join('src-shared/engine/process', f)),
  'src-main/service/derived.ts',
];
const used = new Set<string>();
for (const f of SOURCES) {
  for (const m of readFileSync(f, 'utf8').matchAll(/'engine\.process\.([A-Za-z]+)'/g)) used.add(m[1]);
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The catalog's messages by short key (without `engine.process.`). */
function processTree(locale: (typeof LOCALES)[number]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(engineProcessMessages[locale])) {
    expect(k.startsWith('engine.process.'), k).toBe(true);
    expect(typeof v, k).toBe('string');
    out[k.slice('engine.process.'.length)] = v as string;
  }
  return out;
}

describe('engine.process messages', () => {
  it('has every key used, in zh-CN and en, and no other', () => {
    expect(used.size).toBeGreaterThan(10);
    for (const locale of LOCALES) {
      const messages = processTree(locale);
      expect(Object.keys(messages).sort(), locale).toEqual([...used].sort());
      for (const v of Object.values(messages)) expect(v.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const zh = processTree('zh-CN');
    const en = processTree('en');
    for (const k of Object.keys(zh)) expect(placeholders(zh[k]), k).toEqual(placeholders(en[k]));
  });

  it('is merged into the shared messages without hiding the engine catalog', () => {
    const en = createTranslator('en');
    expect(en.t('engine.process.trimmedFallback', { unit: 'U7', indicator: 'Q', n: 2 })).toBe(
      'Unit U7 has only 2 expert marks on Q, fewer than 3, so the highest and lowest cannot be dropped; the mean is used.',
    );
    expect(createTranslator('zh-CN').t('engine.process.duplicatePeriod', { period: '2025Q1' })).toBe('期间 2025Q1 在分期权重中出现了不止一次。');
    expect(en.t('engine.constantIndicator', { indicator: 'V1.1' })).toContain('V1.1');
  });
});
