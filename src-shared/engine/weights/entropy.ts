import { finishWeights, leafValues, screenColumns } from './columns';
import type { ObjectiveWeights, WeightData } from './types';

/** Entropy weights (熵权法) of the columns of a matrix of values y ≥ 0 (the min-max [0, 1]
 * matrix with direction applied), missing values left out column by column:
 *
 *   p_ij = y_ij / Σ_i y_ij                         (over the m_j units with a value in column j)
 *   e_j  = −(1 / ln m_j) × Σ_i p_ij ln p_ij        (with 0 · ln 0 = 0, so a 0 adds nothing)
 *   d_j  = 1 − e_j                                  (degree of diversification, ≥ 0)
 *   w_j  = d_j / Σ_k d_k
 *
 * e_j lies in [0, 1]: 1 when every unit has the same share (no information), lower the more
 * the values are concentrated. d_j is clamped at 0 against rounding. A column with fewer than
 * two values (ln 1 = 0), with Σ y = 0 (p undefined) or with all values equal (e = 1 exactly)
 * gets weight 0 with a warning (see `screenColumns`); negative values are refused.
 * Reference: the entropy method of Hwang & Yoon (1981), Multiple Attribute Decision Making,
 * Springer; in the Chinese literature the commonest objective weights (domain.md §6). */
export function entropyWeights(data: WeightData): ObjectiveWeights {
  const screened = screenColumns(data, 'entropy', { nonNegative: true, needsPositiveSum: true });
  const d = new Float64Array(data.leafCodes.length);
  data.leafCodes.forEach((_, j) => {
    if (!screened.usable[j]) return;
    d[j] = Math.max(0, 1 - columnEntropy(leafValues(data, j)));
  });
  return finishWeights('entropy', d, screened.usable, screened.warnings);
}

/** e = −(1/ln m) Σ p ln p over the m values (m ≥ 2, Σ y > 0), with 0 · ln 0 = 0. */
export function columnEntropy(values: Float64Array): number {
  const m = values.length;
  let sum = 0;
  for (const y of values) sum += y;
  let h = 0;
  for (const y of values) {
    if (y === 0) continue; // 0 · ln 0 = 0
    const p = y / sum;
    h -= p * Math.log(p);
  }
  return h / Math.log(m);
}
