import { ahpWeights, CR_THRESHOLD, nearestSaaty, type JudgementDeviation } from '../../../src-shared/engine/weights';

/** The pairwise editor's model: a square matrix of judgements on Saaty's 1–9 scale where only
 * the upper triangle is edited; the lower triangle always holds the reciprocals and the
 * diagonal 1 (docs/scoring-model.md §7, AHP). */
export type Pairwise = number[][];

/** The points of Saaty's scale a cell may take, from 1/9 to 9. */
export const SAATY_VALUES: readonly number[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => 1 / k),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9],
];

/** The matrix of order n with every judgement 1 (all items equal). */
export function identityPairwise(n: number): Pairwise {
  return Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
}

/** A starting matrix that agrees with the current weights as far as the scale allows:
 * a_ij = w_i / w_j rounded to the nearest point of the scale (two zero weights compare as
 * equal, a zero against a positive weight as 1/9 or 9). */
export function pairwiseFromWeights(weights: readonly number[]): Pairwise {
  const n = weights.length;
  const a = identityPairwise(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const wi = weights[i];
      const wj = weights[j];
      const v = wi === 0 && wj === 0 ? 1 : wj === 0 ? 9 : nearestSaaty(wi / wj);
      a[i][j] = v;
      a[j][i] = 1 / v;
    }
  }
  return a;
}

/** Sets the judgement of row i over column j (either triangle) and its reciprocal. */
export function setJudgement(a: Pairwise, i: number, j: number, value: number): Pairwise {
  if (i === j) return a;
  const next = a.map((row) => [...row]);
  next[i][j] = value;
  next[j][i] = 1 / value;
  return next;
}

export interface AhpView {
  /** Principal eigenvector, Σ = 1, in the order of the codes. */
  weights: number[];
  lambdaMax: number;
  cr: number;
  inconsistent: boolean;
  /** The judgement that adds most to the inconsistency (when CR > 0.10): its cell in the
   * editor's upper triangle and the value on the scale that would agree with the weights. */
  worst: (JudgementDeviation & { i: number; j: number }) | null;
}

/** Weights, consistency and the judgement to revisit, by the engine's `ahpWeights`. */
export function evaluatePairwise(a: Pairwise, codes: readonly string[]): AhpView {
  const r = ahpWeights(a, codes);
  const first = r.judgements[0];
  const worst = r.inconsistent && first ? { ...first, i: codes.indexOf(first.row), j: codes.indexOf(first.column) } : null;
  return { weights: [...r.weights], lambdaMax: r.lambdaMax, cr: r.cr, inconsistent: r.inconsistent, worst };
}

export { CR_THRESHOLD };
