import { describe, expect, it } from 'vitest';
import { columnEntropy, entropyWeights } from '../../../../src-shared/engine/weights';
import { kaopingError } from '../helpers';
import { data } from './data';

describe('entropy weights (熵权法)', () => {
  it('a worked example with a 0 (0·ln 0 = 0) and a missing value', () => {
    //        A     B     C
    // u1     0     1     1
    // u2   0.5     1     0
    // u3     1     0     0
    // u4   0.5     –     0
    // A: Σ = 2, p = 0, ¼, ½, ¼; Σ p ln p = 2·¼·ln ¼ + ½·ln ½ = −(ln 2 + ½ ln 2) = −1.5 ln 2;
    //    m = 4: e = 1.5 ln 2 / ln 4 = 0.75, d = 0.25.
    // B: u4 is missing, m = 3; Σ = 2, p = ½, ½, 0; Σ p ln p = −ln 2; e = ln 2 / ln 3,
    //    d = 1 − ln 2 / ln 3.
    // C: Σ = 1, p = 1, 0, 0, 0; Σ p ln p = 0; e = 0, d = 1.
    const r = entropyWeights(
      data(
        ['A', 'B', 'C'],
        [
          [0, 1, 1],
          [0.5, 1, 0],
          [1, 0, 0],
          [0.5, NaN, 0],
        ],
      ),
    );
    const d = [0.25, 1 - Math.log(2) / Math.log(3), 1];
    const sum = d[0] + d[1] + d[2];
    d.forEach((dj, j) => expect(r.weights[j]).toBeCloseTo(dj / sum, 15));
    expect(r.warnings).toEqual([]);
  });

  it('reproduces a published example: Elsayed, Dawood & Karthikeyan (2017)', () => {
    // Elsayed, E. A., Dawood, A. S. & Karthikeyan, R. (2017), "Evaluating alternatives through
    // the application of TOPSIS method with entropy weight", Int. J. Eng. Trends Technol.
    // 46(2), 60–66: 12 alternatives × 5 criteria, entropy weights on p_ij = x_ij / Σ_i x_ij.
    // The published weights, to six decimals, as the pymcdm package's test suite reproduces
    // them: 0.104991, 0.069124, 0.071373, 0.449937, 0.304575.
    const rows = [
      [7, 312, 1891, 6613, 163],
      [72, 88, 728, 941804, 1078],
      [10, 252, 2594, 3466, 117471],
      [10, 145, 980, 2371, 86329],
      [65, 54, 350, 501, 29897],
      [29, 48, 380, 912, 34051],
      [7, 476, 3300, 78470, 2212],
      [70, 87, 650, 733, 819000],
      [4, 86, 591, 3015, 103],
      [12, 79, 579, 3240, 96098],
      [21, 45, 261, 1253, 453],
      [1, 72, 530, 4333, 0.1048],
    ];
    const r = entropyWeights(data(['C1', 'C2', 'C3', 'C4', 'C5'], rows));
    const published = [0.104991, 0.069124, 0.071373, 0.449937, 0.304575];
    published.forEach((w, j) => expect(r.weights[j]).toBeCloseTo(w, 6));
  });

  it('gives 0 with a warning to a column of zeros, a constant column and a column with one value', () => {
    // A: 0, 1, 1 → p = 0, ½, ½, e = ln 2 / ln 3; the others get 0, so A gets everything.
    const r = entropyWeights(
      data(
        ['A', 'Z', 'K', 'S'],
        [
          [0, 0, 0.4, NaN],
          [1, 0, 0.4, 0.7],
          [1, 0, 0.4, NaN],
        ],
      ),
    );
    expect([...r.weights]).toEqual([1, 0, 0, 0]);
    expect(r.warnings.map((w) => [w.key, w.indicator])).toEqual([
      ['engine.weights.zeroColumn', 'Z'],
      ['engine.weights.constantColumn', 'K'],
      ['engine.weights.tooFewValues', 'S'],
    ]);
  });

  it('refuses negative values and data with no usable column', () => {
    const neg = kaopingError(() => entropyWeights(data(['A'], [[-1], [1]])));
    expect(neg.key).toBe('engine.weights.negativeValue');
    expect(neg.params).toMatchObject({ indicator: 'A', value: -1 });
    const none = kaopingError(() => entropyWeights(data(['A', 'B'], [[1, NaN], [1, 0.5]])));
    expect(none.key).toBe('engine.weights.noData');
    expect(none.params).toEqual({ method: 'entropy' });
  });

  it('column entropy is 1 for equal shares and 0 for one share', () => {
    expect(columnEntropy(Float64Array.from([2, 2, 2, 2]))).toBeCloseTo(1, 15);
    expect(columnEntropy(Float64Array.from([0, 0, 3]))).toBe(0);
  });

  it('checks the shape', () => {
    const e = kaopingError(() => entropyWeights({ leafCodes: ['A', 'B'], nUnits: 3, scores: new Float64Array(5), mask: new Uint8Array(6) }));
    expect(e.key).toBe('engine.matrixShape');
  });
});
