/** Order statistics of the peer comparison. Missing values (NaN) are left out everywhere. */

/** The finite values, ascending. */
export function sortedFinite(values: Iterable<number>): number[] {
  const out: number[] = [];
  for (const v of values) if (Number.isFinite(v)) out.push(v);
  return out.sort((a, b) => a - b);
}

/** The q-quantile (0 ≤ q ≤ 1) of ascending values by linear interpolation between order
 * statistics: position h = (n − 1)·q, value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). This is
 * Hyndman & Fan's type 7, what Excel's QUARTILE.INC and numpy's default give. NaN when empty. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Median of the finite values (the mean of the two middle ones for an even count); NaN when
 * there are none. */
export function median(values: Iterable<number>): number {
  return quantileSorted(sortedFinite(values), 0.5);
}

/** Where `value` stands among `others`, direction-aware, in percent: the share of the others it
 * does strictly better than plus half the share it ties with (the "mid-rank" percentile, so a
 * unit equal to every peer stands at 50, one better than all at 100, one worse than all at 0).
 * "Better" is higher for direction 1 and lower for direction −1. NaN when `value` is missing or
 * no other has a value. */
export function percentileAmong(value: number, others: Iterable<number>, direction: 1 | -1): number {
  if (!Number.isFinite(value)) return NaN;
  let n = 0;
  let better = 0;
  let ties = 0;
  for (const o of others) {
    if (!Number.isFinite(o)) continue;
    n++;
    const d = direction * (value - o);
    if (d > 0) better++;
    else if (d === 0) ties++;
  }
  return n === 0 ? NaN : (100 * (better + ties / 2)) / n;
}
