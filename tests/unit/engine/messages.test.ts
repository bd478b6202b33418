import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineMessages } from '../../../src-shared/i18n/engine';
import { createTranslator } from '../../../src-shared/i18n';

// Every `engine.*` key the engine's core (src-shared/engine/*.ts and results/) can throw or
// warn with has a message in both languages, with the same placeholders. The other engine
// folders (scoring, weights, stats, process) keep their keys in catalogs of their own, with
// tests of their own.
function files(dir: string, recurse: boolean): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return recurse ? files(path, true) : [];
    return path.endsWith('.ts') ? [path] : [];
  });
}
const used = new Set<string>();
for (const f of [...files('src-shared/engine', false), ...files('src-shared/engine/results', true)]) {
  for (const m of readFileSync(f, 'utf8').matchAll(/'engine\.([A-Za-z]+)'/g)) used.add(m[1]);
}
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

describe('engine messages', () => {
  it('has every key the engine uses, in zh-CN and en, with the same placeholders', () => {
    expect(used.size).toBeGreaterThan(25);
    const zh = engineMessages['zh-CN'].engine as Record<string, string>;
    const en = engineMessages.en.engine as Record<string, string>;
    for (const key of used) {
      expect(typeof zh[key], `zh-CN engine.${key}`).toBe('string');
      expect(typeof en[key], `en engine.${key}`).toBe('string');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills the placeholders', () => {
    const t = createTranslator('en');
    expect(t.t('engine.constantIndicator', { indicator: 'V1.1' })).toContain('V1.1');
    expect(createTranslator('zh-CN').t('engine.geometricZero', { indicator: 'L1', unit: 'u7' })).toContain('u7');
    expect(t.t('engine.quotaLastGrade', { grade: '较差' })).toContain('较差');
  });
});
