/** The arithmetic kernels without weight groups, eight child columns to a pass over the units
 * (see kernels.ts): `num` and `den` are then read and written once per eight columns rather
 * than once per column, and the pass costs about what reading the columns costs. A node's
 * last pass also writes its means (`meanOfColumns`, `meanOfMaskedColumns`). */

/** Columns per pass over the units in `addWeightedColumns` and `meanOfColumns`. */
const WIDE = 8;

/** The columns of a node's children laid out for passes of WIDE: `offsets` and `weights`
 * padded to a multiple of WIDE by repeating the first column with weight 0 (it is in cache
 * already, and w·s = 0 for a finite score leaves every sum as it was). */
export interface WideColumns {
  offsets: Int32Array;
  weights: Float64Array;
}

export function wideColumns(offsets: ArrayLike<number>, weights: ArrayLike<number>): WideColumns {
  const m = offsets.length;
  const size = Math.max(WIDE, Math.ceil(m / WIDE) * WIDE);
  const o = new Int32Array(size).fill(m > 0 ? offsets[0] : 0);
  const w = new Float64Array(size);
  for (let k = 0; k < m; k++) {
    o[k] = offsets[k];
    w[k] = weights[k];
  }
  return { offsets: o, weights: w };
}

/** One pass over the units adding eight columns:  num_i += Σ_{k < 8} w_k · s_(k)i  (or, with
 * `assign`, num_i = Σ …, so that `num` need not be cleared first). */
function addEight(scores: Float64Array, o: Int32Array, w: Float64Array, at: number, num: Float64Array, assign = false): void {
  const n = num.length;
  const a = o[at];
  const b = o[at + 1];
  const c = o[at + 2];
  const d = o[at + 3];
  const e = o[at + 4];
  const f = o[at + 5];
  const g = o[at + 6];
  const h = o[at + 7];
  const wa = w[at];
  const wb = w[at + 1];
  const wc = w[at + 2];
  const wd = w[at + 3];
  const we = w[at + 4];
  const wf = w[at + 5];
  const wg = w[at + 6];
  const wh = w[at + 7];
  if (assign) {
    for (let i = 0; i < n; i++) {
      num[i] =
        wa * scores[a + i] +
        wb * scores[b + i] +
        wc * scores[c + i] +
        wd * scores[d + i] +
        we * scores[e + i] +
        wf * scores[f + i] +
        wg * scores[g + i] +
        wh * scores[h + i];
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    num[i] +=
      wa * scores[a + i] +
      wb * scores[b + i] +
      wc * scores[c + i] +
      wd * scores[d + i] +
      we * scores[e + i] +
      wf * scores[f + i] +
      wg * scores[g + i] +
      wh * scores[h + i];
  }
}

/** The numerator half of `addArithmetic` for several children at once, with one weight each
 * (no weight groups):  num_i += Σ_k w_k · s_ik  (missing cells hold 0). Children go eight to a
 * pass over the units, so that `num` is read and written once per eight columns rather than
 * once per column: the pass then costs about what reading the columns costs. For nodes whose
 * children are all leaves. */
export function addWeightedColumns(scores: Float64Array, columns: WideColumns, num: Float64Array): void {
  for (let at = 0; at < columns.offsets.length; at += WIDE) addEight(scores, columns.offsets, columns.weights, at, num);
}

/** The weighted mean of a node whose children are all leaves, in one go (no weight groups, no
 * minimum data share): every pass of eight columns but the last sums into `num` (the first
 * overwriting it), the last also writes the mean
 *
 *   out_i = num_i / den_i,   den_i = patternWeight[patternOfUnit[i]]   (`patternWeights`)
 *
 * missing where den_i = 0 — what `addWeightedColumns`, `presentWeights` and `finishMean` give,
 * in fewer passes over the units. */
export function meanOfColumns(
  scores: Float64Array,
  columns: WideColumns,
  num: Float64Array,
  patternOfUnit: Int32Array,
  patternWeight: Float64Array,
  out: Float64Array,
  outMask: Uint8Array,
  outOffset: number,
): void {
  const n = num.length;
  const last = columns.offsets.length - WIDE;
  for (let at = 0; at < last; at += WIDE) addEight(scores, columns.offsets, columns.weights, at, num, at === 0);
  const earlier = last > 0; // else there is no sum so far, and `num` is not read
  const o = columns.offsets;
  const w = columns.weights;
  const a = o[last];
  const b = o[last + 1];
  const c = o[last + 2];
  const d = o[last + 3];
  const e = o[last + 4];
  const f = o[last + 5];
  const g = o[last + 6];
  const h = o[last + 7];
  const wa = w[last];
  const wb = w[last + 1];
  const wc = w[last + 2];
  const wd = w[last + 3];
  const we = w[last + 4];
  const wf = w[last + 5];
  const wg = w[last + 6];
  const wh = w[last + 7];
  for (let i = 0; i < n; i++) {
    const v =
      (earlier ? num[i] : 0) +
      (wa * scores[a + i] +
        wb * scores[b + i] +
        wc * scores[c + i] +
        wd * scores[d + i] +
        we * scores[e + i] +
        wf * scores[f + i] +
        wg * scores[g + i] +
        wh * scores[h + i]);
    const den = patternWeight[patternOfUnit[i]];
    const present = den > 0;
    out[outOffset + i] = present ? v / den : 0;
    outMask[outOffset + i] = present ? 1 : 0;
  }
}

/** `addArithmetic` for several children at once with one weight each (no weight groups), eight
 * to a pass (`wideColumns`):  num_i += Σ_k w_k · s_ik,  den_i += Σ_k w_k · m_ik. */
export function addArithmeticColumns(scores: Float64Array, mask: Uint8Array, columns: WideColumns, num: Float64Array, den: Float64Array): void {
  const n = num.length;
  const o = columns.offsets;
  const w = columns.weights;
  for (let at = 0; at < o.length; at += WIDE) {
    const a = o[at];
    const b = o[at + 1];
    const c = o[at + 2];
    const d = o[at + 3];
    const e = o[at + 4];
    const f = o[at + 5];
    const g = o[at + 6];
    const h = o[at + 7];
    const wa = w[at];
    const wb = w[at + 1];
    const wc = w[at + 2];
    const wd = w[at + 3];
    const we = w[at + 4];
    const wf = w[at + 5];
    const wg = w[at + 6];
    const wh = w[at + 7];
    for (let i = 0; i < n; i++) {
      num[i] +=
        wa * scores[a + i] +
        wb * scores[b + i] +
        wc * scores[c + i] +
        wd * scores[d + i] +
        we * scores[e + i] +
        wf * scores[f + i] +
        wg * scores[g + i] +
        wh * scores[h + i];
      den[i] +=
        wa * mask[a + i] +
        wb * mask[b + i] +
        wc * mask[c + i] +
        wd * mask[d + i] +
        we * mask[e + i] +
        wf * mask[f + i] +
        wg * mask[g + i] +
        wh * mask[h + i];
    }
  }
}

/** The weighted mean over the children present, for children in one array with masks (no
 * weight groups, no minimum data share): `addArithmeticColumns` for every pass of eight
 * columns but the last, which also writes  out_i = num_i / den_i  (missing where den_i = 0) —
 * what `addArithmeticColumns` and `finishMean` give, in one pass fewer. */
export function meanOfMaskedColumns(
  scores: Float64Array,
  mask: Uint8Array,
  columns: WideColumns,
  num: Float64Array,
  den: Float64Array,
  out: Float64Array,
  outMask: Uint8Array,
  outOffset: number,
): void {
  const n = num.length;
  const last = columns.offsets.length - WIDE;
  const earlier = last > 0;
  if (earlier) {
    num.fill(0);
    den.fill(0);
    addArithmeticColumns(scores, mask, { offsets: columns.offsets.subarray(0, last), weights: columns.weights.subarray(0, last) }, num, den);
  }
  const o = columns.offsets;
  const w = columns.weights;
  const a = o[last];
  const b = o[last + 1];
  const c = o[last + 2];
  const d = o[last + 3];
  const e = o[last + 4];
  const f = o[last + 5];
  const g = o[last + 6];
  const h = o[last + 7];
  const wa = w[last];
  const wb = w[last + 1];
  const wc = w[last + 2];
  const wd = w[last + 3];
  const we = w[last + 4];
  const wf = w[last + 5];
  const wg = w[last + 6];
  const wh = w[last + 7];
  for (let i = 0; i < n; i++) {
    const v =
      (earlier ? num[i] : 0) +
      (wa * scores[a + i] +
        wb * scores[b + i] +
        wc * scores[c + i] +
        wd * scores[d + i] +
        we * scores[e + i] +
        wf * scores[f + i] +
        wg * scores[g + i] +
        wh * scores[h + i]);
    const dd =
      (earlier ? den[i] : 0) +
      (wa * mask[a + i] +
        wb * mask[b + i] +
        wc * mask[c + i] +
        wd * mask[d + i] +
        we * mask[e + i] +
        wf * mask[f + i] +
        wg * mask[g + i] +
        wh * mask[h + i]);
    const present = dd > 0;
    out[outOffset + i] = present ? v / dd : 0;
    outMask[outOffset + i] = present ? 1 : 0;
  }
}
