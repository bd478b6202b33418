import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../src-shared/engine';
import { collinearPairs, correlationMatrix, indicatorStatistics, pearson } from '../../../../src-shared/engine/stats';
import { ind, matrix } from '../helpers';

describe('pearson', () => {
  it('uses the units that have both values', () => {
    // Pairs (1, 2), (2, 4), (3, 5); the units with a missing value are left out.
    // x̄ = 2, ȳ = 11/3; dx = −1, 0, 1; dy = −5/3, 1/3, 4/3.
    // Σ dx dy = 5/3 + 4/3 = 3; Σ dx² = 2; Σ dy² = (25 + 1 + 16) / 9 = 42/9.
    const r = pearson([1, 2, 3, NaN, 7], [2, 4, 5, 9, NaN]);
    expect(r).toBeCloseTo(3 / Math.sqrt(2 * (42 / 9)), 14);
  });

  it('is NaN below 3 pairs or for a constant column, and exactly ±1 for a line', () => {
    expect(pearson([1, 2, NaN], [3, 4, 5])).toBeNaN();
    expect(pearson([1, 1, 1], [3, 4, 5])).toBeNaN();
    expect(pearson([0.1, 0.2, 0.3, 0.4], [-3, -6, -9, -12])).toBe(-1);
  });

  it('builds a symmetric matrix', () => {
    const r = correlationMatrix([
      [1, 2, 3],
      [3, 1, 2],
    ]);
    // dx = −1, 0, 1; dy = 1, −1, 0: Σ dx dy = −1, Σ dx² = Σ dy² = 2 → −0.5.
    expect(Array.from(r)).toEqual([1, -0.5, -0.5, 1]);
  });

  it('flags |r| > 0.9 only', () => {
    expect(
      collinearPairs(
        ['a', 'b', 'c'],
        [
          [1, 2, 3, 4],
          [2, 4, 6, 8.5],
          [4, 1, 3, 2],
        ],
      ).map((p) => [p.a, p.b]),
    ).toEqual([['a', 'b']]);
  });
});

describe('indicatorStatistics', () => {
  const tree = buildTree([
    ind('G', null),
    ind('A', 'G'),
    ind('B', 'G', 1, { direction: -1 }),
    ind('C', 'G'),
    ind('VB', null, 3, { kind: 'bonus' }),
  ]);
  // A: 0, 0, 3, 5 (4 values); B: 5, 4, 2, missing; C: no column; VB: an adjustment item.
  const m = matrix(['u1', 'u2', 'u3', 'u4'], ['A', 'B', 'VB'], [
    [0, 5, 1],
    [0, 4, 0],
    [3, 2, 0],
    [5, NaN, 0],
  ]);
  const s = indicatorStatistics(tree, m);

  it('describes every scored leaf in tree order, adjustment items left out', () => {
    expect(s.indicators.map((x) => x.code)).toEqual(['A', 'B', 'C']);
  });

  it('computes availability, moments and the share of zeros', () => {
    const [a, b, c] = s.indicators;
    // A: mean 2, Σd² = 4 + 4 + 1 + 9 = 18, sd = √(18/3) = √6; zeros 2 of 4.
    expect(a).toMatchObject({ availability: 1, n: 4, min: 0, max: 5, mean: 2, zeroShare: 0.5 });
    expect(a.sd).toBeCloseTo(Math.sqrt(6), 14);
    // A's deviations −2, −2, 1, 3: Σd³ = −8 − 8 + 1 + 27 = 12; g1 = 2 × 12 / 18^1.5;
    // G1 = g1 × √12 / 2. Σd⁴ = 16 + 16 + 1 + 81 = 114; g2 = 4 × 114 / 324;
    // G2 = ((5 (g2 − 3) + 6) × 3) / (2 × 1).
    expect(a.skewness).toBeCloseTo(((2 * 12) / 18 ** 1.5) * (Math.sqrt(12) / 2), 12);
    expect(a.kurtosis).toBeCloseTo((5 * ((4 * 114) / 324 - 3) + 6) * 1.5, 12);
    // B: 3 of 4 units; kurtosis needs 4 values.
    expect(b).toMatchObject({ availability: 0.75, n: 3, min: 2, max: 5, zeroShare: 0, kurtosis: null });
    expect(b.mean).toBeCloseTo(11 / 3, 14);
    // C: nothing.
    expect(c).toEqual({
      code: 'C',
      availability: 0,
      n: 0,
      min: null,
      max: null,
      mean: null,
      sd: null,
      skewness: null,
      kurtosis: null,
      zeroShare: null,
      outliers: { treatment: 'none', points: 0 },
    });
  });

  it('flags collinear pairs on the raw values', () => {
    // A and B over u1..u3: (0, 5), (0, 4), (3, 2): means 1 and 11/3; dx = −1, −1, 2;
    // dy = 4/3, 1/3, −5/3; Σ dx dy = −4/3 − 1/3 − 10/3 = −5; Σ dx² = 6;
    // Σ dy² = (16 + 1 + 25) / 9 = 42/9. r = −5 / √(6 × 42/9) = −5 / √28.
    const r = -5 / Math.sqrt(28);
    expect(Math.abs(r)).toBeGreaterThan(0.9);
    expect(s.collinear).toHaveLength(1);
    expect(s.collinear[0]).toMatchObject({ a: 'A', b: 'B' });
    expect(s.collinear[0].r).toBeCloseTo(r, 14);
  });
});
