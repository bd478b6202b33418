import { KaopingError } from '../../api/errors';
import type { EngineWarning } from '../types';
import type { ObjectiveMethod, WeightData } from './types';

/** Checks that scores and mask have nUnits × leaves cells; throws `engine.matrixShape`. */
export function checkWeightData(data: WeightData): void {
  const expected = data.nUnits * data.leafCodes.length;
  for (const actual of [data.scores.length, data.mask.length]) {
    if (actual !== expected) throw new KaopingError('engine.matrixShape', { expected, actual });
  }
}

/** True where unit i has a value on leaf j: mask 1 and a finite score. */
export function isPresent(data: WeightData, j: number, i: number): boolean {
  const cell = j * data.nUnits + i;
  return data.mask[cell] === 1 && Number.isFinite(data.scores[cell]);
}

/** The present values of leaf j, in unit order (missing values left out). */
export function leafValues(data: WeightData, j: number): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < data.nUnits; i++) if (isPresent(data, j, i)) out.push(data.scores[j * data.nUnits + i]);
  return Float64Array.from(out);
}

export interface ColumnSummary {
  /** m: the number of values present. */
  count: number;
  sum: number;
  /** Σ y / m (NaN for m = 0). */
  mean: number;
  /** Sample standard deviation √(Σ (y − mean)² / (m − 1)); 0 for m < 2. */
  sd: number;
  /** All present values equal (max = min); true for m ≤ 1. */
  constant: boolean;
  min: number;
  max: number;
}

/** Count, sum, mean, sample standard deviation and range of the present values. The deviation
 * is computed in two passes (mean first), which keeps it exact for a constant column. */
export function summariseColumn(values: Float64Array): ColumnSummary {
  const m = values.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const y of values) {
    sum += y;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  const mean = m > 0 ? sum / m : NaN;
  let ss = 0;
  for (const y of values) ss += (y - mean) * (y - mean);
  const sd = m >= 2 ? Math.sqrt(ss / (m - 1)) : 0;
  return { count: m, sum, mean, sd, constant: !(max > min), min, max };
}

/** Pearson correlation of leaves j and k over the units that have both (pairwise complete):
 *
 *   r = Σ (x − x̄)(y − ȳ) / √(Σ (x − x̄)² · Σ (y − ȳ)²)
 *
 * with the means taken over those common units. null where fewer than two units have both or
 * either column is constant on them (r is undefined). The result is clamped to [−1, 1]
 * against rounding. */
export function pairwisePearson(data: WeightData, j: number, k: number): number | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < data.nUnits; i++) {
    if (isPresent(data, j, i) && isPresent(data, k, i)) {
      xs.push(data.scores[j * data.nUnits + i]);
      ys.push(data.scores[k * data.nUnits + i]);
    }
  }
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let t = 0; t < n; t++) {
    mx += xs[t];
    my += ys[t];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let t = 0; t < n; t++) {
    const dx = xs[t] - mx;
    const dy = ys[t] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export interface ScreenedColumns {
  summaries: ColumnSummary[];
  /** Columns the method can use; the others get weight 0. */
  usable: boolean[];
  warnings: EngineWarning[];
}

/** Which columns carry information for a data-driven method, with a warning for each that
 * does not (its weight is then 0):
 *   - fewer than two values → `engine.weights.tooFewValues`;
 *   - Σ y = 0 (only when `needsPositiveSum`: entropy's p = y/Σy and CV's σ/mean divide by it)
 *     → `engine.weights.zeroColumn`;
 *   - all values equal → `engine.weights.constantColumn`.
 * With `nonNegative`, a negative value throws `engine.weights.negativeValue` (entropy and CV
 * need y ≥ 0: normalise to [0, 1] first). */
export function screenColumns(
  data: WeightData,
  method: ObjectiveMethod,
  opts: { nonNegative: boolean; needsPositiveSum: boolean },
): ScreenedColumns {
  checkWeightData(data);
  const summaries: ColumnSummary[] = [];
  const usable: boolean[] = [];
  const warnings: EngineWarning[] = [];
  data.leafCodes.forEach((indicator, j) => {
    const s = summariseColumn(leafValues(data, j));
    if (opts.nonNegative && s.count > 0 && s.min < 0) {
      throw new KaopingError('engine.weights.negativeValue', { indicator, value: s.min, method });
    }
    summaries.push(s);
    let key: string | null = null;
    if (s.count < 2) key = 'engine.weights.tooFewValues';
    else if (opts.needsPositiveSum && !(s.sum > 0)) key = 'engine.weights.zeroColumn';
    else if (s.constant) key = 'engine.weights.constantColumn';
    usable.push(key === null);
    if (key !== null) warnings.push({ key, params: { indicator, method, count: s.count }, indicator });
  });
  return { summaries, usable, warnings };
}

/** Turns raw per-column scores (≥ 0, meaningful where `usable`) into weights summing to 1:
 * w_j = s_j / Σ s over usable columns, 0 elsewhere. When every usable column scores 0 (e.g.
 * CRITIC on perfectly correlated columns), the usable columns get equal weights and the
 * warning `engine.weights.equalFallback` says so. Throws `engine.weights.noData` when no
 * column is usable. */
export function finishWeights(
  method: ObjectiveMethod,
  raw: Float64Array,
  usable: readonly boolean[],
  warnings: EngineWarning[],
): { weights: Float64Array; warnings: EngineWarning[] } {
  const nUsable = usable.filter(Boolean).length;
  if (nUsable === 0) throw new KaopingError('engine.weights.noData', { method });
  let sum = 0;
  raw.forEach((s, j) => {
    if (usable[j]) sum += s;
  });
  const weights = new Float64Array(raw.length);
  if (sum > 0) {
    raw.forEach((s, j) => (weights[j] = usable[j] ? s / sum : 0));
  } else {
    usable.forEach((u, j) => (weights[j] = u ? 1 / nUsable : 0));
    warnings.push({ key: 'engine.weights.equalFallback', params: { method } });
  }
  return { weights, warnings };
}
