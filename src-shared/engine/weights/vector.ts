import { KaopingError } from '../../api/errors';

/** Checks a weight vector: every entry finite and ≥ 0. Throws `engine.weights.invalidWeight`
 * naming the position (1-based) and the value. */
export function checkWeightVector(weights: ArrayLike<number>, codes?: readonly string[]): void {
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j];
    if (!Number.isFinite(w) || w < 0) {
      throw new KaopingError('engine.weights.invalidWeight', { indicator: codes?.[j] ?? String(j + 1), weight: String(w) });
    }
  }
}

/** w_j / Σ_k w_k: the same weights as shares summing to 1. Throws `engine.weights.zeroSum`
 * when Σ w = 0 (no share can be formed). Entries are checked with `checkWeightVector`. */
export function sumToOne(weights: ArrayLike<number>, codes?: readonly string[]): Float64Array {
  checkWeightVector(weights, codes);
  let sum = 0;
  for (let j = 0; j < weights.length; j++) sum += weights[j];
  if (!(sum > 0)) throw new KaopingError('engine.weights.zeroSum');
  return Float64Array.from(weights, (w) => w / sum);
}
