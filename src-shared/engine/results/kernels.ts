/** The per-node aggregation kernels, accumulating into preallocated Float64Arrays: one child
 * column at a time (here, and TOPSIS in topsis.ts), or, for arithmetic means without weight
 * groups, eight columns to a pass over the units (wide.ts), with the denominators of nodes over
 * leaves from their missing patterns (patterns.ts); then the node's scores (`finishMean`, or
 * fused into the last pass). Every aggregation in the engine (scoreScheme, the rescorer,
 * aggregateTree, explainUnit and the column helpers of aggregate.ts) runs through these, so
 * there is one implementation of each formula. Which kernels a node gets depends on the tree,
 * the scheme and which weights are 0 (results/evaluate.ts), so scoreScheme, the rescorer and
 * aggregateTree agree to the last bit.
 *
 * A column is read as `scores[offset + i]` / `mask[offset + i]` for unit i: a slice of the
 * normalised matrix or of the aggregates' buffer, without views or copies. A missing cell
 * holds 0 in `scores` (NormalisedMatrix's contract), which lets the arithmetic kernels run
 * without a branch: w·s adds 0 and w·m adds 0 where the child is missing.
 *
 * Weights are either one number for all units or, with category weight overrides, one per
 * weight group: `weights[group[i]]` for unit i. */

/** A share of weight this close below the minimum data share still reaches it: weights such
 * as 2 and 3 give 2/5 = 0.4 in decimal, but c·2 / (c·2 + c·3) may come out one rounding step
 * below 0.4, and a committee's "at least 40%" must not depend on that. */
export const SHARE_TOLERANCE = 1e-12;

/** Unit i's weight group (index into a child's per-group weights). */
export type UnitGroups = Uint8Array | Uint16Array | Int32Array;

/** Arithmetic accumulation of one child:  num_i += w_i · s_i,  den_i += w_i · m_i. */
export function addArithmetic(
  scores: Float64Array,
  mask: Uint8Array,
  offset: number,
  weights: Float64Array,
  groups: UnitGroups | null,
  num: Float64Array,
  den: Float64Array,
): void {
  const n = num.length;
  if (groups === null) {
    const w = weights[0];
    for (let i = 0; i < n; i++) {
      num[i] += w * scores[offset + i];
      den[i] += w * mask[offset + i];
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const w = weights[groups[i]];
    num[i] += w * scores[offset + i];
    den[i] += w * mask[offset + i];
  }
}

/** The numerator half of `addArithmetic` for one child with weight groups:
 * num_i += w_g(i) · s_i. */
export function addWeightedScores(scores: Float64Array, offset: number, weights: Float64Array, groups: UnitGroups, num: Float64Array): void {
  const n = num.length;
  for (let i = 0; i < n; i++) num[i] += weights[groups[i]] * scores[offset + i];
}

/** Geometric accumulation of one child, on logarithms:  num_i += w_i · ln s_i,
 * den_i += w_i  (units where the child is present and w_i > 0). Returns the first unit whose
 * present score is <= 0 with w_i > 0 (it has no logarithm), else -1; the caller raises the
 * error (geometric aggregation wants a range above 0). */
export function addGeometric(
  scores: Float64Array,
  mask: Uint8Array,
  offset: number,
  weights: Float64Array,
  groups: UnitGroups | null,
  num: Float64Array,
  den: Float64Array,
): number {
  const n = num.length;
  for (let i = 0; i < n; i++) {
    if (mask[offset + i] === 0) continue;
    const w = groups === null ? weights[0] : weights[groups[i]];
    if (w === 0) continue;
    const s = scores[offset + i];
    if (!(s > 0)) return i;
    num[i] += w * Math.log(s);
    den[i] += w;
  }
  return -1;
}

/** Writes the node's scores and mask for every unit:
 *
 *   present_i = den_i > 0  and  den_i / W_g(i) >= minDataShare − SHARE_TOLERANCE
 *   score_i   = num_i / den_i            (arithmetic)
 *             = exp(num_i / den_i)       (geometric)
 *
 * where den_i = Σ w over the children present for unit i and W_g = Σ w over all children in
 * unit i's weight group: the share of the weight whose data the unit has. Missing cells get
 * score 0 and mask 0. */
export function finishMean(
  geometric: boolean,
  num: Float64Array,
  den: Float64Array,
  totalWeight: Float64Array,
  groups: UnitGroups | null,
  minDataShare: number,
  out: Float64Array,
  outMask: Uint8Array,
  offset: number,
): void {
  const n = num.length;
  if (!geometric && groups === null && minDataShare === 0) {
    // The common case, without the per-unit choices.
    for (let i = 0; i < n; i++) {
      const d = den[i];
      const present = d > 0;
      out[offset + i] = present ? num[i] / d : 0;
      outMask[offset + i] = present ? 1 : 0;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const d = den[i];
    const W = groups === null ? totalWeight[0] : totalWeight[groups[i]];
    if (d > 0 && !(d / W < minDataShare - SHARE_TOLERANCE)) {
      const m = num[i] / d;
      out[offset + i] = geometric ? Math.exp(m) : m;
      outMask[offset + i] = 1;
    } else {
      out[offset + i] = 0;
      outMask[offset + i] = 0;
    }
  }
}
