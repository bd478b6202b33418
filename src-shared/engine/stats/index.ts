import { columnIndex } from '../matrix';
import type { IndicatorTree } from '../tree';
import type { EvaluationMatrix } from '../types';
import { collinearPairs } from './correlation';
import { columnStatistics, type IndicatorStatistics } from './indicator-stats';

/** Indicator statistics of a period (issue 3, "Indicator statistics"): for every scored leaf,
 * in tree order, its availability and moments and the outlier rule's verdict on its raw
 * values; and the pairs of leaves whose raw values correlate with |r| > 0.9 (pairwise
 * complete). A leaf without a column in the matrix has n = 0. Adjustment items (bonus,
 * penalty, veto) are not indicators and are left out. */
export function indicatorStatistics(
  tree: IndicatorTree,
  matrix: EvaluationMatrix,
): { indicators: IndicatorStatistics[]; collinear: { a: string; b: string; r: number }[] } {
  const columns = columnIndex(matrix);
  const n = matrix.unitCodes.length;
  const empty = new Float64Array(n).fill(NaN);
  const codes = [...tree.leaves];
  const data = codes.map((code) => {
    const c = columns.get(code);
    return c === undefined ? empty : matrix.values.subarray(c * n, (c + 1) * n);
  });
  return {
    indicators: codes.map((code, j) => columnStatistics(code, data[j], n)),
    collinear: collinearPairs(codes, data),
  };
}

export { columnStatistics, type IndicatorStatistics } from './indicator-stats';
export { pearson, correlationMatrix, collinearPairs, COLLINEAR_LIMIT, MIN_PAIRS } from './correlation';
export { mean, sampleSd, skewness, kurtosis, presentValues } from './moments';
