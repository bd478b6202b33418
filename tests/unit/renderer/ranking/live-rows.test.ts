import { describe, expect, it } from 'vitest';
import type { ScoreRow } from '../../../../src-renderer/state/types';
import { indexOf, withLiveScores } from '../../../../src-renderer/views/ranking/liveRows';

function row(unit: string, rank: number | null, total: number | null): ScoreRow {
  return {
    unit, name: `${unit}村`, parent: 'T1', parentName: '一镇', category: null, rank, rankInCategory: rank, total, base: total,
    bonus: 0, penalty: 0, veto: [], grade: 'A', boundaryTie: false, excluded: false, nodes: { V1: 50 },
  };
}

describe('live rows', () => {
  const rows = [row('a', 1, 90), row('b', 2, 80), row('c', 3, 70), row('x', null, null)];

  it("take the worker's totals and ranks, keep everything else of the last full result", () => {
    // the worker's order differs from the rows'; c is now first, a unranked (NaN)
    const live = { unitCodes: ['c', 'b', 'a'], total: Float64Array.of(95, 80, NaN), rank: Int32Array.of(1, 2, 0) };
    const out = withLiveScores(rows, live);
    expect(out.map((r) => [r.unit, r.rank, r.total])).toEqual([
      ['a', null, null],
      ['b', 2, 80],
      ['c', 1, 95],
      ['x', null, null],
    ]);
    expect(out[2]).toEqual({ ...rows[2], rank: 1, total: 95 });
    expect(out[2].nodes).toBe(rows[2].nodes);
  });

  it('keep the identity of rows that did not change and of units the worker does not know', () => {
    const live = { unitCodes: ['a', 'b', 'c'], total: Float64Array.of(90, 80, 71), rank: Int32Array.of(1, 2, 3) };
    const out = withLiveScores(rows, live, indexOf(live.unitCodes));
    expect(out[0]).toBe(rows[0]);
    expect(out[1]).toBe(rows[1]);
    expect(out[2]).not.toBe(rows[2]);
    expect(out[3]).toBe(rows[3]);
  });
});
