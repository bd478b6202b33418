import { describe, expect, it } from 'vitest';
import { combinedShares, equalShares, objectiveWithinGroup, sharesOf } from '../../../../src-renderer/views/weights/groupWeights';
import { proposalLines } from '../../../../src-renderer/views/weights/proposal';

// Objective leaf weights over the whole tree (Σ = 1): a1 0.1, a2 0.3 (group A), b1 0.6 (group B).
const leafWeights = [
  { code: 'a1', weight: 0.1 },
  { code: 'a2', weight: 0.3 },
  { code: 'b1', weight: 0.6 },
];

describe('weights of one group', () => {
  it('renormalises objective leaf weights within the group', () => {
    // 0.1 / 0.4 = 0.25, 0.3 / 0.4 = 0.75
    const w = objectiveWithinGroup(leafWeights, ['a1', 'a2']);
    expect(w?.a1).toBeCloseTo(0.25, 15);
    expect(w?.a2).toBeCloseTo(0.75, 15);
    expect(objectiveWithinGroup(leafWeights, ['b1'])).toEqual({ b1: 1 });
  });

  it('has no objective weights for a group of aggregates or a group the data give 0', () => {
    expect(objectiveWithinGroup(leafWeights, ['A', 'B'])).toBeNull();
    expect(objectiveWithinGroup([{ code: 'x', weight: 0 }, { code: 'y', weight: 0 }], ['x', 'y'])).toBeNull();
    expect(objectiveWithinGroup(leafWeights, [])).toBeNull();
  });

  it('gives equal shares and shares of points', () => {
    expect(equalShares(['a', 'b', 'c', 'd'])).toEqual({ a: 0.25, b: 0.25, c: 0.25, d: 0.25 });
    expect(sharesOf({ a: 6, b: 2 }, ['a', 'b'])).toEqual({ a: 0.75, b: 0.25 });
    expect(sharesOf({ a: 0, b: 0 }, ['a', 'b'])).toBeNull();
  });

  it('combines policy and objective shares linearly with α', () => {
    // policy 6 : 2 → 0.75, 0.25; objective 0.25, 0.75; α = 0.6:
    // a1 = 0.6 × 0.75 + 0.4 × 0.25 = 0.55, a2 = 0.6 × 0.25 + 0.4 × 0.75 = 0.45
    const w = combinedShares({ a1: 6, a2: 2 }, { a1: 0.25, a2: 0.75 }, 0.6, ['a1', 'a2']);
    expect(w.a1).toBeCloseTo(0.55, 15);
    expect(w.a2).toBeCloseTo(0.45, 15);
  });

  it('previews an apply with locked items keeping their points', () => {
    // a 10, b 6, c 4 (total 20), c locked; proposal 0.5 / 0.25 / 0.25:
    // a and b share 20 − 4 = 16 in the ratio 0.5 : 0.25 → a 32/3 = 10.667, b 16/3 = 5.333
    const lines = proposalLines(
      [
        { code: 'a', name: 'A', points: 10 },
        { code: 'b', name: 'B', points: 6 },
        { code: 'c', name: 'C', points: 4 },
      ],
      { a: 0.5, b: 0.25, c: 0.25 },
      null,
      new Set(['c']),
    );
    expect(lines.map((l) => l.current)).toEqual([0.5, 0.3, 0.2]);
    const points = lines.map((l) => l.points as number);
    [32 / 3, 16 / 3, 4].forEach((p, i) => expect(points[i]).toBeCloseTo(p, 12));
    const proposed = lines.map((l) => l.proposed as number);
    [32 / 60, 16 / 60, 0.2].forEach((p, i) => expect(proposed[i]).toBeCloseTo(p, 12));
    expect(lines.map((l) => l.locked)).toEqual([false, false, true]);
  });
});
