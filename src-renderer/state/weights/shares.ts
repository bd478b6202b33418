import { isAdjustment, type IndicatorTree } from '../../../src-shared/engine/tree';
import { ROOT_GROUP, type WeightsModel } from './types';

/** Where every node stands: its weight as a share of its parent and of the whole (pure). */

export interface NodeShare {
  /** w(node) / Σ w(siblings, the node included); 0 when the group's total is 0. */
  ofParent: number;
  /** The product of `ofParent` down the path from the top: for a leaf, its effective weight
   * (tree.ts `effectiveLeafWeights`); the shares of the whole of one group's children add up
   * to their parent's. */
  ofWhole: number;
}

/** The group (parent code, or ROOT_GROUP for the top level) a scored node belongs to; null
 * for adjustment items (bonus, penalty, veto), whose weight is a cap, not a share, and for
 * unknown codes. */
export function groupOf(tree: IndicatorTree, code: string): string | null {
  const ind = tree.byCode.get(code);
  if (!ind || isAdjustment(ind)) return null;
  return ind.parent ?? ROOT_GROUP;
}

/** The scored nodes of a group, in tree order; empty for a code that is no group. */
export function groupMembers(tree: IndicatorTree, group: string): readonly string[] {
  if (group === ROOT_GROUP) return tree.topLevel;
  return tree.children.get(group) ?? [];
}

/** The scored siblings of a node, the node included; empty for adjustment items. */
export function siblingsOf(tree: IndicatorTree, code: string): readonly string[] {
  const group = groupOf(tree, code);
  return group === null ? [] : groupMembers(tree, group);
}

/** Every group that has members: ROOT_GROUP first, then the aggregates in tree order. */
export function groupsOf(tree: IndicatorTree): string[] {
  return [ROOT_GROUP, ...tree.aggregates];
}

/** The weight of every node for units of `category` (null = the weights every unit uses):
 * the category's own weight where it has one, else the working weight, else the tree's — the
 * engine's rule (weights/category.ts `schemeWeightsFor`). */
export function weightsFor(
  tree: IndicatorTree,
  model: Pick<WeightsModel, 'weights' | 'categoryWeights'>,
  category: string | null | undefined,
): Record<string, number> {
  const own = category != null && Object.prototype.hasOwnProperty.call(model.categoryWeights, category)
    ? model.categoryWeights[category]
    : undefined;
  const out: Record<string, number> = {};
  for (const code of tree.nodes) {
    if (own && Object.prototype.hasOwnProperty.call(own, code)) out[code] = own[code];
    else if (Object.prototype.hasOwnProperty.call(model.weights, code)) out[code] = model.weights[code];
    else out[code] = tree.byCode.get(code)!.weight;
  }
  return out;
}

/** Share of parent and of the whole of every scored node, for these node weights (codes not
 * named use the tree's weight). Adjustment items are not in the result. */
export function computeShares(tree: IndicatorTree, weights: Readonly<Record<string, number>>): Record<string, NodeShare> {
  const w = (c: string): number => (Object.prototype.hasOwnProperty.call(weights, c) ? weights[c] : tree.byCode.get(c)!.weight);
  const out: Record<string, NodeShare> = {};
  const walk = (codes: readonly string[], parentWhole: number): void => {
    let sum = 0;
    for (const c of codes) sum += w(c);
    for (const c of codes) {
      const ofParent = sum > 0 ? w(c) / sum : 0;
      out[c] = { ofParent, ofWhole: parentWhole * ofParent };
      const kids = tree.children.get(c);
      if (kids) walk(kids, out[c].ofWhole);
    }
  };
  walk(tree.topLevel, 1);
  return out;
}

/** `computeShares` for the weights units of `category` use (null = everyone's). */
export function sharesFor(
  tree: IndicatorTree,
  model: Pick<WeightsModel, 'weights' | 'categoryWeights'>,
  category: string | null | undefined,
): Record<string, NodeShare> {
  return computeShares(tree, weightsFor(tree, model, category));
}
