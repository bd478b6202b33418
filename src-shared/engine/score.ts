import { KaopingError } from '../api/errors';
import type { Indicator } from '../model/indicator';
import { applyAdjustments } from './adjust';
import { aggregateTree, type ScoreColumn } from './aggregate';
import { leafColumn, normaliseMinMax, type NormalisedMatrix } from './normalise';
import { competitionRank } from './rank';
import { buildTree, checkWeightOverrides, type IndicatorTree } from './tree';
import type { EvaluationMatrix, ScoreOptions, ScoreResult } from './types';

/** The standard computation (docs/workbook-format.md) for one period:
 *
 *   1. direction and 2. min-max per leaf to `options.range` (default [0, 100]) — normalise.ts
 *   3. bottom-up weighted arithmetic/geometric means, missing children skipped — aggregate.ts
 *   4. base = weighted mean of the top-level nodes; total = base + bonus − penalty; veto — adjust.ts
 *   5. competition rank "1224" on the total — rank.ts
 *
 * Throws a KaopingError (`engine.*`) for a broken tree, matrix or option, and for a score of 0
 * under a geometric mean; anything else the committee should know (constant or empty
 * indicators, negative points) is in `warnings`. */
export function scoreStandard(tree: Indicator[], matrix: EvaluationMatrix, options: ScoreOptions = {}): ScoreResult {
  const t = buildTree(tree);
  checkWeightOverrides(t, options.weights);
  return scoreNormalised(t, matrix, normaliseMinMax(t, matrix, options.range), options);
}

/** Steps 3-5 on an already normalised matrix: what a weight change reruns (the normalised
 * matrix does not depend on weights or aggregation). `matrix` supplies the raw adjustment
 * items and must list the same units in the same order (else `engine.matrixMismatch`);
 * `options.range` is ignored here (it was applied by the normalisation). */
export function scoreNormalised(
  tree: IndicatorTree,
  matrix: EvaluationMatrix,
  normalised: NormalisedMatrix,
  options: ScoreOptions = {},
): ScoreResult {
  const sameUnits =
    normalised.unitCodes.length === matrix.unitCodes.length && normalised.unitCodes.every((u, i) => u === matrix.unitCodes[i]);
  if (!sameUnits) throw new KaopingError('engine.matrixMismatch');
  const agg = aggregateTree(tree, normalised, { aggregate: options.aggregate, weights: options.weights });
  const adj = applyAdjustments(tree, matrix, agg.base, options.weights);

  const nodes: Record<string, Float64Array> = {};
  for (const code of tree.aggregates) nodes[code] = withNaN(agg.nodes.get(code)!);
  normalised.leafCodes.forEach((code, j) => (nodes[code] = withNaN(leafColumn(normalised, j))));
  const items: Record<string, Float64Array> = {};
  for (const [code, col] of adj.items) items[code] = col;

  return {
    unitCodes: [...matrix.unitCodes],
    total: adj.total,
    base: withNaN(agg.base),
    bonus: adj.bonus,
    penalty: adj.penalty,
    veto: adj.veto,
    vetoItems: adj.vetoItems,
    rank: competitionRank(adj.total),
    nodes,
    aggregates: [...tree.aggregates],
    leaves: [...tree.leaves],
    items,
    warnings: [...normalised.warnings, ...adj.warnings],
  };
}

/** A score column as the result shows it: NaN where missing (the masks stay inside). */
function withNaN(col: ScoreColumn): Float64Array {
  const out = new Float64Array(col.score.length);
  for (let i = 0; i < out.length; i++) out[i] = col.mask[i] === 1 ? col.score[i] : NaN;
  return out;
}
