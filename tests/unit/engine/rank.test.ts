import { describe, expect, it } from 'vitest';
import { competitionRank, rankOrder } from '../../../src-shared/engine';

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

describe('rankOrder', () => {
  it('lists units best first, ties by code, missing last', () => {
    expect(rankOrder([2, NaN, 5, 2, NaN], ['e', 'd', 'c', 'b', 'a'])).toEqual([2, 3, 0, 4, 1]);
  });
});
