import { treatOutliers, type OutlierVerdict } from '../scoring/outliers';
import { kurtosis, mean, presentValues, sampleSd, skewness } from './moments';

/** Statistics of one indicator's raw values in a period (the `indicatorStats` shape of
 * src-shared/api/schemas.ts). Null where a figure is undefined: no value, or too few values
 * (sd needs 2, skewness 3, kurtosis 4) or all values equal (skewness, kurtosis). */
export interface IndicatorStatistics {
  code: string;
  /** n / number of units (0 when there are no units). */
  availability: number;
  /** Units with a value. */
  n: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Sample standard deviation (n − 1). */
  sd: number | null;
  /** Skewness G1 and excess kurtosis G2 as COINr computes them (moments.ts). */
  skewness: number | null;
  kurtosis: number | null;
  /** Share of the values that are exactly 0. */
  zeroShare: number | null;
  /** What the JRC outlier rule would do to the column (scoring/outliers.ts). */
  outliers: OutlierVerdict;
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** The statistics of one column of raw values (NaN = missing), over `nUnits` units. */
export function columnStatistics(code: string, column: ArrayLike<number>, nUnits: number): IndicatorStatistics {
  const v = presentValues(column);
  const n = v.length;
  let min = Infinity;
  let max = -Infinity;
  let zeros = 0;
  for (const x of v) {
    if (x < min) min = x;
    if (x > max) max = x;
    if (x === 0) zeros++;
  }
  return {
    code,
    availability: nUnits > 0 ? n / nUnits : 0,
    n,
    min: orNull(min),
    max: orNull(max),
    mean: orNull(mean(v)),
    sd: orNull(sampleSd(v)),
    skewness: orNull(skewness(v)),
    kurtosis: orNull(kurtosis(v)),
    zeroShare: n > 0 ? zeros / n : null,
    outliers: treatOutliers(v).verdict,
  };
}
