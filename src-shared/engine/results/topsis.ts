import { SHARE_TOLERANCE, type UnitGroups } from './kernels';

/** TOPSIS (Hwang & Yoon 1981) as an aggregation of a node's children. The children are
 * normalised scores, all higher-is-better, so the ideal point is each child's maximum and the
 * anti-ideal its minimum. For a node with children k and unit i:
 *
 *   r_ik  = x_ik / √(Σ_j x_jk²)           vector normalisation; j over the units present on k
 *   r⁺_k  = max_j r_jk,  r⁻_k = min_j r_jk  the ideal and anti-ideal points (units present on k)
 *   w'_ik = w_k / Σ_{l present for i} w_l   weights renormalised over the children unit i has
 *   D⁺_i  = √( Σ_{k present for i} (w'_ik (r_ik − r⁺_k))² )
 *   D⁻_i  = √( Σ_{k present for i} (w'_ik (r_ik − r⁻_k))² )
 *   C_i   = D⁻_i / (D⁺_i + D⁻_i)  ∈ [0, 1],   score_i = lo + (hi − lo) · C_i
 *
 * With every child present and weights summing to 1 this is the textbook method (v = w·r and
 * the ideal point max_j v_jk = w_k · r⁺_k since w_k > 0). With missing children, a unit is
 * measured only along the children it has, with its weights renormalised over them — the same
 * rule as the weighted means: no imputation. (Renormalising scales D⁺ and D⁻ alike, so C does
 * not depend on it; it matters for the D± reported by `topsis`.) Where D⁺ + D⁻ = 0 (the unit's
 * children all have no spread between ideal and anti-ideal) C is undefined and the node is
 * missing for that unit. A column whose present values are all 0 has no direction: r = 0
 * there (it adds nothing to either distance).
 *
 * Σ_j x_jk² is summed over the squares sorted ascending, so that the result does not depend
 * on the order of units, down to the last bit. */

/** The weight-independent part of one child: its vector norm and ideal and anti-ideal r. */
export interface TopsisColumnStats {
  norm: number;
  rMax: number;
  rMin: number;
}

/** Norm, r⁺ and r⁻ of one column over the units present. `scratch` has room for n values. */
export function topsisColumnStats(
  scores: Float64Array,
  mask: Uint8Array,
  offset: number,
  n: number,
  scratch: Float64Array,
): TopsisColumnStats {
  let m = 0;
  let max = -Infinity;
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    if (mask[offset + i] === 0) continue;
    const x = scores[offset + i];
    scratch[m++] = x * x;
    if (x > max) max = x;
    if (x < min) min = x;
  }
  if (m === 0) return { norm: 0, rMax: 0, rMin: 0 };
  const squares = scratch.subarray(0, m).sort();
  let sum = 0;
  for (let k = 0; k < m; k++) sum += squares[k];
  const norm = Math.sqrt(sum);
  return norm > 0 ? { norm, rMax: max / norm, rMin: min / norm } : { norm: 0, rMax: 0, rMin: 0 };
}

/** Accumulates one child:  dPlus_i += (w_i (r_ik − r⁺_k))²,  dMinus_i += (w_i (r_ik − r⁻_k))²,
 * den_i += w_i  for the units present on it (w_i > 0). */
export function addTopsis(
  scores: Float64Array,
  mask: Uint8Array,
  offset: number,
  stats: TopsisColumnStats,
  weights: Float64Array,
  groups: UnitGroups | null,
  dPlus: Float64Array,
  dMinus: Float64Array,
  den: Float64Array,
): void {
  const n = den.length;
  const { norm, rMax, rMin } = stats;
  for (let i = 0; i < n; i++) {
    if (mask[offset + i] === 0) continue;
    const w = groups === null ? weights[0] : weights[groups[i]];
    if (w === 0) continue;
    const r = norm > 0 ? scores[offset + i] / norm : 0;
    const a = w * (r - rMax);
    const b = w * (r - rMin);
    dPlus[i] += a * a;
    dMinus[i] += b * b;
    den[i] += w;
  }
}

/** D⁺ = √dPlus / den and D⁻ = √dMinus / den (the renormalised weights), in place. */
export function topsisDistances(dPlus: Float64Array, dMinus: Float64Array, den: Float64Array): void {
  for (let i = 0; i < den.length; i++) {
    const d = den[i];
    dPlus[i] = d > 0 ? Math.sqrt(dPlus[i]) / d : NaN;
    dMinus[i] = d > 0 ? Math.sqrt(dMinus[i]) / d : NaN;
  }
}

/** Writes the node's score lo + (hi − lo)·C and mask for every unit, with the same presence
 * rule as the means (den_i > 0 and den_i / W_g(i) >= minDataShare − SHARE_TOLERANCE). Returns
 * how many units had data but an undefined C (D⁺ + D⁻ = 0). */
export function finishTopsis(
  dPlus: Float64Array,
  dMinus: Float64Array,
  den: Float64Array,
  totalWeight: Float64Array,
  groups: UnitGroups | null,
  minDataShare: number,
  range: readonly [number, number],
  out: Float64Array,
  outMask: Uint8Array,
  offset: number,
): number {
  const [lo, hi] = range;
  let undefinedCount = 0;
  for (let i = 0; i < den.length; i++) {
    const d = den[i];
    const W = groups === null ? totalWeight[0] : totalWeight[groups[i]];
    out[offset + i] = 0;
    outMask[offset + i] = 0;
    if (!(d > 0) || d / W < minDataShare - SHARE_TOLERANCE) continue;
    const plus = Math.sqrt(dPlus[i]) / d;
    const minus = Math.sqrt(dMinus[i]) / d;
    const sum = plus + minus;
    if (!(sum > 0)) {
      undefinedCount++;
      continue;
    }
    out[offset + i] = lo + (hi - lo) * (minus / sum);
    outMask[offset + i] = 1;
  }
  return undefinedCount;
}

export interface TopsisResult {
  /** D⁺ per alternative (weights renormalised to sum 1 over the criteria it has); NaN where
   * it has none. */
  dPlus: Float64Array;
  dMinus: Float64Array;
  /** C = D⁻ / (D⁺ + D⁻); NaN where undefined. */
  closeness: Float64Array;
}

/** TOPSIS on a plain decision matrix: `columns[k][i]` is alternative i on criterion k, every
 * criterion higher-is-better (negate a cost criterion: vector normalisation keeps the norm and
 * the ideal becomes the smallest cost), NaN = missing. The same kernels as the node
 * aggregation. */
export function topsis(columns: readonly ArrayLike<number>[], weights: readonly number[]): TopsisResult {
  const n = columns.length === 0 ? 0 : columns[0].length;
  const scores = new Float64Array(n);
  const mask = new Uint8Array(n);
  const scratch = new Float64Array(n);
  const dPlus = new Float64Array(n);
  const dMinus = new Float64Array(n);
  const den = new Float64Array(n);
  columns.forEach((col, k) => {
    for (let i = 0; i < n; i++) {
      const present = !Number.isNaN(col[i]);
      scores[i] = present ? col[i] : 0;
      mask[i] = present ? 1 : 0;
    }
    const stats = topsisColumnStats(scores, mask, 0, n, scratch);
    addTopsis(scores, mask, 0, stats, Float64Array.of(weights[k]), null, dPlus, dMinus, den);
  });
  topsisDistances(dPlus, dMinus, den);
  const closeness = Float64Array.from(dPlus, (p, i) => {
    const s = p + dMinus[i];
    return s > 0 ? dMinus[i] / s : NaN;
  });
  return { dPlus, dMinus, closeness };
}
