import { useWeights } from './store';
import { weightsFor } from './shares';
import type { IndicatorTree } from '../../../src-shared/engine/tree';
import { siblingsOf } from './shares';

/** Per-node reads of the working weights for the controls of the weights table: a slider or a
 * number input follows the store itself, at once, while the table around it may draw its rows
 * a moment later (deferred, so the live ranking comes first). Each control re-renders only
 * when its own figure changes. */

interface ShownInput {
  tree: IndicatorTree | null;
  weights: Record<string, number>;
  categoryWeights: Record<string, Record<string, number>>;
  activeCategory: string | null;
}

let lastInput: ShownInput | null = null;
let lastShown: Record<string, number> = {};

/** The weights the active tab shows, computed once per change of the store (not per control). */
export function shownWeights(s: ShownInput): Readonly<Record<string, number>> {
  if (
    lastInput &&
    lastInput.tree === s.tree &&
    lastInput.weights === s.weights &&
    lastInput.categoryWeights === s.categoryWeights &&
    lastInput.activeCategory === s.activeCategory
  ) {
    return lastShown;
  }
  lastShown = s.tree ? weightsFor(s.tree, s, s.activeCategory) : {};
  lastInput = { tree: s.tree, weights: s.weights, categoryWeights: s.categoryWeights, activeCategory: s.activeCategory };
  return lastShown;
}

/** A node's points on the active tab (NaN for a code the tree lacks). */
export function useNodePoints(code: string): number {
  return useWeights((s) => shownWeights(s)[code] ?? NaN);
}

/** A node's share of its parent on the active tab (0 when its group weighs nothing). */
export function useNodeShare(code: string): number {
  return useWeights((s) => {
    if (!s.tree) return 0;
    const shown = shownWeights(s);
    let sum = 0;
    for (const c of siblingsOf(s.tree, code)) sum += shown[c] ?? 0;
    return sum > 0 ? (shown[code] ?? 0) / sum : 0;
  });
}
