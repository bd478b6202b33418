import type { Indicator } from '../model/indicator';
import type { NormalisedMatrix } from './normalise';
import { prepareScoring, scoreResult } from './results/pipeline';
import { normaliseScheme } from './scoring';
import type { ScoringScheme } from './scheme';
import { asTree, buildTree, type IndicatorTree } from './tree';
import type { EvaluationContext, EvaluationMatrix, ScoreOptions, ScoreResult } from './types';

/** Scores one period under a scoring scheme (src-shared/engine/scheme.ts; an empty scheme is
 * the standard computation of docs/workbook-format.md):
 *
 *   1–2. each leaf's raw values → normalised scores in `scheme.range` (default [0, 100]) by
 *        its scoring method, over all units or within each unit's category (scoring/index.ts
 *        `normaliseScheme`)
 *   3.   every aggregate node bottom-up, then the overall index = `base`: weighted arithmetic
 *        mean, weighted geometric mean or TOPSIS closeness per node (`aggregate`,
 *        `aggregationByNode`, the node's own `aggregation`; the overall index: `aggregate`,
 *        else arithmetic); missing children skipped with weights renormalised; an aggregate
 *        (the overall index included) is missing where the weight share of its children
 *        present is below `minDataShare` (results/kernels.ts, results/topsis.ts). A unit of
 *        category c weighs with `weights`, then `categoryWeights[c]` over them
 *        (weights/category.ts `schemeWeightsFor`)
 *   4.   total = max(base + min(Σ capped bonus, bonusCap) − min(Σ capped penalty, penaltyCap),
 *        floor) (adjust.ts)
 *   5.   competition rank "1224" of the totals, overall and within each category
 *        (`context.categories`); a veto with effect `exclude` leaves the unit unranked (rank.ts)
 *   6.   grades by thresholds, veto effects and quotas, ties across a quota boundary flagged
 *        (results/grades.ts)
 *
 * Pure and deterministic: the result does not depend on the order of units. Throws a
 * KaopingError (`engine.*`) for a broken tree, matrix or scheme and for a score <= 0 under a
 * geometric mean; anything else the committee should know is in `warnings`. */
export function scoreScheme(
  tree: readonly Indicator[] | IndicatorTree,
  matrix: EvaluationMatrix,
  scheme: ScoringScheme = {},
  context: EvaluationContext = {},
): ScoreResult {
  const t = asTree(tree);
  const prepared = prepareScoring(t, matrix, normaliseScheme(t, matrix, scheme, context), scheme, context);
  return scoreResult(prepared, scheme.weights);
}

/** The standard options as a scheme: min-max for every leaf whatever its own `scoring`, no
 * outlier treatment, the given range, aggregation and weights. */
export function standardScheme(options: ScoreOptions = {}): ScoringScheme {
  const scheme: ScoringScheme = { scoring: 'minmax', outliers: 'none' };
  if (options.range !== undefined) scheme.range = options.range;
  if (options.aggregate !== undefined) scheme.aggregate = options.aggregate;
  if (options.weights !== undefined) scheme.weights = { ...options.weights };
  return scheme;
}

/** The standard computation (docs/workbook-format.md) for one period: `scoreScheme` with
 * `standardScheme(options)` — min-max per leaf to `options.range`, each node's own
 * aggregation unless `options.aggregate` overrides it, bonus and penalty with per-item caps,
 * competition rank. No categories, no grades. */
export function scoreStandard(tree: Indicator[], matrix: EvaluationMatrix, options: ScoreOptions = {}): ScoreResult {
  return scoreScheme(buildTree(tree), matrix, standardScheme(options));
}

/** Steps 3–6 on an already normalised matrix: what a weight change reruns (the normalised
 * matrix does not depend on weights or aggregation). `matrix` supplies the raw adjustment
 * items and must list the same units in the same order, and `normalised` this tree's leaves
 * (else `engine.matrixMismatch`); the scheme's normalisation options (range, scoring, …) are
 * ignored here (they were applied by the normalisation). Accepts ScoreOptions too. */
export function scoreNormalised(
  tree: IndicatorTree,
  matrix: EvaluationMatrix,
  normalised: NormalisedMatrix,
  scheme: ScoringScheme | ScoreOptions = {},
  context: EvaluationContext = {},
): ScoreResult {
  const s = asScheme(scheme);
  return scoreResult(prepareScoring(tree, matrix, normalised, s, context), s.weights);
}

/** ScoreOptions are a subset of a scheme (its `normalise: 'minmax'` is the only normalisation
 * they know, and is what a scheme without scoring methods does). */
export function asScheme(options: ScoringScheme | ScoreOptions): ScoringScheme {
  const { normalise: _normalise, ...rest } = options as ScoreOptions & ScoringScheme;
  return rest as ScoringScheme;
}
