import { describe, expect, it } from 'vitest';
import { baselineRanks, baselineRanksOf, changeSortKey, rankChange } from '../../../../src-renderer/views/ranking/rankChange';

describe('rank change against the baseline', () => {
  it('is up by the places gained, down by the places lost, the same otherwise', () => {
    // 5th in the baseline, 3rd now: 5 − 3 = 2 places up
    expect(rankChange(3, 5)).toEqual({ kind: 'up', by: 2, from: 5, to: 3 });
    // 1st → 4th: 3 places down
    expect(rankChange(4, 1)).toEqual({ kind: 'down', by: 3, from: 1, to: 4 });
    expect(rankChange(7, 7)).toEqual({ kind: 'same', by: 0, from: 7, to: 7 });
  });

  it('tells newly ranked and no longer ranked units apart from those without a baseline', () => {
    expect(rankChange(12, null)).toEqual({ kind: 'new', to: 12 });
    expect(rankChange(null, 4)).toEqual({ kind: 'out', from: 4 });
    expect(rankChange(null, null)).toEqual({ kind: 'none' });
    expect(rankChange(3, undefined)).toEqual({ kind: 'none' });
  });

  it('sorts the largest gain first and units without a comparison last', () => {
    const changes = [rankChange(5, 5), rankChange(9, 4), rankChange(1, 8), rankChange(null, 2), rankChange(2, 3), rankChange(6, null), rankChange(4, 6), rankChange(3, undefined)];
    const order = [...changes].sort((a, b) => changeSortKey(b) - changeSortKey(a));
    expect(order.map((c) => (c.kind === 'up' || c.kind === 'down' ? `${c.kind}${c.by}` : c.kind))).toEqual([
      'up7',
      'up2',
      'up1',
      'same',
      'down5',
      'new',
      'out',
      'none',
    ]);
  });

  it('reads baseline ranks from score rows and from the worker arrays (0 = not ranked)', () => {
    expect([...baselineRanks([{ unit: 'a', rank: 2 }, { unit: 'b', rank: null }])]).toEqual([
      ['a', 2],
      ['b', null],
    ]);
    expect([...baselineRanksOf(['a', 'b', 'c'], Int32Array.of(3, 0, 1))]).toEqual([
      ['a', 3],
      ['b', null],
      ['c', 1],
    ]);
  });
});
