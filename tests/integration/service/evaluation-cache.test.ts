import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluationInput, type DerivedMatrices } from '../../../src-main/service/evaluation';
import type { Store } from '../../../src-main/store';
import { cleanup, countingStore, tempDir } from '../store/helpers';
import { peersCounty } from './peers-fixture';

// Scoring several periods under one scheme (the peers trend, process assessment) works out each
// period's derived values (goals, marks) once with a DerivedMatrices cache, though every period
// is also the next one's previous; and it gives exactly the input it gives without the cache.
// The raw values are read from SQLite once either way (periodMatrix keeps them).

let store: Store;
let reads: string[];
/** The periods whose derived values were worked out (each reads the period's marks once). */
let derived: string[];

beforeEach(() => {
  ({ store, reads } = countingStore(join(tempDir(), 'k.db'), peersCounty()));
  derived = [];
  const listMarks = store.listMarks.bind(store);
  store.listMarks = (period?: string) => {
    derived.push(period ?? '*');
    return listMarks(period);
  };
});

afterEach(() => {
  store.close();
  cleanup();
});

describe('evaluationInput with a cache of derived matrices', () => {
  it('works out 2024 once when it scores 2024 and then 2025 (2025 takes 2024 as its previous)', () => {
    const cache: DerivedMatrices = new Map();
    evaluationInput(store, '2024', {}, cache);
    evaluationInput(store, '2025', {}, cache);
    expect(derived.sort()).toEqual(['2024', '2025']);
    expect(reads.sort()).toEqual(['2024', '2025']);
  });

  it('without it, works out 2024 twice, though its raw values are still read from SQLite once', () => {
    evaluationInput(store, '2024', {});
    evaluationInput(store, '2025', {});
    expect(derived.sort()).toEqual(['2024', '2024', '2025']);
    expect(reads.sort()).toEqual(['2024', '2025']);
  });

  it('gives the same matrices, context and notes as without the cache', () => {
    const cache: DerivedMatrices = new Map();
    evaluationInput(store, '2024', {}, cache);
    const cached = evaluationInput(store, '2025', {}, cache);
    const plain = evaluationInput(store, '2025', {});
    expect(cached.matrix).toEqual(plain.matrix);
    expect(cached.context).toEqual(plain.context);
    expect(cached.notes).toEqual(plain.notes);
    expect(cached.context.previous?.unitCodes.length).toBeGreaterThan(0);
  });
});
