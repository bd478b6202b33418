import type { Indicator } from '../../model/indicator';
import type { ScoringScheme } from '../scheme';
import { asTree, checkWeightOverrides, effectiveLeafWeights, type IndicatorTree } from '../tree';

/** The weight of every node of the tree for a unit of `category` under `scheme`, by code:
 *
 *   w(node) = scheme.categoryWeights[category][node]   if that category names the node,
 *           = scheme.weights[node]                     else if the scheme names it,
 *           = the tree's own weight                    otherwise.
 *
 * A unit without a category (null/undefined), or of a category the scheme does not list, gets
 * the scheme's weights alone. Every node is in the map (adjustment items too: for bonus and
 * penalty items the weight is the item's cap), so it can be passed wherever weight overrides
 * are taken (tree.ts `weightOf`, `effectiveLeafWeights`, ScoreOptions.weights). Throws
 * `engine.unknownIndicator` / `engine.invalidWeight` for a bad entry in `scheme.weights` or in
 * the category's map. */
export function schemeWeightsFor(
  treeOrIndicators: IndicatorTree | readonly Indicator[],
  scheme: ScoringScheme,
  category: string | null | undefined,
): Record<string, number> {
  const tree = asTree(treeOrIndicators);
  const base = scheme.weights;
  const own = category != null && scheme.categoryWeights ? ownEntry(scheme.categoryWeights, category) : undefined;
  checkWeightOverrides(tree, base);
  checkWeightOverrides(tree, own);
  const out: Record<string, number> = {};
  for (const code of tree.nodes) {
    if (own && Object.prototype.hasOwnProperty.call(own, code)) out[code] = own[code];
    else if (base && Object.prototype.hasOwnProperty.call(base, code)) out[code] = base[code];
    else out[code] = tree.byCode.get(code)!.weight;
  }
  return out;
}

/** Effective weight of every scored leaf (aligned with `tree.leaves`) for a unit of
 * `category`: tree.ts `effectiveLeafWeights` over `schemeWeightsFor(tree, scheme, category)`,
 * i.e. the product down the path of each node's share among its siblings. */
export function effectiveWeightsFor(
  treeOrIndicators: IndicatorTree | readonly Indicator[],
  scheme: ScoringScheme,
  category: string | null | undefined,
): Float64Array {
  const tree = asTree(treeOrIndicators);
  return effectiveLeafWeights(tree, schemeWeightsFor(tree, scheme, category));
}

/** A record's own entry (never one inherited from Object.prototype, e.g. for `toString`). */
function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
