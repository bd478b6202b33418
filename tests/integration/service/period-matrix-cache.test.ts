import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodMatrix } from '../../../src-main/service/observations';
import { openStore, type Store } from '../../../src-main/store';
import type { Workbook } from '../../../src-shared/model';
import { cleanup, countingStore, tempDir } from '../store/helpers';
import { peersCounty } from './peers-fixture';

// A period's raw matrix is read from SQLite once and kept (about 2 s at 20,000 units × 60
// indicators, and every call needs it), until the store's data revision changes: an import
// through this store or a commit by another connection to the same file. Each caller gets its
// own copy.

let path: string;
let store: Store;
let reads: string[];

/** The peers county with one value of 2025 changed (I1 of the first unit that has it). */
function changed(by: number): { workbook: Workbook; unit: string } {
  const workbook = peersCounty();
  const o = workbook.observations.find((x) => x.period === '2025' && x.indicator === 'I1' && x.value !== null)!;
  o.value = o.value! + by;
  return { workbook, unit: o.unit };
}

const valueOf = (s: Store, unit: string): number => {
  const m = periodMatrix(s, '2025');
  return m.values[m.leafCodes.indexOf('I1') * m.unitCodes.length + m.unitCodes.indexOf(unit)];
};

beforeEach(() => {
  path = join(tempDir(), 'k.db');
  ({ store, reads } = countingStore(path, peersCounty()));
});

afterEach(() => {
  store.close();
  cleanup();
});

describe('the period matrix cache', () => {
  it('reads a period once for many calls, and gives the same matrix each time', () => {
    const first = periodMatrix(store, '2025');
    expect(periodMatrix(store, '2025')).toEqual(first);
    periodMatrix(store, '2024');
    periodMatrix(store, '2025');
    expect(reads).toEqual(['2025', '2024']);
  });

  it('reads again after an import through the store, and shows the new value', () => {
    const { workbook, unit } = changed(7);
    const before = valueOf(store, unit);
    store.applyImport(workbook, { fileName: 'b.xlsx', sha256: '2'.repeat(64) });
    expect(valueOf(store, unit)).toBe(before + 7);
    expect(reads).toEqual(['2025', '2025']);
  });

  it('sees an import by another connection to the same file (the CLI beside the app)', () => {
    const { workbook, unit } = changed(-3);
    const before = valueOf(store, unit);
    const other = openStore(path, { user: 'cli' });
    try {
      const revision = store.dataRevision();
      other.applyImport(workbook, { fileName: 'c.xlsx', sha256: '3'.repeat(64) });
      expect(store.dataRevision()).not.toBe(revision);
    } finally {
      other.close();
    }
    expect(valueOf(store, unit)).toBe(before - 3);
  });

  it('lists a period another connection imported, though the list is kept between calls', () => {
    expect(store.listPeriods().map((p) => p.code)).not.toContain('2026');
    const next = peersCounty();
    next.observations = next.observations.filter((o) => o.period === '2025').map((o) => ({ ...o, period: '2026' }));
    next.goals = [];
    const other = openStore(path, { user: 'cli' });
    try {
      other.applyImport(next, { fileName: 'd.xlsx', sha256: '4'.repeat(64) });
    } finally {
      other.close();
    }
    const p2026 = store.listPeriods().find((p) => p.code === '2026');
    expect(p2026?.observations).toBe(next.observations.length);
  });

  it('drops the period used least recently, not the one read first, past six periods', () => {
    // Five more years (2019–2023, 2025's values again): seven periods in all.
    const more = peersCounty();
    const y2025 = more.observations.filter((o) => o.period === '2025');
    more.observations = ['2019', '2020', '2021', '2022', '2023'].flatMap((period) => y2025.map((o) => ({ ...o, period })));
    more.goals = [];
    store.applyImport(more, { fileName: 'e.xlsx', sha256: '5'.repeat(64) });
    for (const p of ['2019', '2020', '2021', '2022', '2023', '2024']) periodMatrix(store, p);
    periodMatrix(store, '2019'); // used again: now the most recent
    periodMatrix(store, '2025'); // the seventh: 2020 goes, not 2019
    periodMatrix(store, '2019');
    expect(reads).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    periodMatrix(store, '2020');
    expect(reads.at(-1)).toBe('2020');
  });

  it('hands each caller its own copy: changing one changes nothing for the next', () => {
    const mine = periodMatrix(store, '2025');
    const original = Float64Array.from(mine.values);
    mine.values.fill(-1);
    mine.unitCodes.reverse();
    const next = periodMatrix(store, '2025');
    expect(next.values).toEqual(original);
    expect(next.unitCodes).not.toEqual(mine.unitCodes);
    expect(reads).toEqual(['2025']);
  });

  it('keeps the revision while nothing is written, however often it is asked', () => {
    const revision = store.dataRevision();
    store.listPeriods();
    periodMatrix(store, '2024');
    store.saveScheme({ name: '方案', weights: [] });
    // A scheme saved through this store touches no unit, indicator or observation.
    expect(store.dataRevision()).toBe(revision);
    periodMatrix(store, '2024');
    expect(reads).toEqual(['2024']);
  });
});
