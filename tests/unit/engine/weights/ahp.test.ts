import { describe, expect, it } from 'vitest';
import {
  ahpWeights,
  AHP_MAX_ORDER,
  checkPairwise,
  consistency,
  judgementText,
  nearestSaaty,
  randomIndex,
} from '../../../../src-shared/engine/weights';
import { kaopingError } from '../helpers';

/** |actual − published| within half a unit of the published figure's last decimal. */
function toPublished(actual: number, published: number, decimals: number): void {
  expect(Math.abs(actual - published)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
}

describe('AHP on Saaty’s published examples', () => {
  it('relative consumption of drinks in the US (Saaty 2008)', () => {
    // Saaty, T. L. (2008). Decision making with the analytic hierarchy process. Int. J.
    // Services Sciences 1(1), 83–98, Table 2 "Which drink is consumed more in the US?":
    // published eigenvector .177 .019 .042 .116 .190 .129 .327, C.R. = .022.
    const codes = ['coffee', 'wine', 'tea', 'beer', 'sodas', 'milk', 'water'];
    const m = [
      [1, 9, 5, 2, 1, 1, 1 / 2],
      [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
      [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
      [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [1, 9, 4, 2, 1, 2, 1 / 2],
      [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [2, 9, 9, 3, 2, 3, 1],
    ];
    const r = ahpWeights(m, codes);
    const published = [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327];
    published.forEach((p, i) => toPublished(r.weights[i], p, 3));
    toPublished(r.cr, 0.022, 3);
    expect(r.ri).toBe(1.32);
    expect(r.ci).toBeCloseTo((r.lambdaMax - 7) / 6, 15);
    expect(r.cr).toBeCloseTo(r.ci / 1.32, 15);
    expect(r.inconsistent).toBe(false);
  });

  it('relative wealth of seven nations (Saaty 1980)', () => {
    // Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill (from Saaty & Khouja
    // 1976, "A measure of world influence", J. Peace Science 2, 31–48): US, USSR, China,
    // France, UK, Japan, W. Germany; published eigenvector .427 .230 .021 .052 .052 .123 .094,
    // λmax = 7.61, C.I. = .10, C.R. = .08 (against the GNP shares .413 .225 .043 .069 .055
    // .104 .091).
    const codes = ['US', 'USSR', 'China', 'France', 'UK', 'Japan', 'WGermany'];
    const m = [
      [1, 4, 9, 6, 6, 5, 5],
      [1 / 4, 1, 7, 5, 5, 3, 4],
      [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
      [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
      [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
      [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
      [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
    ];
    const r = ahpWeights(m, codes);
    [0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094].forEach((p, i) => toPublished(r.weights[i], p, 3));
    toPublished(r.lambdaMax, 7.61, 2);
    toPublished(r.ci, 0.1, 2);
    toPublished(r.cr, 0.08, 2);
    // France and the UK have identical rows: identical weights.
    expect(r.weights[3]).toBeCloseTo(r.weights[4], 14);
  });
});

describe('AHP by hand', () => {
  it('a consistent 3 × 3 matrix gives its weights back with λmax = n and CR = 0 exactly', () => {
    // w = (4, 2, 1)/7 and a_ij = w_i / w_j: A = [[1, 2, 4], [1/2, 1, 2], [1/4, 1/2, 1]].
    // A w = (4/7 + 2·2/7 + 4/7, …) = 3 w, so λmax = 3, CI = (3 − 3)/2 = 0, CR = 0.
    const r = ahpWeights(
      [
        [1, 2, 4],
        [1 / 2, 1, 2],
        [1 / 4, 1 / 2, 1],
      ],
      ['A', 'B', 'C'],
    );
    expect(r.weights[0]).toBeCloseTo(4 / 7, 15);
    expect(r.weights[1]).toBeCloseTo(2 / 7, 15);
    expect(r.weights[2]).toBeCloseTo(1 / 7, 15);
    expect(r.lambdaMax).toBeCloseTo(3, 14);
    expect(r.ci).toBe(0);
    expect(r.cr).toBe(0);
    expect(r.ri).toBe(0.58);
    expect(r.inconsistent).toBe(false);
    // Every ε_ij = a_ij w_j / w_i = 1 and every suggestion is the judgement itself.
    for (const j of r.judgements) {
      expect(j.deviation).toBeCloseTo(1, 14);
      expect(j.suggested).toBeCloseTo(j.value, 14);
    }
  });

  it('an inconsistent 3 × 3 matrix: λmax from the characteristic polynomial', () => {
    // A = [[1, 2, 1/2], [1/2, 1, 2], [2, 1/2, 1]] is a circulant matrix: its eigenvalues are
    // 1 + 2ω + ½ω² over the cube roots of unity ω, so λmax = 1 + 2 + ½ = 3.5 with
    // w = (1, 1, 1)/3. CI = (3.5 − 3)/2 = 0.25, CR = 0.25 / 0.58 = 0.431… > 0.10: flagged.
    const r = ahpWeights(
      [
        [1, 2, 1 / 2],
        [1 / 2, 1, 2],
        [2, 1 / 2, 1],
      ],
      ['X', 'Y', 'Z'],
    );
    for (const w of r.weights) expect(w).toBeCloseTo(1 / 3, 14);
    expect(r.lambdaMax).toBeCloseTo(3.5, 13);
    expect(r.ci).toBeCloseTo(0.25, 13);
    expect(r.cr).toBeCloseTo(0.25 / 0.58, 12);
    expect(r.inconsistent).toBe(true);
    // With equal weights ε_ij = a_ij: |ln 2| = |ln ½| ties all three pairs, in matrix order.
    expect(r.judgements.map((j) => `${j.row}${j.column}`)).toEqual(['XY', 'XZ', 'YZ']);
    expect(r.judgements.every((j) => j.suggested === 1)).toBe(true);
  });

  it('orders 1 and 2 are always consistent', () => {
    const one = ahpWeights([[1]], ['A']);
    expect([...one.weights]).toEqual([1]);
    expect(one.cr).toBe(0);
    // 2 × 2: w = (3, 1)/4 for a_12 = 3.
    const two = ahpWeights(
      [
        [1, 3],
        [1 / 3, 1],
      ],
      ['A', 'B'],
    );
    expect(two.weights[0]).toBeCloseTo(0.75, 15);
    expect(two.weights[1]).toBeCloseTo(0.25, 15);
    expect(two.ci).toBe(0);
    expect(two.cr).toBe(0);
  });
});

describe('the judgements that contribute most to the inconsistency', () => {
  it('finds a planted bad judgement and suggests the value the weights imply', () => {
    // Consistent judgements from w = (8, 4, 2, 1): a_ij = w_i / w_j. Then the judgement
    // A over D is turned round, 8 → 1/8 (and D over A, 1/8 → 8).
    const w = [8, 4, 2, 1];
    const codes = ['A', 'B', 'C', 'D'];
    const m = w.map((wi) => w.map((wj) => wi / wj));
    m[0][3] = 1 / 8;
    m[3][0] = 8;
    const r = ahpWeights(m, codes);
    expect(r.inconsistent).toBe(true);
    const worst = r.judgements[0];
    expect([worst.row, worst.column]).toEqual(['A', 'D']);
    expect(worst.value).toBeCloseTo(1 / 8, 14);
    // ε = a_AD w_D / w_A, with the weights as computed.
    expect(worst.deviation).toBeCloseTo((worst.value * r.weights[3]) / r.weights[0], 14);
    expect(worst.suggested).toBe(nearestSaaty(r.weights[0] / r.weights[3]));
    // Ranked by |ln ε|, worst first; all six pairs above the diagonal.
    expect(r.judgements).toHaveLength(6);
    const logs = r.judgements.map((j) => Math.abs(Math.log(j.deviation)));
    expect([...logs].sort((a, b) => b - a)).toEqual(logs);
    // Setting the worst judgement to the suggestion improves CR.
    const fixed = m.map((row) => [...row]);
    fixed[0][3] = worst.suggested;
    fixed[3][0] = 1 / worst.suggested;
    expect(ahpWeights(fixed, codes).cr).toBeLessThan(r.cr);
  });

  it('λmax − n = (1/n) Σ_{i<j} (ε + 1/ε − 2)', () => {
    const r = ahpWeights(
      [
        [1, 3, 5, 1 / 2],
        [1 / 3, 1, 4, 2],
        [1 / 5, 1 / 4, 1, 1 / 3],
        [2, 1 / 2, 3, 1],
      ],
      ['P', 'Q', 'R', 'S'],
    );
    const sum = r.judgements.reduce((s, j) => s + j.deviation + 1 / j.deviation - 2, 0);
    expect(r.lambdaMax - 4).toBeCloseTo(sum / 4, 12);
  });
});

describe('checking the matrix', () => {
  const codes = ['A', 'B', 'C'];
  it('refuses a matrix that is not reciprocal, naming the cell', () => {
    const e = kaopingError(() =>
      ahpWeights(
        [
          [1, 2, 3],
          [1 / 2, 1, 4],
          [3, 1 / 4, 1],
        ],
        codes,
      ),
    );
    expect(e.key).toBe('engine.weights.ahpNotReciprocal');
    expect(e.params).toMatchObject({ row: 'A', column: 'C', value: '3', mirror: '3', expected: '1/3' });
  });

  it('refuses a cell that is not a positive number, and a diagonal other than 1', () => {
    const zero = kaopingError(() => checkPairwise([[1, 0], [1, 1]], ['A', 'B']));
    expect(zero.key).toBe('engine.weights.ahpNotPositive');
    expect(zero.params).toMatchObject({ row: 'A', column: 'B', value: '0' });
    const negative = kaopingError(() => checkPairwise([[1, 2], [-0.5, 1]], ['A', 'B']));
    expect(negative.params).toMatchObject({ row: 'B', column: 'A' });
    expect(kaopingError(() => checkPairwise([[1, NaN], [1, 1]], ['A', 'B'])).key).toBe('engine.weights.ahpNotPositive');
    const diag = kaopingError(() => checkPairwise([[2, 1], [1, 1]], ['A', 'B']));
    expect(diag.key).toBe('engine.weights.ahpDiagonal');
    expect(diag.params).toMatchObject({ row: 'A', value: '2' });
  });

  it('refuses a ragged matrix, codes that do not match and an empty matrix', () => {
    expect(kaopingError(() => checkPairwise([[1, 2], [1 / 2]], ['A', 'B'])).params).toMatchObject({ row: 'B', cells: 1, size: 2 });
    expect(kaopingError(() => checkPairwise([[1]], ['A', 'B'])).key).toBe('engine.weights.ahpCodes');
    expect(kaopingError(() => checkPairwise([[1, 1], [1, 1]], ['A', 'A'])).key).toBe('engine.weights.ahpCodes');
    expect(kaopingError(() => checkPairwise([], [])).key).toBe('engine.weights.ahpEmpty');
  });

  it('accepts two-decimal reciprocals within the tolerance and evens them out', () => {
    // 3 facing 0.33: product 0.99, within 0.05. The pair becomes √(3/0.33) and its inverse.
    const a = checkPairwise([[1, 3], [0.33, 1]], ['A', 'B']);
    expect(a[0][1]).toBeCloseTo(Math.sqrt(3 / 0.33), 15);
    expect(a[0][1] * a[1][0]).toBeCloseTo(1, 15);
    // 3 facing 0.3: product 0.9, refused.
    expect(kaopingError(() => checkPairwise([[1, 3], [0.3, 1]], ['A', 'B'])).key).toBe('engine.weights.ahpNotReciprocal');
    // A tighter tolerance refuses 0.33 too.
    expect(kaopingError(() => checkPairwise([[1, 3], [0.33, 1]], ['A', 'B'], 0.001)).key).toBe('engine.weights.ahpNotReciprocal');
  });

  it('refuses an order beyond the random index table', () => {
    const n = AHP_MAX_ORDER + 1;
    const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    const e = kaopingError(() => ahpWeights(m, m.map((_, i) => `C${i}`)));
    expect(e.key).toBe('engine.weights.ahpTooLarge');
    expect(e.params).toEqual({ size: 16, max: 15 });
  });
});

describe('random index, consistency and Saaty’s scale', () => {
  it('has Saaty’s random index for n = 1 … 15', () => {
    const expected = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];
    expect(expected.map((_, i) => randomIndex(i + 1))).toEqual(expected);
  });

  it('computes CI and CR and flags CR above 0.10', () => {
    // n = 4, λmax = 4.27: CI = 0.27/3 = 0.09, CR = 0.09/0.90 = 0.1 → not above 0.10.
    const at = consistency(4.27, 4);
    expect(at.ci).toBeCloseTo(0.09, 14);
    expect(at.cr).toBeCloseTo(0.1, 14);
    // λmax = 4.3: CR = 0.1/0.9 = 0.111… > 0.10.
    expect(consistency(4.3, 4).inconsistent).toBe(true);
    expect(consistency(4.2, 4).inconsistent).toBe(false);
  });

  it('rounds a ratio to the nearest point of the scale, symmetrically for reciprocals', () => {
    expect([2.4, 2.6, 1.4, 20, 0.3, 0.45, 1 / 20, 1].map(nearestSaaty)).toEqual([2, 3, 1, 9, 1 / 3, 1 / 2, 1 / 9, 1]);
    for (const x of [0.07, 0.2, 0.37, 0.8, 1.3, 2.49, 5.5, 12]) expect(nearestSaaty(1 / x)).toBeCloseTo(1 / nearestSaaty(x), 15);
    expect([3, 1 / 3, 0.5, 2.5, 1].map(judgementText)).toEqual(['3', '1/3', '1/2', '2.5', '1']);
  });
});
