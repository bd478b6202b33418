import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRank, competitionRankInto, rankOrder, rankScratch } from '../../../src-shared/engine';

describe('competitionRank', () => {
  it('gives ties the smallest rank and skips the next ("1224")', () => {
    expect(Array.from(competitionRank([100, 90, 90, 80]))).toEqual([1, 2, 2, 4]);
    expect(Array.from(competitionRank([80, 90, 100, 90]))).toEqual([4, 2, 1, 2]);
    expect(Array.from(competitionRank([5, 5, 5]))).toEqual([1, 1, 1]);
  });

  it('ranks missing totals 0 and counts only present units', () => {
    expect(Array.from(competitionRank([NaN, 3, 7, NaN, 3]))).toEqual([0, 2, 1, 0, 2]);
    expect(Array.from(competitionRank([]))).toEqual([]);
  });

  it('ties only on exact equality', () => {
    // 0.1 + 0.2 = 0.30000000000000004 ≠ 0.3: two ranks, not a tie.
    expect(Array.from(competitionRank([0.1 + 0.2, 0.3]))).toEqual([1, 2]);
    expect(Array.from(competitionRank([-0, 0, Infinity, -Infinity]))).toEqual([2, 2, 1, 4]);
  });

  it('does not depend on the order of units', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, NaN, 5];
    const rank = competitionRank(values);
    // rank_i = 1 + #{j : v_j > v_i}, counted directly.
    values.forEach((v, i) => expect(rank[i]).toBe(Number.isNaN(v) ? 0 : 1 + values.filter((w) => w > v).length));
    const perm = [7, 2, 11, 0, 5, 9, 1, 4, 10, 3, 8, 6];
    const permuted = competitionRank(perm.map((p) => values[p]));
    perm.forEach((p, k) => expect(permuted[k]).toBe(rank[p]));
  });
});

describe('competitionRankInto (the bucketed count)', () => {
  const direct = (values: number[]) => values.map((v) => (Number.isNaN(v) ? 0 : 1 + values.filter((w) => w > v).length));

  it('equals 1 + #{v_j > v_i} on any values: ties, clusters, infinities, -0, missing', () => {
    // Values from a few "shapes": spread out, a handful of distinct values (many ties, big
    // buckets), a tight cluster with one far outlier (everything in one bucket), infinities.
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, -0, 1, 2, 2.5, NaN, Infinity, -Infinity),
      fc.integer({ min: 0, max: 3 }).map((k) => 1e9 + k * 1e-6),
      fc.integer({ min: 0, max: 100 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (values) => {
        expect(Array.from(competitionRank(values))).toEqual(direct(values));
      }),
      { seed: 20240603, numRuns: 300 },
    );
  });

  it('handles buckets larger than the scan limit and reuses its scratch', () => {
    // 200 units: 100 share one value, the rest spread far above: the shared bucket is bisected.
    const values = [...new Array(100).fill(5), ...Array.from({ length: 100 }, (_, i) => 1000 + i * 0.5), 5.000001];
    const scratch = rankScratch(values.length);
    const rank = new Int32Array(values.length);
    competitionRankInto(values, rank, scratch);
    expect(Array.from(rank)).toEqual(direct(values));
    competitionRankInto([3, 1, 2], rank.subarray(0, 3), scratch);
    expect(Array.from(rank.subarray(0, 3))).toEqual([1, 3, 2]);
  });
});

describe('rankOrder', () => {
  it('lists units best first, ties by code, missing last', () => {
    expect(rankOrder([2, NaN, 5, 2, NaN], ['e', 'd', 'c', 'b', 'a'])).toEqual([2, 3, 0, 4, 1]);
  });
});
