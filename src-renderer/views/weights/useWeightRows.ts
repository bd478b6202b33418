import { useMemo } from 'react';
import { useWeights, weightsFor } from '../../state/weights';
import { buildWeightRows, type WeightRow } from './weightTree';

/** The weighted tree as the active tab shows it: the weights of all units, or a category's
 * (its own weights over everyone's). A node's reset value is the loaded scheme's: for a
 * category, the scheme's own value for it if it has one, else the weight all units use. */
export function useWeightRows(): WeightRow[] {
  const tree = useWeights((s) => s.tree);
  const weights = useWeights((s) => s.weights);
  const categoryWeights = useWeights((s) => s.categoryWeights);
  const base = useWeights((s) => s.base);
  const category = useWeights((s) => s.activeCategory);
  return useMemo(() => {
    if (!tree) return [];
    const shown = weightsFor(tree, { weights, categoryWeights }, category);
    const schemeAll = weightsFor(tree, { weights: base.weights ?? {}, categoryWeights: {} }, null);
    const schemeOwn = category !== null ? base.categoryWeights?.[category] : undefined;
    const baseOf =
      category === null
        ? (c: string) => schemeAll[c]
        : (c: string) => (schemeOwn && Object.prototype.hasOwnProperty.call(schemeOwn, c) ? schemeOwn[c] : (weights[c] ?? schemeAll[c]));
    return buildWeightRows(tree, (c) => shown[c], baseOf);
  }, [tree, weights, categoryWeights, base, category]);
}

/** Whether the active category has its own weight for a node. */
export function useOwnCodes(): ReadonlySet<string> {
  const categoryWeights = useWeights((s) => s.categoryWeights);
  const category = useWeights((s) => s.activeCategory);
  return useMemo(
    () => new Set(category !== null && categoryWeights[category] ? Object.keys(categoryWeights[category]) : []),
    [categoryWeights, category],
  );
}
