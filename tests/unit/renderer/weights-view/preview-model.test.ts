import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { biggestMovers, topRows, type LiveArrays } from '../../../../src-renderer/views/weights/previewModel';

const names: Record<string, string> = { u1: '东河村', u2: '安院村', u3: '北山村', u4: '西岭村', u5: '南湾村' };
const nameOf = (u: string) => names[u] ?? u;

// u5 has no total (rank 0). u1 and u2 tie at rank 2; by pinyin 安 (an) comes before 东 (dong).
const live = {
  unitCodes: ['u1', 'u2', 'u3', 'u4', 'u5'],
  total: Float64Array.from([80, 80, 90, 50, NaN]),
  rank: Int32Array.from([2, 2, 1, 4, 0]),
  baseline: { total: Float64Array.from([70, 85, 60, 90, NaN]), rank: Int32Array.from([3, 2, 4, 1, 0]) },
};

describe('live ranking preview', () => {
  it('lists the best ranked units, ties by name, unranked left out', () => {
    const top = topRows(live, nameOf, 3);
    expect(top.map((r) => [r.rank, r.name, r.total, r.change])).toEqual([
      [1, '北山村', 90, 3], // 4 → 1
      [2, '安院村', 80, 0],
      [2, '东河村', 80, 1], // 3 → 2
    ]);
    expect(topRows(live, nameOf, 15)).toHaveLength(4);
  });

  it('finds the biggest moves up or down against the baseline', () => {
    // changes: u1 +1, u2 0, u3 +3, u4 −3, u5 unranked
    const movers = biggestMovers(live, nameOf, 6);
    expect(movers.map((r) => [r.unit, r.change])).toEqual([
      ['u3', 3], // |3| ties with u4; u3 ranks better now
      ['u4', -3],
      ['u1', 1],
    ]);
    expect(biggestMovers(live, nameOf, 1).map((r) => r.unit)).toEqual(['u3']);
  });

  it('has no changes and no movers without a baseline', () => {
    const none = { ...live, baseline: null };
    expect(topRows(none, nameOf, 2).map((r) => r.change)).toEqual([null, null]);
    expect(biggestMovers(none, nameOf)).toEqual([]);
  });
});

describe('the preview lists at any size', () => {
  // The plain way: every unit a row, everything sorted (what the selective versions must equal).
  const plainTop = (live: LiveArrays, n: number) =>
    live.unitCodes
      .map((unit, i) => ({ unit, rank: live.rank[i] }))
      .filter((r) => r.rank > 0)
      .sort((a, b) => a.rank - b.rank || (a.unit < b.unit ? -1 : 1))
      .slice(0, n)
      .map((r) => r.unit);
  const plainMovers = (live: LiveArrays, n: number) =>
    live.unitCodes
      .map((unit, i) => ({ unit, rank: live.rank[i], change: live.rank[i] > 0 && live.baseline!.rank[i] > 0 ? live.baseline!.rank[i] - live.rank[i] : 0 }))
      .filter((r) => r.change !== 0)
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.rank - b.rank || (a.unit < b.unit ? -1 : 1))
      .slice(0, n)
      .map((r) => r.unit);

  it('equals sorting every unit, ties and units without a total included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (pairs, n) => {
        // totals 1..12 with ties, 0 = no total; ranks as the engine gives them (competition
        // ranks: 1 + the number of strictly better totals). Names equal codes (ASCII).
        const ranks = (totals: number[]) => totals.map((t) => (t > 0 ? 1 + totals.filter((o) => o > t).length : 0));
        const now = pairs.map(([t]) => t);
        const before = pairs.map(([, t]) => t);
        const live: LiveArrays = {
          unitCodes: pairs.map((_, i) => `U${String(i).padStart(2, '0')}`),
          total: now,
          rank: ranks(now),
          baseline: { total: before, rank: ranks(before) },
        };
        const name = (u: string) => u;
        expect(topRows(live, name, n).map((r) => r.unit)).toEqual(plainTop(live, n));
        expect(biggestMovers(live, name, n).map((r) => r.unit)).toEqual(plainMovers(live, n));
      }),
    );
  });
});
