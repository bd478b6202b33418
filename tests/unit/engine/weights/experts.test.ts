import { describe, expect, it } from 'vitest';
import { ahpWeights, geometricMeanMatrix } from '../../../../src-shared/engine/weights';
import { kaopingError } from '../helpers';

describe("experts' matrices combined by the element-wise geometric mean", () => {
  // Expert 1 judges A:B = 2, A:C = 8, B:C = 4; expert 2 judges A:B = 8, A:C = 2, B:C = 1/2.
  const e1 = [
    [1, 2, 8],
    [1 / 2, 1, 4],
    [1 / 8, 1 / 4, 1],
  ];
  const e2 = [
    [1, 8, 2],
    [1 / 8, 1, 1 / 2],
    [1 / 2, 2, 1],
  ];

  it('takes √(a¹ × a²) cell by cell, by hand', () => {
    // A:B = √(2·8) = 4, A:C = √(8·2) = 4, B:C = √(4·½) = √2; the lower half the reciprocals.
    const g = geometricMeanMatrix([e1, e2]);
    const expected = [
      [1, 4, 4],
      [1 / 4, 1, Math.SQRT2],
      [1 / 4, 1 / Math.SQRT2, 1],
    ];
    expected.forEach((row, i) => row.forEach((v, j) => expect(g[i][j]).toBeCloseTo(v, 14)));
    // The result is reciprocal, so AHP takes it.
    const r = ahpWeights(g, ['A', 'B', 'C']);
    expect(r.weights[0]).toBeGreaterThan(r.weights[1]);
  });

  it('with three experts takes the cube root of the product', () => {
    const e3 = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ];
    // A:B = (2 · 8 · 1)^(1/3) = 16^(1/3); B:C = (4 · ½ · 1)^(1/3) = 2^(1/3).
    const g = geometricMeanMatrix([e1, e2, e3]);
    expect(g[0][1]).toBeCloseTo(Math.cbrt(16), 14);
    expect(g[1][2]).toBeCloseTo(Math.cbrt(2), 14);
    expect(g[2][1]).toBeCloseTo(1 / Math.cbrt(2), 14);
  });

  it('one expert is the matrix itself', () => {
    const g = geometricMeanMatrix([e1]);
    e1.forEach((row, i) => row.forEach((v, j) => expect(g[i][j]).toBeCloseTo(v, 14)));
  });

  it('refuses no experts, matrices of different sizes and non-positive cells', () => {
    expect(kaopingError(() => geometricMeanMatrix([])).key).toBe('engine.weights.ahpNoExperts');
    const shape = kaopingError(() => geometricMeanMatrix([e1, [[1, 2], [1 / 2, 1]]]));
    expect(shape.key).toBe('engine.weights.ahpExpertShape');
    expect(shape.params).toEqual({ expert: 2, size: 3 });
    const bad = e2.map((r) => [...r]);
    bad[1][2] = 0;
    const e = kaopingError(() => geometricMeanMatrix([e1, bad], ['A', 'B', 'C']));
    expect(e.key).toBe('engine.weights.ahpExpertNotPositive');
    expect(e.params).toEqual({ expert: 2, row: 'B', column: 'C', value: '0' });
  });
});
