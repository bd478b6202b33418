import type { EngineWarning } from '../types';

/** The data objective weights are computed from: scores of the scored leaves, units × leaves,
 * column-major (scores[j × nUnits + i] is unit i on leaf j), with a mask (1 = present). A
 * `NormalisedMatrix` (normalise.ts) is one; objective methods expect the min-max [0, 1] matrix
 * with direction applied, so that larger is better in every column and entropy and the
 * coefficient of variation see values ≥ 0. */
export interface WeightData {
  leafCodes: readonly string[];
  nUnits: number;
  scores: Float64Array;
  mask: Uint8Array;
}

/** The objective weighting methods that work from the data alone (plus `equal`). */
export type ObjectiveMethod = 'entropy' | 'critic' | 'cv' | 'equal';

export const OBJECTIVE_METHODS: readonly ObjectiveMethod[] = ['entropy', 'critic', 'cv', 'equal'];

/** Weights aligned with `leafCodes`, ≥ 0, summing to 1, and what the method had to say about
 * columns it could not use (weight 0). */
export interface ObjectiveWeights {
  weights: Float64Array;
  warnings: EngineWarning[];
}
