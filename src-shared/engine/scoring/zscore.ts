import type { PeerColumnScorer } from './peers';

/** Beyond this many standard deviations a z-score counts as this many. */
export const Z_LIMIT = 3;

/** Z-score over the peer set, mapped onto the output range:
 *
 *   y_i = d × x_i,   z_i = (y_i − mean y) / sd y          (sd with n − 1, over the peers)
 *   s_i = lo + (hi − lo) × (clamp(z_i, −3, 3) + 3) / 6
 *
 * i.e. the mean maps to the middle of the range, 3 sd below it (or further) to lo, 3 sd above
 * (or further) to hi, linearly in between. ±3 sd holds 99.7% of a normal distribution, so the
 * clamp only touches real outliers, and a bounded score keeps geometric aggregation and point
 * scales meaningful. Unlike min-max, the best unit reaches hi only if it is 3 sd above the mean.
 * A column with no value is `empty`; with one value or all values equal (sd 0) it is `constant`
 * and every cell is missing. */
export const zscoreColumn: PeerColumnScorer = (raw, direction, lo, hi, out, mask) => {
  const n = out.length;
  out.fill(0);
  mask.fill(0);
  // Sums run over the values in sorted order, so the mean and sd (and every score) come out
  // the same to the last bit whatever the order of the units.
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = raw[i];
    if (Number.isFinite(x)) ys.push(direction * x);
  }
  const count = ys.length;
  if (count === 0) return 'empty';
  const sorted = Float64Array.from(ys).sort();
  if (sorted[0] === sorted[count - 1]) return 'constant';
  let sum = 0;
  for (let k = 0; k < count; k++) sum += sorted[k];
  const m = sum / count;
  // Squared deviations sorted too: their order of size differs from the values' order.
  const sq = sorted.map((y) => (y - m) ** 2).sort();
  let ss = 0;
  for (let k = 0; k < count; k++) ss += sq[k];
  const sd = Math.sqrt(ss / (count - 1));
  const width = hi - lo;
  for (let i = 0; i < n; i++) {
    const x = raw[i];
    if (!Number.isFinite(x)) continue;
    const z = Math.min(Z_LIMIT, Math.max(-Z_LIMIT, (direction * x - m) / sd));
    out[i] = lo + width * ((z + Z_LIMIT) / (2 * Z_LIMIT));
    mask[i] = 1;
  }
  return 'scored';
};
