import type { Indicator } from '../../model/indicator';
import type { NormalisedMatrix } from '../normalise';
import type { ScoringScheme } from '../scheme';
import { asTree, type IndicatorTree } from '../tree';
import type { EvaluationContext, EvaluationMatrix, ScoreResult } from '../types';
import { normaliseScheme } from '../scoring';
import { prepareScoring, scoreResult, scoreTotals, scoreTotalsWith } from './pipeline';
import { weightTable } from './plan';

/** Rescoring after a weight change (DESIGN.md: normalise once; a weight change is one pass over
 * the normalised matrix plus a rank). */
export interface Rescorer {
  unitCodes: readonly string[];
  /** The normalised matrix every call reads (computed once). */
  normalised: NormalisedMatrix;
  /** Totals and overall ranks with `weights` in place of the scheme's `weights` (its
   * `categoryWeights` still apply on top); the scheme's own weights when omitted. Exactly what
   * `scoreScheme` gives for { ...scheme, weights }. `categoryWeights`, when given, stand for the
   * scheme's (same categories; the Monte Carlo perturbs their values). New arrays each call. */
  rescore(
    weights?: Readonly<Record<string, number>>,
    categoryWeights?: ScoringScheme['categoryWeights'],
  ): { total: Float64Array; rank: Int32Array };
  /** For many weight vectors over the same nodes (the Monte Carlo's draws): a function giving,
   * bit for bit, `rescore({ ...fixed, [codes[k]]: w[k] })` without building that map and the
   * weight table from it on every call (the table of the other weights is built once). The
   * vector is not checked: its values must be finite and >= 0. Null where the scheme has
   * category weights (their groups need `rescore`). */
  vectorRescorer(codes: readonly string[], fixed: Readonly<Record<string, number>>): ((w: ArrayLike<number>) => { total: Float64Array; rank: Int32Array }) | null;
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
    rescore: (weights, categoryWeights) => {
      const { total, rank } = scoreTotals(prepared, pick(weights), false, categoryWeights ?? scheme.categoryWeights);
      return { total, rank };
    },
    vectorRescorer: (codes, fixed) => {
      const { plan } = prepared;
      if (plan.groupCategories.length !== 1) return null;
      const ids = Int32Array.from(codes, (c) => plan.weightCodes.indexOf(c));
      if (ids.includes(-1)) return null; // not a weighted node: let rescore refuse it
      // Built once: scoring only reads the table, and each call overwrites every varied entry.
      const table = weightTable(plan, { ...fixed, ...Object.fromEntries(codes.map((c) => [c, 0])) }, undefined);
      return (w) => {
        // one weight group: node id k sits at table[k]
        for (let k = 0; k < ids.length; k++) table[ids[k]] = w[k];
        const { total, rank } = scoreTotalsWith(prepared, table);
        return { total, rank };
      };
    },
    result: (weights) => scoreResult(prepared, pick(weights)),
  };
}
