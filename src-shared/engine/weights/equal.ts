import { KaopingError } from '../../api/errors';

/** Equal weights: w_j = 1/n for each of n items. Throws `engine.weights.noItems` for n = 0. */
export function equalWeights(n: number): Float64Array {
  if (!Number.isInteger(n) || n < 1) throw new KaopingError('engine.weights.noItems');
  return new Float64Array(n).fill(1 / n);
}
