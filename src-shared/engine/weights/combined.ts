import { KaopingError } from '../../api/errors';
import { sumToOne } from './vector';

/** Both vectors have one weight per item. Throws `engine.weights.lengthMismatch`. */
function checkSameLength(subjective: ArrayLike<number>, objective: ArrayLike<number>): void {
  if (subjective.length !== objective.length) {
    throw new KaopingError('engine.weights.lengthMismatch', { expected: subjective.length, actual: objective.length });
  }
}

/** Linear combination (组合赋权, additive): each vector is first made to sum to 1, then
 *
 *   w_j = α × s_j + (1 − α) × o_j,        0 ≤ α ≤ 1 (often 0.5)
 *
 * which sums to 1 again. Throws `engine.weights.invalidAlpha` for α outside [0, 1],
 * `engine.weights.invalidWeight` for a negative or non-finite weight and
 * `engine.weights.zeroSum` for a vector of zeros. */
export function combineLinear(subjective: ArrayLike<number>, objective: ArrayLike<number>, alpha: number, codes?: readonly string[]): Float64Array {
  checkSameLength(subjective, objective);
  if (!Number.isFinite(alpha) || alpha < 0 || alpha > 1) throw new KaopingError('engine.weights.invalidAlpha', { alpha: String(alpha) });
  const s = sumToOne(subjective, codes);
  const o = sumToOne(objective, codes);
  return Float64Array.from(s, (sj, j) => alpha * sj + (1 - alpha) * o[j]);
}

/** Multiplicative combination:
 *
 *   w_j = s_j × o_j / Σ_k s_k × o_k
 *
 * (the scale of either vector cancels out). An item weighted 0 by either side gets 0. Throws
 * `engine.weights.zeroSum` when every product is 0 (the two vectors share no item). */
export function combineMultiplicative(subjective: ArrayLike<number>, objective: ArrayLike<number>, codes?: readonly string[]): Float64Array {
  checkSameLength(subjective, objective);
  const s = sumToOne(subjective, codes);
  const o = sumToOne(objective, codes);
  return sumToOne(Float64Array.from(s, (sj, j) => sj * o[j]), codes);
}
