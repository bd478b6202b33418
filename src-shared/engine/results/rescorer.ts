import type { Indicator } from '../../model/indicator';
import type { NormalisedMatrix } from '../normalise';
import type { ScoringScheme } from '../scheme';
import { asTree, type IndicatorTree } from '../tree';
import type { EvaluationContext, EvaluationMatrix, ScoreResult } from '../types';
import { normaliseScheme } from '../scoring';
import { prepareScoring, scoreResult, scoreTotals } from './pipeline';

/** Rescoring after a weight change (DESIGN.md: normalise once; a weight change is one pass over
 * the normalised matrix plus a rank). */
export interface Rescorer {
  unitCodes: readonly string[];
  /** The normalised matrix every call reads (computed once). */
  normalised: NormalisedMatrix;
  /** Totals and overall ranks with `weights` in place of the scheme's `weights` (its
   * `categoryWeights` still apply on top); the scheme's own weights when omitted. Exactly what
   * `scoreScheme` gives for { ...scheme, weights }. New arrays each call. */
  rescore(weights?: Readonly<Record<string, number>>): { total: Float64Array; rank: Int32Array };
  /** The full result (nodes, category ranks, grades, warnings) for these weights. */
  result(weights?: Readonly<Record<string, number>>): ScoreResult;
}

/** Normalises once and keeps the compiled tree, the adjustment items and every buffer; each
 * `rescore` then builds the small weight table, runs the aggregation kernels over the
 * normalised matrix (one read of each leaf column with a weight), the adjustments, and one
 * sort of the totals for the ranks. It allocates nothing of size units × indicators. */
export function createRescorer(
  tree: readonly Indicator[] | IndicatorTree,
  matrix: EvaluationMatrix,
  scheme: ScoringScheme = {},
  context: EvaluationContext = {},
): Rescorer {
  const t = asTree(tree);
  const prepared = prepareScoring(t, matrix, normaliseScheme(t, matrix, scheme, context), scheme, context);
  const pick = (weights?: Readonly<Record<string, number>>) => (weights === undefined ? scheme.weights : weights);
  return {
    unitCodes: prepared.unitCodes,
    normalised: prepared.normalised,
    rescore: (weights) => {
      const { total, rank } = scoreTotals(prepared, pick(weights));
      return { total, rank };
    },
    result: (weights) => scoreResult(prepared, pick(weights)),
  };
}
