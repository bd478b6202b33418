import { useDeferredValue, useMemo } from 'react';
import { useWeights, weightsFor } from '../../state/weights';
import { buildWeightRows, type WeightRow } from './weightTree';

const NO_ROWS: WeightRow[] = [];
const NO_WEIGHTS: Record<string, number> = {};
const NO_CATEGORY_WEIGHTS: Record<string, Record<string, number>> = {};

/** The weighted tree as the active tab shows it: the weights of all units, or a category's
 * (its own weights over everyone's). A node's reset value is the loaded scheme's: for a
 * category, the scheme's own value for it if it has one, else the weight all units use.
 *
 * `when`: 'now' follows every edit at once; 'deferred' follows the settled weights (store.ts
 * `settledWeights`: after the live ranking has drawn the edit) and builds the rows in a
 * deferred render; 'never' gives no rows and follows no edit (a closed drawer). */
export function useWeightRows(when: 'now' | 'deferred' | 'never' = 'now'): WeightRow[] {
  const enabled = when !== 'never';
  const tree = useWeights((s) => (enabled ? s.tree : null));
  const later = when === 'deferred';
  const current = useWeights((s) => (!enabled ? NO_WEIGHTS : later ? s.settledWeights : s.weights));
  const currentByCategory = useWeights((s) => (!enabled ? NO_CATEGORY_WEIGHTS : later ? s.settledCategoryWeights : s.categoryWeights));
  const deferred = useDeferredValue(current);
  const deferredByCategory = useDeferredValue(currentByCategory);
  const weights = later ? deferred : current;
  const categoryWeights = later ? deferredByCategory : currentByCategory;
  const base = useWeights((s) => s.base);
  const category = useWeights((s) => s.activeCategory);
  return useMemo(() => {
    if (!tree) return NO_ROWS;
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
