import { KaopingError } from '../../api/errors';

/** Saaty's random index RI(n): the mean consistency index of random reciprocal matrices of
 * order n filled from the 1–9 scale. n = 1…10 are the values everyone quotes (domain.md §6,
 * S31): 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49. n = 11…15 extend the table as
 * Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill, gives it and later works
 * reproduce it: 1.51, 1.48, 1.56, 1.57, 1.59 (computed from smaller samples of random
 * matrices than n ≤ 10, hence the dip at 12). Later simulations (e.g. Alonso & Lamata 2006)
 * give slightly different values; we keep Saaty's, which the consistency threshold 0.10 was
 * calibrated against. */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** The largest order with a random index (and so with a consistency ratio). */
export const AHP_MAX_ORDER = RANDOM_INDEX.length;

/** RI(n) for 1 ≤ n ≤ 15. Throws `engine.weights.ahpTooLarge` beyond: split the comparisons
 * into groups down the hierarchy (Saaty advises at most about 9 items per matrix). */
export function randomIndex(n: number): number {
  if (n > AHP_MAX_ORDER) throw new KaopingError('engine.weights.ahpTooLarge', { size: n, max: AHP_MAX_ORDER });
  return RANDOM_INDEX[n - 1];
}
