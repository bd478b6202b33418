import { KaopingError } from '../../api/errors';
import { SCORING_METHODS, type Indicator, type ScoringMethod } from '../../model/indicator';
import type { ScoringScheme } from '../scheme';
import type { IndicatorTree } from '../tree';
import type { EngineWarning } from '../types';
import { fixedBounds } from './fixed';
import { hasFullPoints } from './points';
import { usableTarget } from './target';

/** How one leaf is scored, with what the method needs from the indicator. */
export type LeafRule =
  | { method: 'minmax' | 'efficacy' | 'zscore' | 'rank' | 'growth' | 'blend' }
  | { method: 'fixed'; bounds: { min: number; max: number } }
  | { method: 'target'; target: number }
  | { method: 'points'; fullPoints: number };

/** The methods whose result depends on the distances between the values of the peers: the
 * ones the outlier treatment is for (scheme `outliers: 'auto'`). The absolute methods (fixed,
 * target, points) compare each value with set bounds, where a transformed value would mean
 * nothing; a percentile rank depends on the order only; growth is tamed by its cap instead.
 * For `blend` the treatment applies to the level part. */
export const OUTLIER_TREATED: ReadonlySet<ScoringMethod> = new Set(['minmax', 'efficacy', 'zscore', 'blend']);

/** The method asked for a leaf: the scheme's per-leaf method, else the scheme's method for
 * all, else the leaf's own `scoring`. */
export function askedMethod(scheme: ScoringScheme, leaf: Indicator): ScoringMethod {
  return scheme.scoringByIndicator?.[leaf.code] ?? scheme.scoring ?? leaf.scoring;
}

/** Checks the scheme's methods: every per-leaf entry names a scored leaf, every method is
 * known. Throws `engine.unknownIndicator`, `engine.scoring.notLeaf` or
 * `engine.scoring.unknownMethod`. */
export function checkScoringMethods(tree: IndicatorTree, scheme: ScoringScheme): void {
  const known = (m: string): boolean => (SCORING_METHODS as readonly string[]).includes(m);
  if (scheme.scoring !== undefined && !known(scheme.scoring)) {
    throw new KaopingError('engine.scoring.unknownMethod', { indicator: '*', method: String(scheme.scoring) });
  }
  const leaves = new Set(tree.leaves);
  for (const [code, method] of Object.entries(scheme.scoringByIndicator ?? {})) {
    if (!tree.byCode.has(code)) throw new KaopingError('engine.unknownIndicator', { indicator: code });
    if (!leaves.has(code)) throw new KaopingError('engine.scoring.notLeaf', { indicator: code });
    if (!known(method)) throw new KaopingError('engine.scoring.unknownMethod', { indicator: code, method: String(method) });
  }
  for (const code of tree.leaves) {
    const own = tree.byCode.get(code)!.scoring;
    if (!known(own)) throw new KaopingError('engine.scoring.unknownMethod', { indicator: code, method: String(own) });
  }
}

/** The rule a leaf is scored by. A method that lacks what it needs falls back to min-max with
 * a warning: `fixed` without typical_min < typical_max (`engine.scoring.fixedNoBounds`),
 * `target` without a target > 0 (`engine.scoring.noTarget`), `points` with full points
 * (weight) 0 (`engine.scoring.noFullPoints`). */
export function leafRule(leaf: Indicator, method: ScoringMethod, warnings: EngineWarning[]): LeafRule {
  const fallback = (key: string): LeafRule => {
    warnings.push({ key, params: { indicator: leaf.code }, indicator: leaf.code });
    return { method: 'minmax' };
  };
  switch (method) {
    case 'fixed': {
      const bounds = fixedBounds(leaf.typicalMin, leaf.typicalMax);
      return bounds ? { method, bounds } : fallback('engine.scoring.fixedNoBounds');
    }
    case 'target': {
      const target = usableTarget(leaf.target);
      return target !== null ? { method, target } : fallback('engine.scoring.noTarget');
    }
    case 'points':
      return hasFullPoints(leaf.weight) ? { method, fullPoints: leaf.weight } : fallback('engine.scoring.noFullPoints');
    default:
      return { method };
  }
}
