import { consistency, type Consistency } from './consistency';
import { principalEigenvector } from './eigen';
import { rankJudgements, type JudgementDeviation } from './judgements';
import { checkPairwise, RECIPROCAL_TOLERANCE, type PairwiseMatrix } from './pairwise';
import { randomIndex } from './random-index';

export interface AhpResult extends Consistency {
  codes: string[];
  /** Principal eigenvector of the matrix, Σ = 1, aligned with `codes`. */
  weights: Float64Array;
  /** Every judgement above the diagonal, the most inconsistent first (judgements.ts). */
  judgements: JudgementDeviation[];
  /** Power-iteration steps taken. */
  iterations: number;
}

/** AHP weights (层次分析法) from one pairwise comparison matrix (Saaty 1977, 1980):
 *
 *   1. the matrix is checked positive and reciprocal (`checkPairwise`, naming the offending
 *      cell) and made exactly reciprocal;
 *   2. w = principal eigenvector, Σ w = 1, and λmax (`principalEigenvector`);
 *   3. CI = (λmax − n)/(n − 1), CR = CI / RI(n), flagged when CR > 0.10 (`consistency`);
 *   4. the judgements ranked by how far each departs from w (`rankJudgements`).
 *
 * Orders up to 15 (the random index table); larger throws `engine.weights.ahpTooLarge`. */
export function ahpWeights(matrix: PairwiseMatrix, codes: readonly string[], tolerance = RECIPROCAL_TOLERANCE): AhpResult {
  const a = checkPairwise(matrix, codes, tolerance);
  randomIndex(a.length); // refuse an order without a random index before any work
  const { vector, lambdaMax, iterations } = principalEigenvector(a);
  return {
    codes: [...codes],
    weights: vector,
    ...consistency(lambdaMax, a.length),
    judgements: rankJudgements(a, vector, codes),
    iterations,
  };
}
