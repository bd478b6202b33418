import { describe, expect, it } from 'vitest';
import {
  evaluatePairwise,
  identityPairwise,
  pairwiseFromWeights,
  SAATY_VALUES,
  setJudgement,
} from '../../../../src-renderer/views/weights/ahpModel';

describe('AHP editor model', () => {
  it('offers the 17 points of Saaty’s scale, 1/9 to 9', () => {
    expect(SAATY_VALUES).toHaveLength(17);
    expect(SAATY_VALUES[0]).toBe(1 / 9);
    expect(SAATY_VALUES[8]).toBe(1);
    expect(SAATY_VALUES[16]).toBe(9);
  });

  it('fills the reciprocal of every judgement and leaves the rest alone', () => {
    const a = identityPairwise(3);
    const b = setJudgement(a, 0, 2, 5);
    expect(b).toEqual([
      [1, 1, 5],
      [1, 1, 1],
      [1 / 5, 1, 1],
    ]);
    expect(a[0][2]).toBe(1); // not mutated
    // editing from the lower triangle sets the upper one to its reciprocal
    expect(setJudgement(b, 2, 1, 1 / 3)[1][2]).toBe(3);
    expect(setJudgement(b, 1, 1, 7)).toBe(b); // the diagonal stays 1
  });

  it('starts from the current weights rounded to the scale', () => {
    // 4 : 2 : 1 is on the scale exactly; 6 : 1 → 6; 1 : 20 → 1/9 (capped); 0 : 0 → 1
    expect(pairwiseFromWeights([4, 2, 1])).toEqual([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    expect(pairwiseFromWeights([6, 1])[0][1]).toBe(6);
    expect(pairwiseFromWeights([1, 20])[0][1]).toBe(1 / 9);
    expect(pairwiseFromWeights([0, 0, 1])[0][1]).toBe(1);
    expect(pairwiseFromWeights([1, 0])[0][1]).toBe(9);
  });

  it('gives the weights of a consistent matrix and CR 0', () => {
    const v = evaluatePairwise(pairwiseFromWeights([4, 2, 1]), ['A', 'B', 'C']);
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => expect(v.weights[i]).toBeCloseTo(w, 12));
    expect(v.cr).toBe(0);
    expect(v.inconsistent).toBe(false);
    expect(v.worst).toBeNull();
  });

  it('computes CR of a 3 × 3 matrix as by hand, and names the worst judgement when CR > 0.10', () => {
    // For a 3 × 3 reciprocal matrix λmax = 1 + ρ^(1/3) + ρ^(−1/3) with ρ = a13 / (a12 · a23).
    // a12 = 3, a23 = 3, a13 = 1/3 (a circular judgement): ρ = 1/27, λmax = 1 + 1/3 + 3 = 13/3,
    // CI = (13/3 − 3) / 2 = 2/3, CR = CI / RI(3) = (2/3) / 0.58 = 1.1494…
    let a = identityPairwise(3);
    a = setJudgement(a, 0, 1, 3);
    a = setJudgement(a, 1, 2, 3);
    a = setJudgement(a, 0, 2, 1 / 3);
    const v = evaluatePairwise(a, ['A', 'B', 'C']);
    expect(v.lambdaMax).toBeCloseTo(13 / 3, 10);
    expect(v.cr).toBeCloseTo(2 / 3 / 0.58, 10);
    expect(v.inconsistent).toBe(true);
    // the row geometric means are all 1, so the weights are equal and every ε_ij = a_ij:
    // |ln 3| for each pair, ties in matrix order → (A, B), whose weights agree on 1
    v.weights.forEach((w) => expect(w).toBeCloseTo(1 / 3, 12));
    expect(v.worst).toMatchObject({ row: 'A', column: 'B', i: 0, j: 1, value: 3, suggested: 1 });
  });

  it('passes a mildly inconsistent matrix (CR under 0.10) without a warning', () => {
    // a12 = 2, a23 = 2, a13 = 9: ρ = 9/4, ρ^(1/3) = 1.31037, λmax = 1 + 1.31037 + 0.76314 = 3.07351,
    // CR = (0.07351 / 2) / 0.58 = 0.0634
    let a = identityPairwise(3);
    a = setJudgement(a, 0, 1, 2);
    a = setJudgement(a, 1, 2, 2);
    a = setJudgement(a, 0, 2, 9);
    const rho = 9 / 4;
    const lambda = 1 + Math.cbrt(rho) + 1 / Math.cbrt(rho);
    const v = evaluatePairwise(a, ['A', 'B', 'C']);
    expect(v.cr).toBeCloseTo((lambda - 3) / 2 / 0.58, 10);
    expect(v.cr).toBeCloseTo(0.0634, 4);
    expect(v.worst).toBeNull();
  });

  it('reproduces Saaty’s drinks example from its upper triangle alone', () => {
    // Saaty (2008), Int. J. Services Sciences 1(1), 83–98, Table 2: eigenvector
    // .177 .019 .042 .116 .190 .129 .327, C.R. = .022.
    const upper: [number, number, number][] = [
      [0, 1, 9], [0, 2, 5], [0, 3, 2], [0, 4, 1], [0, 5, 1], [0, 6, 1 / 2],
      [1, 2, 1 / 3], [1, 3, 1 / 9], [1, 4, 1 / 9], [1, 5, 1 / 9], [1, 6, 1 / 9],
      [2, 3, 1 / 3], [2, 4, 1 / 4], [2, 5, 1 / 3], [2, 6, 1 / 9],
      [3, 4, 1 / 2], [3, 5, 1], [3, 6, 1 / 3],
      [4, 5, 2], [4, 6, 1 / 2],
      [5, 6, 1 / 3],
    ];
    const a = upper.reduce((m, [i, j, v]) => setJudgement(m, i, j, v), identityPairwise(7));
    const v = evaluatePairwise(a, ['coffee', 'wine', 'tea', 'beer', 'sodas', 'milk', 'water']);
    [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327].forEach((p, i) => expect(Math.abs(v.weights[i] - p)).toBeLessThanOrEqual(0.0005 + 1e-9));
    expect(Math.abs(v.cr - 0.022)).toBeLessThanOrEqual(0.0005 + 1e-9);
    expect(v.worst).toBeNull();
  });
});
