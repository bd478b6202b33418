import { describe, expect, it } from 'vitest';
import type { ApiIndicator, ScoreRow } from '../../../../src-renderer/state/types';
import {
  copyName,
  inTreeOrder,
  movement,
  nodeShares,
  rankDiffRows,
  schemeWeight,
  signed,
  weightDiffRows,
} from '../../../../src-renderer/views/weights/schemes/schemeCompare';
import { makeIndicator } from '../../../../src-shared/model';

const ind = (code: string, parent: string | null, weight: number, position: number, kind: ApiIndicator['kind'] = 'indicator'): ApiIndicator =>
  makeIndicator(code, { parent, weight, position, kind });

// Tree: ECO 60 (GDP 1, INC 3), SOC 40 (EDU 1), a bonus item capped at 5 and a veto. Given out of
// order, so the helpers must sort by position.
const indicators = [
  ind('SOC.EDU', 'SOC', 1, 4),
  ind('ECO', null, 60, 0),
  ind('BONUS', null, 5, 5, 'bonus'),
  ind('ECO.INC', 'ECO', 3, 2),
  ind('VETO', null, 0, 6, 'veto'),
  ind('ECO.GDP', 'ECO', 1, 1),
  ind('SOC', null, 40, 3),
];
const A = {};
const B = { weights: { ECO: 50, SOC: 50, 'ECO.GDP': 3 }, categoryWeights: { 集聚提升: { ECO: 80 } } };

describe('the weights of two schemes', () => {
  it('walks the tree in pre-order by position', () => {
    expect(inTreeOrder(indicators).map((x) => [x.indicator.code, x.depth])).toEqual([
      ['ECO', 0], ['ECO.GDP', 1], ['ECO.INC', 1], ['SOC', 0], ['SOC.EDU', 1], ['BONUS', 0], ['VETO', 0],
    ]);
  });

  it("takes a category's own weight, then the scheme's, then the tree's", () => {
    const eco = indicators[1];
    expect(schemeWeight(B, eco, '集聚提升')).toBe(80);
    expect(schemeWeight(B, eco, '其他')).toBe(50);
    expect(schemeWeight(B, eco)).toBe(50);
    expect(schemeWeight(A, eco, '集聚提升')).toBe(60);
  });

  it('gives each scored node its share of the whole: the product of sibling shares', () => {
    // B: ECO 50/(50+50) = 0.5; GDP 0.5 × 3/(3+3) = 0.25; INC 0.5 × 3/6 = 0.25; SOC 0.5; EDU 0.5 × 1/1
    expect(Object.fromEntries(nodeShares(indicators, B))).toEqual({
      ECO: 0.5, 'ECO.GDP': 0.25, 'ECO.INC': 0.25, SOC: 0.5, 'SOC.EDU': 0.5,
    });
  });

  it('lists every weighted node with both weights, shares and the difference, then category rows', () => {
    const rows = weightDiffRows(indicators, A, B);
    expect(rows.map((r) => [r.key, r.category, r.depth, r.a, r.b, r.diff, r.shareA, r.shareB])).toEqual([
      // A: ECO 60/100 = 0.6, GDP 0.6 × 1/4 = 0.15, INC 0.6 × 3/4 = 0.45, SOC 0.4, EDU 0.4
      // (written as the helper multiplies, parent share × weight / group sum, so the floats match)
      ['ECO', null, 0, 60, 50, -10, (1 * 60) / 100, (1 * 50) / 100],
      ['ECO.GDP', null, 1, 1, 3, 2, (0.6 * 1) / 4, (0.5 * 3) / 6],
      ['ECO.INC', null, 1, 3, 3, 0, (0.6 * 3) / 4, (0.5 * 3) / 6],
      ['SOC', null, 0, 40, 50, 10, (1 * 40) / 100, (1 * 50) / 100],
      ['SOC.EDU', null, 1, 1, 1, 0, (0.4 * 1) / 1, (0.5 * 1) / 1],
      // the bonus item's cap, not weighted in: no share; the veto has no weight at all
      ['BONUS', null, 0, 5, 5, 0, null, null],
      // B's own weight of ECO for 集聚提升 (80) against A's, which has none: its tree weight 60
      ['集聚提升\u0000ECO', '集聚提升', 0, 60, 80, 20, null, null],
    ]);
  });

  it('writes differences with their sign', () => {
    expect([signed(2), signed(-10), signed(0), signed(1e-12), signed(0.125)]).toEqual(['+2', '-10', '0', '0', '+0.13']);
  });
});

const row = (unit: string, rank: number | null, total: number | null): ScoreRow => ({
  unit, name: `村 ${unit}`, parent: 'T1', parentName: '一镇', category: null, rank, rankInCategory: null, total,
  base: total, bonus: 0, penalty: 0, veto: [], grade: null, boundaryTie: false, excluded: false, nodes: {},
});

describe('the ranking under two schemes', () => {
  // A: U1 1st, U2 2nd, U3 3rd, U4 unranked, U5 4th (only scored under A)
  // B: U2 1st, U3 2nd, U1 3rd, U4 4th, U6 5th (only scored under B)
  const a = [row('U1', 1, 90), row('U2', 2, 80), row('U3', 3, 70), row('U4', null, null), row('U5', 4, 60)];
  const b = [row('U2', 1, 88), row('U3', 2, 77), row('U1', 3, 66), row('U4', 4, 55), row('U6', 5, 44)];

  it('puts the biggest movers first, ties by the rank under B, units unranked under one last', () => {
    const rows = rankDiffRows(a, b);
    expect(rows.map((r) => [r.unit, r.rankA, r.rankB, r.change, r.totalA, r.totalB])).toEqual([
      ['U1', 1, 3, -2, 90, 66], // 1 − 3: down two places
      ['U2', 2, 1, 1, 80, 88], //  2 − 1: up one
      ['U3', 3, 2, 1, 70, 77], //  3 − 2: up one, after U2 (rank 2 under B)
      ['U4', null, 4, null, null, 55],
      ['U6', null, 5, null, null, 44],
      ['U5', 4, null, null, 60, null],
    ]);
    expect(rows[0]).toMatchObject({ name: '村 U1', parentName: '一镇' });
  });

  it('counts who moves up, down or stays', () => {
    expect(movement(rankDiffRows(a, b))).toEqual({ up: 2, down: 1, same: 0 });
    expect(movement(rankDiffRows(a, a))).toEqual({ up: 0, down: 0, same: 4 });
  });
});

describe('names of copies', () => {
  it('adds the suffix, then a number, skipping names taken', () => {
    expect(copyName('均衡', '副本', ['均衡'])).toBe('均衡 副本');
    expect(copyName('均衡', '副本', ['均衡', '均衡 副本', '均衡 副本 2'])).toBe('均衡 副本 3');
  });
});
