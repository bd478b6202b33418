import { KaopingError } from '../../api/errors';
import type { PairwiseMatrix } from './pairwise';

/** Several experts' pairwise matrices combined into one by the element-wise geometric mean
 * (Aczél & Saaty 1983, J. Math. Psychology 27, 93–102: the only way that keeps the result
 * reciprocal and treats every expert alike):
 *
 *   g_ij = (Π_k a⁽ᵏ⁾_ij)^(1/K) = exp((1/K) Σ_k ln a⁽ᵏ⁾_ij)
 *
 * If every a⁽ᵏ⁾ is reciprocal so is g, since Π_k a⁽ᵏ⁾_ji = 1 / Π_k a⁽ᵏ⁾_ij. Checks that there
 * is at least one expert (`engine.weights.ahpNoExperts`), that every matrix has the first
 * one's square shape (`engine.weights.ahpExpertShape`) and that every cell is a finite number
 * > 0 (`engine.weights.ahpExpertNotPositive`, naming expert k from 1 and the cell by `codes`
 * when given, else by 1-based row and column). Reciprocity is checked on the result by
 * `ahpWeights`. */
export function geometricMeanMatrix(matrices: readonly PairwiseMatrix[], codes?: readonly string[]): number[][] {
  if (matrices.length === 0) throw new KaopingError('engine.weights.ahpNoExperts');
  const n = matrices[0].length;
  const name = (i: number): string => codes?.[i] ?? String(i + 1);
  matrices.forEach((m, k) => {
    if (m.length !== n || m.some((row) => row.length !== n)) {
      throw new KaopingError('engine.weights.ahpExpertShape', { expert: k + 1, size: n });
    }
    m.forEach((row, i) =>
      row.forEach((v, j) => {
        if (!Number.isFinite(v) || v <= 0) {
          throw new KaopingError('engine.weights.ahpExpertNotPositive', { expert: k + 1, row: name(i), column: name(j), value: String(v) });
        }
      }),
    );
  });
  const K = matrices.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let logSum = 0;
      for (const m of matrices) logSum += Math.log(m[i][j]);
      return Math.exp(logSum / K);
    }),
  );
}
