import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src-main/store';
import { openDatabase } from '../../../src-main/store/db';
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

/** A store on the small county with two schemes: A (two weights, one per category) and B. */
function twoSchemes(): { store: Store; path: string } {
  const path = join(tempDir(), 'k.db');
  const store = openStore(path, { user: 'lead' });
  store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
  store.saveScheme({
    name: 'A',
    note: 'first',
    weights: [
      { indicator: 'ECO', category: null, weight: 55 },
      { indicator: 'SOC', category: '集聚提升', weight: 45 },
    ],
    settings: { outliers: 'auto' },
  });
  store.saveScheme({ name: 'B', weights: [{ indicator: 'SOC', category: null, weight: 35 }] });
  return { store, path };
}

/** The scheme tables and the audit log read through a second connection: what is committed. */
function tables(path: string): { schemes: unknown[]; weights: unknown[]; audit: number } {
  const db = openDatabase(path);
  try {
    return {
      schemes: db.prepare('SELECT * FROM weight_schemes ORDER BY id').all(),
      weights: db.prepare('SELECT * FROM scheme_weights ORDER BY rowid').all(),
      audit: (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

/** Expects `fn` to be refused with `key` and `params`, and the database to be left exactly as it was. */
function expectRefused(path: string, fn: () => unknown, key: string, params: Record<string, string>): void {
  const before = tables(path);
  let error: unknown = null;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(KaopingError);
  expect({ key: (error as KaopingError).key, params: (error as KaopingError).params }).toEqual({ key, params });
  expect(tables(path)).toEqual(before);
}

const schemeAudit = (store: Store) => store.listAudit().filter((e) => e.entity === 'weight_scheme');

describe('renaming a scheme', () => {
  it('moves its weights and settings with it and audits both versions', () => {
    const { store, path } = twoSchemes();
    const [a] = store.listSchemes();
    const weightRowsBefore = tables(path).weights.length;
    const renamed = store.renameScheme('A', '2025 定稿前', 'analyst');
    expect(renamed).toEqual({ ...a, name: '2025 定稿前' });
    expect(store.listSchemes().map((s) => s.name)).toEqual(['2025 定稿前', 'B']);
    // same rows (keyed by the scheme's id, which does not change): 2 of A + 1 of B
    expect(tables(path).weights.length).toBe(weightRowsBefore);
    expect(weightRowsBefore).toBe(3);
    const last = schemeAudit(store).at(-1);
    expect(last).toMatchObject({ action: 'rename', entityKey: '2025 定稿前', user: 'analyst', before: a, after: renamed });
    store.close();
  });

  it('changes nothing when the name stays the same', () => {
    const { store, path } = twoSchemes();
    const before = tables(path);
    expect(store.renameScheme('B', 'B').name).toBe('B');
    expect(tables(path)).toEqual(before);
    store.close();
  });

  it('refuses a taken name, a finalised scheme and an unknown one, writing nothing', () => {
    const { store, path } = twoSchemes();
    expectRefused(path, () => store.renameScheme('A', 'B'), 'store.schemeNameTaken', { name: 'B' });
    expectRefused(path, () => store.renameScheme('C', 'D'), 'store.unknownScheme', { name: 'C', known: 'A, B' });
    store.finaliseScheme('A');
    expectRefused(path, () => store.renameScheme('A', 'A2'), 'store.schemeFinalised', { name: 'A' });
    store.close();
  });
});

describe('deleting a scheme', () => {
  it('removes it with its weights (cascade) and keeps it whole in the audit entry', () => {
    const { store, path } = twoSchemes();
    const [a, b] = store.listSchemes();
    expect(store.deleteScheme('A', 'analyst')).toEqual(a);
    expect(store.listSchemes()).toEqual([b]);
    const left = tables(path).weights as { scheme_id: number; indicator: string }[];
    // only B's one row is left: A's two went with it
    expect(left.map((w) => [w.scheme_id, w.indicator])).toEqual([[b.id, 'SOC']]);
    expect(schemeAudit(store).at(-1)).toMatchObject({ action: 'delete', entityKey: 'A', user: 'analyst', before: a, after: null });
    store.close();
  });

  it('refuses while finalised results use it, and an unknown name, writing nothing', () => {
    const { store, path } = twoSchemes();
    const finalised = store.finaliseScheme('A');
    const day = (finalised.finalisedAt as string).slice(0, 10);
    expectRefused(path, () => store.deleteScheme('A'), 'store.schemeFinalisedNoDelete', { name: 'A', finalisedAt: day });
    expectRefused(path, () => store.deleteScheme('Z'), 'store.unknownScheme', { name: 'Z', known: 'A, B' });
    store.close();
  });

  it('refuses a scheme a scenario is built on (a plain foreign-key failure otherwise)', () => {
    const { store, path } = twoSchemes();
    const b = store.listSchemes()[1];
    const db = openDatabase(path);
    db.prepare("INSERT INTO scenarios (name, scheme_id, created_at) VALUES ('旱年', ?, '2026-01-01T00:00:00Z')").run(b.id);
    db.close();
    expectRefused(path, () => store.deleteScheme('B'), 'store.schemeUsedByScenario', { name: 'B', scenario: '旱年' });
    store.close();
  });
});

describe('the baseline scheme', () => {
  it('is exactly one scheme or none, each change audited with the baseline before and after', () => {
    const { store } = twoSchemes();
    const baselines = (list: { name: string; isBaseline: boolean }[]) => list.filter((s) => s.isBaseline).map((s) => s.name);
    expect(baselines(store.setBaselineScheme('A'))).toEqual(['A']);
    expect(baselines(store.setBaselineScheme('B'))).toEqual(['B']);
    expect(baselines(store.listSchemes())).toEqual(['B']);
    expect(baselines(store.setBaselineScheme(null))).toEqual([]);
    expect(schemeAudit(store).slice(-3).map((e) => [e.action, e.entityKey, e.before, e.after])).toEqual([
      ['setBaseline', 'A', { baseline: null }, { baseline: 'A' }],
      ['setBaseline', 'B', { baseline: 'A' }, { baseline: 'B' }],
      ['setBaseline', null, { baseline: 'B' }, { baseline: null }],
    ]);
    store.close();
  });

  it('may be a finalised scheme; marking the same baseline again writes nothing', () => {
    const { store, path } = twoSchemes();
    store.finaliseScheme('A');
    expect(store.setBaselineScheme('A').find((s) => s.name === 'A')?.isBaseline).toBe(true);
    const before = tables(path);
    store.setBaselineScheme('A');
    expect(tables(path)).toEqual(before);
    store.setBaselineScheme(null);
    const cleared = tables(path);
    store.setBaselineScheme(null);
    expect(tables(path)).toEqual(cleared);
    store.close();
  });

  it('refuses an unknown scheme, keeping the current baseline', () => {
    const { store, path } = twoSchemes();
    store.setBaselineScheme('B');
    expectRefused(path, () => store.setBaselineScheme('nope'), 'store.unknownScheme', { name: 'nope', known: 'A, B' });
    expect(store.listSchemes().map((s) => s.isBaseline)).toEqual([false, true]);
    store.close();
  });
});

describe('finalising a scheme', () => {
  it('sets finalisedAt once and audits it; save, rename and delete then refuse', () => {
    const { store, path } = twoSchemes();
    const [a] = store.listSchemes();
    const from = new Date().toISOString();
    const finalised = store.finaliseScheme('A', 'chair');
    const to = new Date().toISOString();
    expect(finalised).toEqual({ ...a, finalisedAt: finalised.finalisedAt });
    // ISO timestamps compare as strings
    expect(finalised.finalisedAt! >= from && finalised.finalisedAt! <= to).toBe(true);
    expect(schemeAudit(store).at(-1)).toMatchObject({ action: 'finalise', entityKey: 'A', user: 'chair', before: a, after: finalised });

    const day = finalised.finalisedAt!.slice(0, 10);
    expectRefused(path, () => store.finaliseScheme('A'), 'store.schemeAlreadyFinalised', { name: 'A', finalisedAt: day });
    expectRefused(path, () => store.saveScheme({ name: 'A', weights: [] }), 'store.schemeFinalised', { name: 'A' });
    expectRefused(path, () => store.renameScheme('A', 'A2'), 'store.schemeFinalised', { name: 'A' });
    expectRefused(path, () => store.deleteScheme('A'), 'store.schemeFinalisedNoDelete', { name: 'A', finalisedAt: day });
    expectRefused(path, () => store.finaliseScheme('nope'), 'store.unknownScheme', { name: 'nope', known: 'A, B' });
    store.close();
  });
});
