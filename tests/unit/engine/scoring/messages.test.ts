import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../src-shared/i18n';

// Every message key the scoring and statistics code and `kaoping stats` use has a message in
// both languages, found through the shared translator (as the CLI and the app look it up).
const files = [
  ...['src-shared/engine/scoring', 'src-shared/engine/stats'].flatMap((d) => readdirSync(d).map((f) => join(d, f))),
  'src-main/cli/commands/stats.ts',
];
const used = new Set<string>();
for (const f of files) {
  for (const m of readFileSync(f, 'utf8').matchAll(/'((?:engine|cli)\.[A-Za-z.]+[A-Za-z])'/g)) used.add(m[1]);
}
// The CLI builds the column and treatment keys from their names.
for (const k of ['code', 'n', 'availability', 'min', 'max', 'mean', 'sd', 'skewness', 'kurtosis', 'zeros', 'outliers', 'none', 'log']) {
  used.add(`cli.stats.${k}`);
}

describe('scoring and statistics messages', () => {
  it('has every key in zh-CN and en', () => {
    expect(used.size).toBeGreaterThan(20);
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = createTranslator(locale).t;
      for (const key of used) expect(t(key, { indicator: 'V1.1' }), `${locale} ${key}`).not.toBe(key);
    }
  });

  it('fills the placeholders', () => {
    const t = createTranslator('zh-CN').t;
    expect(t('engine.scoring.growthNoBase', { indicator: 'V1.2', count: 2, units: 'u4, u5' })).toContain('u4, u5');
    expect(createTranslator('en').t('engine.scoring.constantInCategory', { indicator: 'V1', category: '城郊融合' })).toContain('城郊融合');
  });
});
