import { KaopingError } from '../../api/errors';
import { checkMatrix } from '../matrix';
import { checkRange, type NormalisedMatrix } from '../normalise';
import type { ScoringScheme } from '../scheme';
import type { IndicatorTree } from '../tree';
import type { EngineWarning, EvaluationContext, EvaluationMatrix } from '../types';
import { resolveLevelShare } from './blend';
import { alignPrevious, resolveGrowth } from './growth';
import { scoreLeaf } from './leaf';
import { OUTLIER_TREATED, askedMethod, checkScoringMethods, leafRule } from './methods';
import { treatOutliers, type OutlierVerdict } from './outliers';
import { categoryGroups, wholeGroup, type PeerGroups } from './peers';

/** Scores every scored leaf of the tree under a scheme (issue 3, "Scoring an indicator"):
 * the counterpart of `normaliseMinMax` with every method, and the same NormalisedMatrix (leaves
 * in tree order, column-major, scores in `scheme.range` (default [0, 100]), mask, warnings).
 *
 * Per leaf, in this order:
 * 1. The method: `scheme.scoringByIndicator[code] ?? scheme.scoring ?? leaf.scoring`; a method
 *    that lacks what it needs falls back to min-max with a warning (methods.ts).
 * 2. With `scheme.outliers === 'auto'`, the JRC outlier treatment of the raw column
 *    (outliers.ts), for the methods that measure distances between peers (`OUTLIER_TREATED`);
 *    its verdict goes in `treatments[code]`. Always over all units of the period.
 * 3. The direction (−1: higher raw = worse) and the method's formula (one file each:
 *    minmax in ../normalise.ts, efficacy, fixed, target, zscore, percentile (`rank`), points,
 *    growth, blend). The relative methods compare a unit with its peers: all units, or with
 *    `scheme.normaliseWithin === 'category'` the units of its category
 *    (`context.categories`; units without a category are peers of each other).
 *
 * Growth and blend read `context.previous` (matched by unit and indicator code). A leaf with
 * no column in the matrix has no value. Missing cells are 0 with mask 0, never NaN.
 *
 * Throws `engine.invalidRange`, the matrix checks' errors, `engine.unknownIndicator` /
 * `engine.scoring.notLeaf` / `engine.scoring.unknownMethod` for a bad method,
 * `engine.scoring.invalidGrowthCap`, `engine.scoring.invalidLevelShare` and
 * `engine.scoring.categoriesLength`. */
export function normaliseScheme(
  tree: IndicatorTree,
  matrix: EvaluationMatrix,
  scheme: ScoringScheme,
  context: EvaluationContext = {},
): NormalisedMatrix {
  const [lo, hi] = checkRange(scheme.range);
  const columns = checkMatrix(matrix);
  checkScoringMethods(tree, scheme);
  const growth = resolveGrowth(scheme.growth);
  const levelShare = resolveLevelShare(scheme.blend);
  const n = matrix.unitCodes.length;
  const warnings: EngineWarning[] = [];
  const groups = peerGroups(n, scheme, context, warnings);
  const previousOf = alignPrevious(matrix.unitCodes, context.previous);
  const leafCodes = [...tree.leaves];
  const scores = new Float64Array(n * leafCodes.length);
  const mask = new Uint8Array(n * leafCodes.length);
  const treatments: Record<string, OutlierVerdict> | undefined = scheme.outliers === 'auto' ? {} : undefined;

  leafCodes.forEach((code, j) => {
    const leaf = tree.byCode.get(code)!;
    const rule = leafRule(leaf, askedMethod(scheme, leaf), warnings);
    const c = columns.get(code);
    const observed = c === undefined ? new Float64Array(n).fill(NaN) : matrix.values.subarray(c * n, (c + 1) * n);
    let values = observed;
    if (treatments && OUTLIER_TREATED.has(rule.method)) {
      const treated = treatOutliers(observed);
      values = treated.values;
      treatments[code] = treated.verdict;
      if (treated.verdict.treatment === 'winsorised') {
        warnings.push({ key: 'engine.scoring.winsorised', params: { indicator: code, points: treated.verdict.points }, indicator: code });
      } else if (treated.verdict.treatment === 'log') {
        warnings.push({ key: 'engine.scoring.logTransformed', params: { indicator: code }, indicator: code });
      }
    }
    const needsPrevious = rule.method === 'growth' || rule.method === 'blend';
    scoreLeaf(
      rule,
      {
        code,
        direction: leaf.direction,
        values,
        observed,
        previous: needsPrevious ? previousOf(code) : null,
        unitCodes: matrix.unitCodes,
        lo,
        hi,
        groups,
        growth,
        levelShare,
      },
      scores.subarray(j * n, (j + 1) * n),
      mask.subarray(j * n, (j + 1) * n),
      warnings,
    );
  });

  const result: NormalisedMatrix = { unitCodes: [...matrix.unitCodes], leafCodes, nUnits: n, scores, mask, range: [lo, hi], warnings };
  if (treatments) result.treatments = treatments;
  return result;
}

/** The peer groups of the scheme: all units, or one group per category. Within categories
 * without any category given, every unit is in the one "no category" group, with the warning
 * `engine.scoring.noCategories`. */
function peerGroups(n: number, scheme: ScoringScheme, context: EvaluationContext, warnings: EngineWarning[]): PeerGroups {
  if (scheme.normaliseWithin !== 'category') return wholeGroup(n);
  const categories = context.categories;
  if (categories && categories.length !== n) {
    throw new KaopingError('engine.scoring.categoriesLength', { expected: n, actual: categories.length });
  }
  if (!categories || categories.every((c) => c === null)) {
    warnings.push({ key: 'engine.scoring.noCategories' });
  }
  return categoryGroups(n, categories);
}

export { treatOutliers, breaksOutlierRule, type OutlierVerdict } from './outliers';
export { categoryGroups, wholeGroup, scoreByGroup, type PeerGroups, type PeerColumnScorer } from './peers';
export { efficacyColumn } from './efficacy';
export { zscoreColumn } from './zscore';
export { percentileColumn } from './percentile';
export { fixedColumn, fixedBounds } from './fixed';
export { targetColumn, usableTarget } from './target';
export { pointsColumn } from './points';
export { growthColumn, resolveGrowth, alignPrevious, type ResolvedGrowth } from './growth';
export { blendInto, resolveLevelShare } from './blend';
export { askedMethod, leafRule, OUTLIER_TREATED, type LeafRule } from './methods';
