import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import { KaopingError } from '../../../src-shared/api/errors';
import { cleanup, smallCounty, tempDir } from './helpers';

afterEach(cleanup);

function keyOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KaopingError);
    return (e as KaopingError).key;
  }
  throw new Error('expected a KaopingError');
}

describe('weight schemes', () => {
  it('saves, lists and replaces a scheme, auditing both versions', () => {
    const store = openStore(join(tempDir(), 'k.db'), { user: 'lead' });
    store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
    const weights = [
      { indicator: 'ECO', category: null, weight: 70 },
      { indicator: 'ECO', category: '集聚提升', weight: 80 },
      { indicator: 'SOC', category: null, weight: 30 },
    ];
    const first = store.saveScheme({ name: '2024 方案', note: '初稿', weights });
    expect(first).toMatchObject({ name: '2024 方案', note: '初稿', isBaseline: false, finalisedAt: null, settings: {}, weights });
    const second = store.saveScheme({ name: '2024 方案', weights: weights.slice(1) });
    expect(second).toEqual({ ...first, note: null, weights: weights.slice(1) });
    expect(store.listSchemes()).toEqual([second]);

    const audit = store.listAudit().filter((e) => e.entity === 'weight_scheme');
    expect(audit.map((e) => [e.action, e.entityKey, e.user, e.before, e.after])).toEqual([
      ['save', '2024 方案', 'lead', null, first],
      ['save', '2024 方案', 'lead', first, second],
    ]);
    store.close();
  });

  it('refuses unknown indicators, bad and duplicate weights, and writes nothing', () => {
    const store = openStore(join(tempDir(), 'k.db'));
    store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
    const save = (indicator: string, weight: number, twice = false) => () =>
      store.saveScheme({
        name: 'x',
        weights: [{ indicator, category: null, weight }, ...(twice ? [{ indicator, category: null, weight }] : [])],
      });
    expect(keyOf(save('NOPE', 1))).toBe('store.unknownWeightIndicator');
    expect(keyOf(save('ECO', -1))).toBe('store.invalidWeight');
    expect(keyOf(save('ECO', Number.POSITIVE_INFINITY))).toBe('store.invalidWeight');
    expect(keyOf(save('ECO', 1, true))).toBe('store.duplicateWeight');
    expect(store.listSchemes()).toEqual([]);
    expect(store.listAudit().map((e) => e.action)).toEqual(['import']);
    store.close();
  });
});
