import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../src-shared/i18n';
import { scenariosMessages } from '../../../../src-shared/i18n/scenarios';

// Every `scenarios.*` key the scenario and sensitivity code uses has a message in both
// languages with the same placeholders, and the params each throw site passes fill them all.
const dirs = ['src-shared/engine/sensitivity', 'src-shared/engine/scenarios'];
const files = [
  ...dirs.flatMap((d) => readdirSync(d).map((f) => join(d, f))),
  'src-main/service/whatif.ts',
  'src-main/service/sensitivity.ts',
  'src-main/store/repositories/scenarios.ts',
  'src-main/cli/commands/sensitivity.ts',
  'src-main/cli/commands/whatif.ts',
  'src-main/cli/commands/scenario.ts',
];
/** key → the parameter names of each `new KaopingError('scenarios.x', { a, b: … })` site. */
const sites = new Map<string, string[][]>();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/KaopingError\('(scenarios\.\w+)'(?:, \{([^}]*)\})?/g)) {
    const params = (m[2] ?? '')
      .split(',')
      .map((p) => p.trim().split(':')[0].trim())
      .filter(Boolean);
    sites.set(m[1], [...(sites.get(m[1]) ?? []), params]);
  }
}

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
const messages = (locale: 'zh-CN' | 'en') => scenariosMessages[locale].scenarios as Record<string, string>;

describe('scenario and sensitivity messages', () => {
  it('has every key thrown, in both languages, with each site passing every placeholder', () => {
    expect(sites.size).toBeGreaterThan(15);
    for (const [key, uses] of sites) {
      const name = key.slice('scenarios.'.length);
      const zh = messages('zh-CN')[name];
      const en = messages('en')[name];
      expect(typeof zh, `zh-CN ${key}`).toBe('string');
      expect(typeof en, `en ${key}`).toBe('string');
      expect(placeholders(zh), key).toEqual(placeholders(en));
      for (const params of uses) expect([...params].sort(), key).toEqual(expect.arrayContaining(placeholders(zh)));
    }
  });

  it('keeps both languages alike and reaches the translator', () => {
    expect(Object.keys(messages('zh-CN')).sort()).toEqual(Object.keys(messages('en')).sort());
    const t = createTranslator('en');
    expect(t.t('scenarios.badFactor', { edit: 2, unit: 'V1', indicator: 'I1', value: '-1' })).toBe(
      'Data change 2 (I1 of V1): the factor "-1" is not valid; it must be at least 0 (1.3 means +30%).',
    );
  });
});
