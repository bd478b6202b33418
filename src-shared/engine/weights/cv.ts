import { finishWeights, screenColumns } from './columns';
import type { ObjectiveWeights, WeightData } from './types';

/** Coefficient-of-variation weights (变异系数法) of the columns of a matrix of values y ≥ 0
 * (the min-max [0, 1] matrix), missing values left out column by column:
 *
 *   v_j = σ_j / ȳ_j,     w_j = v_j / Σ_k v_k
 *
 * with σ_j the sample standard deviation (divisor m_j − 1, as in `criticWeights`) and ȳ_j
 * the mean of the m_j present values. A column with fewer than two values, Σ y = 0 (no mean
 * to divide by) or all values equal gets weight 0 with a warning; negative values are
 * refused (a mean near 0 of mixed signs makes v meaningless). */
export function cvWeights(data: WeightData): ObjectiveWeights {
  const screened = screenColumns(data, 'cv', { nonNegative: true, needsPositiveSum: true });
  const v = Float64Array.from(screened.summaries, (s, j) => (screened.usable[j] ? s.sd / s.mean : 0));
  return finishWeights('cv', v, screened.usable, screened.warnings);
}
