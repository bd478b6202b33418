import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineMessages } from '../../../src-shared/i18n/engine';
import { createTranslator } from '../../../src-shared/i18n';

// Every `engine.*` key the engine can throw or warn with has a message in both languages.
const dir = 'src-shared/engine';
const used = new Set<string>();
for (const f of readdirSync(dir)) {
  for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'engine\.([A-Za-z]+)'/g)) used.add(m[1]);
}

describe('engine messages', () => {
  it('has every key the engine uses, in zh-CN and en', () => {
    expect(used.size).toBeGreaterThan(15);
    for (const locale of ['zh-CN', 'en'] as const) {
      const messages = engineMessages[locale].engine as Record<string, string>;
      for (const key of used) expect(typeof messages[key], `${locale} engine.${key}`).toBe('string');
    }
  });

  it('fills the placeholders', () => {
    const t = createTranslator('en');
    expect(t.t('engine.constantIndicator', { indicator: 'V1.1' })).toContain('V1.1');
    expect(createTranslator('zh-CN').t('engine.geometricZero', { indicator: 'L1', unit: 'u7' })).toContain('u7');
  });
});
