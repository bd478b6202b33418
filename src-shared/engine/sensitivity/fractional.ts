/** The linear-fractional program behind the rank certificate (rank-certificate.ts): the largest
 * weighted mean of fixed values when each weight may move within its own interval,
 *
 *   max  Σ w_c v_c / Σ w_c    over  lo_c ≤ w_c ≤ hi_c  (0 ≤ lo_c),  Σ w_c > 0.
 *
 * Why it is solved exactly by trying thresholds: at the optimum λ*, moving w_c up changes the
 * mean by (v_c − λ*)·dw / Σ w, so every c with v_c > λ* sits at hi_c and every c with v_c < λ*
 * at lo_c (values equal to λ* do not matter). Sorted by value, the optimum is therefore "the
 * first k at their upper weight, the rest at their lower" for some k in 0…m: m + 1 candidates,
 * each a vertex of the box, the largest of which is the optimum. */

export interface WeightedMeanOptimum {
  /** The optimum; -Infinity (max) / +Infinity (min) when every weight can only be 0. */
  value: number;
  /** Per child: at its upper weight (true) or its lower one, at the optimum. */
  atUpper: boolean[];
}

/** The maximum (see the module comment). A non-finite value of a child that can weigh more
 * than 0 makes the answer unbounded (+Infinity for the max), which callers read as "unknown". */
export function maxWeightedMean(v: ArrayLike<number>, lo: ArrayLike<number>, hi: ArrayLike<number>): WeightedMeanOptimum {
  const m = v.length;
  const atUpper = new Array<boolean>(m).fill(true);
  for (let c = 0; c < m; c++) if (hi[c] > 0 && !Number.isFinite(v[c])) return { value: Infinity, atUpper };
  const order = new Array<number>(m);
  for (let c = 0; c < m; c++) order[c] = c;
  order.sort((a, b) => v[b] - v[a]);
  // Start with every child at its lower weight, then raise them one by one, best value first.
  let num = 0;
  let den = 0;
  for (let c = 0; c < m; c++) {
    if (lo[c] > 0) {
      num += lo[c] * v[c];
      den += lo[c];
    }
  }
  let best = den > 0 ? num / den : -Infinity;
  let bestK = 0;
  for (let k = 0; k < m; k++) {
    const c = order[k];
    const dw = hi[c] - lo[c];
    if (dw > 0) {
      num += dw * v[c];
      den += dw;
    }
    if (den > 0 && num / den > best) {
      best = num / den;
      bestK = k + 1;
    }
  }
  atUpper.fill(false);
  for (let k = 0; k < bestK; k++) atUpper[order[k]] = true;
  return { value: best, atUpper };
}

/** The minimum: the maximum of the negated values. */
export function minWeightedMean(v: ArrayLike<number>, lo: ArrayLike<number>, hi: ArrayLike<number>): WeightedMeanOptimum {
  const negated = new Array<number>(v.length);
  for (let c = 0; c < v.length; c++) negated[c] = -v[c];
  const { value, atUpper } = maxWeightedMean(negated, lo, hi);
  return { value: -value, atUpper };
}
