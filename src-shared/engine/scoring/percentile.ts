import type { PeerColumnScorer } from './peers';

/** Percentile rank over the peer set (method `rank`):
 *
 *   y_i = d × x_i,   r_i = rank of y_i among the n present values, ascending (1 = worst),
 *                          tied values sharing the average of their ranks
 *   s_i = lo + (hi − lo) × (r_i − 1) / (n − 1)
 *
 * The worst unit gets lo, the best hi, and equal values equal scores whatever the order of the
 * units. Only the order matters, so the score is immune to outliers (and to any increasing
 * transform). One value or all values equal: `constant`; no value: `empty`. */
export const percentileColumn: PeerColumnScorer = (raw, direction, lo, hi, out, mask) => {
  const n = out.length;
  out.fill(0);
  mask.fill(0);
  const present: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(raw[i])) present.push(i);
  const count = present.length;
  if (count === 0) return 'empty';
  const y = (i: number): number => direction * raw[i];
  present.sort((a, b) => y(a) - y(b));
  if (y(present[0]) === y(present[count - 1])) return 'constant';
  const width = hi - lo;
  // Runs of equal values share the mean of ranks start+1 .. end (1-based).
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && y(present[end]) === y(present[start])) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      out[present[k]] = lo + width * ((rank - 1) / (count - 1));
      mask[present[k]] = 1;
    }
    start = end;
  }
  return 'scored';
};
