import { describe, expect, it } from 'vitest';
import { criticWeights, cvWeights, objectiveWeights } from '../../../../src-shared/engine/weights';
import { kaopingError } from '../helpers';
import { data } from './data';

// Three units, three columns of the [0, 1] matrix:
//   A = 0, ½, 1    B = 1, ½, 0 (A reversed)    C = 0, 1, 0
const abc = data(
  ['A', 'B', 'C'],
  [
    [0, 1, 0],
    [0.5, 0.5, 1],
    [1, 0, 0],
  ],
);

describe('CRITIC weights', () => {
  it('a small example by hand', () => {
    // Sample standard deviations (divisor m − 1 = 2):
    //   σ_A = σ_B = √((¼ + 0 + ¼)/2) = ½;  C: mean ⅓, deviations −⅓, ⅔, −⅓ → σ_C = √((6/9)/2) = 1/√3.
    // Correlations: r_AB = −1 (B is A reversed); Σ (A − ½)(C − ⅓) = (−½)(−⅓) + 0 + (½)(−⅓) = 0,
    //   so r_AC = 0 and likewise r_BC = 0.
    // Conflict: A: (1 − (−1)) + (1 − 0) = 3; B: 3; C: 1 + 1 = 2.
    // C_A = ½ · 3 = 1.5, C_B = 1.5, C_C = 2/√3; w = C / (3 + 2/√3).
    const r = criticWeights(abc);
    const c = [1.5, 1.5, 2 / Math.sqrt(3)];
    const sum = c[0] + c[1] + c[2];
    c.forEach((cj, j) => expect(r.weights[j]).toBeCloseTo(cj / sum, 15));
  });

  it('correlates pairwise complete units and takes σ over each column’s own values', () => {
    //        A     B
    // u1     0     1
    // u2   0.5   0.5
    // u3     1     0
    // u4     –     1
    // σ_A over 3 values = ½. B over 4 values: mean 0.625, deviations .375, −.125, −.625, .375,
    // Σ d² = 0.6875, σ_B = √(0.6875/3). r_AB over u1–u3 = −1, so each conflict is 2.
    // C_A = ½ · 2 = 1, C_B = 2 σ_B.
    const r = criticWeights(
      data(
        ['A', 'B'],
        [
          [0, 1],
          [0.5, 0.5],
          [1, 0],
          [NaN, 1],
        ],
      ),
    );
    const sB = Math.sqrt(0.6875 / 3);
    expect(r.weights[0]).toBeCloseTo(1 / (1 + 2 * sB), 15);
    expect(r.weights[1]).toBeCloseTo((2 * sB) / (1 + 2 * sB), 15);
  });

  it('shares equally among perfectly correlated columns, with a warning', () => {
    const r = criticWeights(
      data(
        ['A', 'B', 'K'],
        [
          [0, 0, 0.3],
          [0.5, 1, 0.3],
          [1, 2, 0.3],
        ],
      ),
    );
    expect([...r.weights]).toEqual([0.5, 0.5, 0]);
    expect(r.warnings.map((w) => w.key)).toEqual(['engine.weights.constantColumn', 'engine.weights.equalFallback']);
  });
});

describe('coefficient of variation weights', () => {
  it('a small example by hand, with a missing value', () => {
    // A = 0, ½, 1: mean ½, σ ½ → v = 1.   C = 0, 1, 0: mean ⅓, σ 1/√3 → v = √3.
    // D = 1, –, ½: mean ¾, deviations ¼, −¼, σ = √(⅛ / 1) → v = √⅛ / ¾.
    const r = cvWeights(
      data(
        ['A', 'C', 'D'],
        [
          [0, 0, 1],
          [0.5, 1, NaN],
          [1, 0, 0.5],
        ],
      ),
    );
    const v = [1, Math.sqrt(3), Math.sqrt(1 / 8) / 0.75];
    const sum = v[0] + v[1] + v[2];
    v.forEach((vj, j) => expect(r.weights[j]).toBeCloseTo(vj / sum, 15));
  });

  it('gives 0 with a warning to a column of zeros', () => {
    const r = cvWeights(data(['A', 'Z'], [[0, 0], [1, 0]]));
    expect([...r.weights]).toEqual([1, 0]);
    expect(r.warnings[0]).toMatchObject({ key: 'engine.weights.zeroColumn', indicator: 'Z' });
  });
});

describe('objectiveWeights', () => {
  it('dispatches by method; equal is 1/n whatever the data', () => {
    expect([...objectiveWeights(abc, 'equal').weights]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect([...objectiveWeights(abc, 'critic').weights]).toEqual([...criticWeights(abc).weights]);
    expect([...objectiveWeights(abc, 'cv').weights]).toEqual([...cvWeights(abc).weights]);
    const e = kaopingError(() => objectiveWeights(abc, 'pca' as never));
    expect(e.key).toBe('engine.weights.unknownMethod');
  });
});
