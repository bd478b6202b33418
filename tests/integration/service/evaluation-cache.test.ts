import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluationInput, type DerivedMatrices } from '../../../src-main/service/evaluation';
import type { Store } from '../../../src-main/store';
import { cleanup, countingStore, tempDir } from '../store/helpers';
import { peersCounty } from './peers-fixture';

// Scoring several periods under one scheme (the peers trend, process assessment) reads each
// period's matrix once with a DerivedMatrices cache, though every period is also the next
// one's previous; and it gives exactly the input it gives without the cache.

let store: Store;
let reads: string[];

beforeEach(() => {
  ({ store, reads } = countingStore(join(tempDir(), 'k.db'), peersCounty()));
});

afterEach(() => {
  store.close();
  cleanup();
});

describe('evaluationInput with a cache of derived matrices', () => {
  it('reads 2024 once when it scores 2024 and then 2025 (2025 takes 2024 as its previous)', () => {
    const cache: DerivedMatrices = new Map();
    evaluationInput(store, '2024', {}, cache);
    evaluationInput(store, '2025', {}, cache);
    expect(reads.sort()).toEqual(['2024', '2025']);
  });

  it('without it, 2024 is still read from the store once: the raw matrices are kept until the data changes', () => {
    // periodMatrix's own cache (period-matrix-cache.test.ts); the derived values (goals,
    // marks) are worked out again, which the DerivedMatrices cache saves.
    evaluationInput(store, '2024', {});
    evaluationInput(store, '2025', {});
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
