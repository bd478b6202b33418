/** Moments of the values present in a column (finite numbers; NaN = missing is skipped).
 *
 * The formulas are the ones COINr (the JRC's composite-indicator package) uses for its outlier
 * rule, so that the rule gives the same verdicts here (COINr R/treat.R, `skew()` and `kurt()`,
 * taken there from e1071 `skewness(type = 2)` and `kurtosis(type = 2)`, which are also Excel's
 * SKEW and KURT). With n values, mean x̄ and deviations d_i = x_i − x̄:
 *
 *   sample sd     s  = sqrt( Σ d² / (n − 1) )
 *   skewness      G1 = g1 × sqrt(n (n − 1)) / (n − 2),        g1 = sqrt(n) Σ d³ / (Σ d²)^(3/2)
 *   excess        G2 = ((n + 1) (g2 − 3) + 6) × (n − 1) / ((n − 2)(n − 3)),
 *   kurtosis                                                 g2 = n Σ d⁴ / (Σ d²)²
 *
 * (g1 and g2 are the plain moment ratios m3/m2^1.5 and m4/m2²; G1 and G2 remove their
 * small-sample bias. G2 is 0 for a normal distribution.) Skewness needs n ≥ 3 and kurtosis
 * n ≥ 4; both need values that are not all equal. Where a moment is undefined it is NaN. */

/** The finite values of `column`, in order. */
export function presentValues(column: ArrayLike<number>): Float64Array {
  let k = 0;
  for (let i = 0; i < column.length; i++) if (Number.isFinite(column[i])) k++;
  const out = new Float64Array(k);
  k = 0;
  for (let i = 0; i < column.length; i++) if (Number.isFinite(column[i])) out[k++] = column[i];
  return out;
}

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** Σ d^2, Σ d^3, Σ d^4 about the mean; all 0 when the values are all equal (checked exactly, so
 * rounding in the mean cannot make equal values look spread). */
function centralSums(values: ArrayLike<number>): { s2: number; s3: number; s4: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (!(max > min)) return { s2: 0, s3: 0, s4: 0 };
  const m = mean(values);
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - m;
    const d2 = d * d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
  }
  return { s2, s3, s4 };
}

/** Sample standard deviation (n − 1 in the denominator); NaN below 2 values, 0 when all equal. */
export function sampleSd(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  return Math.sqrt(centralSums(values).s2 / (n - 1));
}

/** Adjusted Fisher–Pearson skewness G1 (see the file comment); NaN below 3 values or when all
 * values are equal. */
export function skewness(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 3) return NaN;
  const { s2, s3 } = centralSums(values);
  if (s2 === 0) return NaN;
  const g1 = (Math.sqrt(n) * s3) / Math.pow(s2, 1.5);
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/** Sample excess kurtosis G2 (see the file comment); NaN below 4 values or when all values are
 * equal. */
export function kurtosis(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 4) return NaN;
  const { s2, s4 } = centralSums(values);
  if (s2 === 0) return NaN;
  const g2 = (n * s4) / (s2 * s2);
  return (((n + 1) * (g2 - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
