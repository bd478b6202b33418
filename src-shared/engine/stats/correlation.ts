/** Pearson correlation of two columns over the units that have both values (pairwise
 * complete, like R's `cor(use = "pairwise.complete.obs")`):
 *
 *   r = Σ (x_i − x̄)(y_i − ȳ) / sqrt( Σ (x_i − x̄)² × Σ (y_i − ȳ)² )
 *
 * with the means over those units. NaN (no correlation to report) below 3 complete pairs — two
 * points always lie on a line — or when either column is constant over them. Computed on the
 * raw values: direction only flips the sign. */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i]) || !Number.isFinite(b[i])) continue;
    sa += a[i];
    sb += b[i];
    n++;
  }
  if (n < MIN_PAIRS) return NaN;
  const ma = sa / n;
  const mb = sb / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i]) || !Number.isFinite(b[i])) continue;
    const da = a[i] - ma;
    const db = b[i] - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (saa === 0 || sbb === 0) return NaN;
  // Rounding can take |r| a hair past 1 for exactly collinear columns.
  return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
}

export const MIN_PAIRS = 3;

/** Above this |r| two indicators are flagged as collinear (they measure much the same thing,
 * so together they weigh twice). */
export const COLLINEAR_LIMIT = 0.9;

/** The correlation matrix of the columns (row-major, k × k, 1 on the diagonal of a column that
 * varies, NaN where undefined). */
export function correlationMatrix(columns: readonly ArrayLike<number>[]): Float64Array {
  const k = columns.length;
  const r = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const v = pearson(columns[a], columns[b]);
      r[a * k + b] = v;
      r[b * k + a] = v;
    }
  }
  return r;
}

/** Pairs of columns with |r| > 0.9, in column order (a before b). */
export function collinearPairs(
  codes: readonly string[],
  columns: readonly ArrayLike<number>[],
  limit = COLLINEAR_LIMIT,
): { a: string; b: string; r: number }[] {
  const pairs: { a: string; b: string; r: number }[] = [];
  for (let a = 0; a < columns.length; a++) {
    for (let b = a + 1; b < columns.length; b++) {
      const r = pearson(columns[a], columns[b]);
      if (Math.abs(r) > limit) pairs.push({ a: codes[a], b: codes[b], r });
    }
  }
  return pairs;
}
