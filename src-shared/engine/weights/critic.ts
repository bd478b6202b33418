import { finishWeights, pairwisePearson, screenColumns } from './columns';
import type { ObjectiveWeights, WeightData } from './types';

/** CRITIC weights (Criteria Importance Through Intercriteria Correlation; Diakoulaki,
 * Mavrotas & Papayannakis 1995, Computers & Operations Research 22(7), 763–770) of the
 * columns of the min-max [0, 1] matrix:
 *
 *   C_j = σ_j × Σ_k (1 − r_jk)        (contrast × conflict; the term k = j is 1 − 1 = 0)
 *   w_j = C_j / Σ_k C_k
 *
 * σ_j is the SAMPLE standard deviation of column j (divisor m_j − 1) over its m_j present
 * values, as most applications compute it. When no value is missing every m_j is the same,
 * so the choice scales every C_j alike and leaves the weights unchanged; with missing values
 * the sample form does not favour a column for having fewer values.
 * r_jk is Pearson's correlation over the units that have both values (pairwise complete);
 * where it is undefined (fewer than two such units, or a column constant on them) it is
 * taken as 0 — no evidence of redundancy. The sum runs over the usable columns only: a
 * column with fewer than two values or all values equal gets weight 0 with a warning and is
 * not counted as conflicting with the others. If every usable column has C = 0 (all
 * perfectly correlated, or only one usable column), they share the weight equally (warning
 * `engine.weights.equalFallback`). */
export function criticWeights(data: WeightData): ObjectiveWeights {
  const screened = screenColumns(data, 'critic', { nonNegative: false, needsPositiveSum: false });
  const n = data.leafCodes.length;
  const c = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    if (!screened.usable[j]) continue;
    let conflict = 0;
    for (let k = 0; k < n; k++) {
      if (k === j || !screened.usable[k]) continue;
      conflict += 1 - (pairwisePearson(data, j, k) ?? 0);
    }
    c[j] = screened.summaries[j].sd * conflict;
  }
  return finishWeights('critic', c, screened.usable, screened.warnings);
}
