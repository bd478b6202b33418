import { useDeferredValue } from 'react';
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

/** `weightsFor` remembered for its last input: every control asks with the same store state,
 * so the tree's weights are computed once per change, not once per control. */
function cachedShown(): (s: ShownInput) => Readonly<Record<string, number>> {
  let lastInput: ShownInput | null = null;
  let lastShown: Record<string, number> = {};
  return (s) => {
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
  };
}

/** The working weights the active tab shows (one cache for them, one for the settled ones). */
export const shownWeights = cachedShown();
const shownSettled = cachedShown();

/** A node's points on the active tab (NaN for a code the tree lacks). */
export function useNodePoints(code: string): number {
  return useWeights((s) => shownWeights(s)[code] ?? NaN);
}

/** A node's share of its parent on the active tab (0 when its group weighs nothing): of the
 * working weights, or with `settled` of the settled ones (store.ts `settledWeights`: what a
 * control not in hand draws, after the live ranking). */
export function useNodeShare(code: string, settled = false): number {
  return useWeights((s) => {
    if (!s.tree) return 0;
    const shown = settled
      ? shownSettled({ tree: s.tree, weights: s.settledWeights, categoryWeights: s.settledCategoryWeights, activeCategory: s.activeCategory })
      : shownWeights(s);
    let sum = 0;
    for (const c of siblingsOf(s.tree, code)) sum += shown[c] ?? 0;
    return sum > 0 ? (shown[code] ?? 0) / sum : 0;
  });
}

/** What a control shows: the store's figure at once while the user works this very control
 * (`active`: focused or dragged, so a held key steps from the value it just set), else the
 * figure of a deferred render. An edit then re-renders only the control in hand before the
 * live ranking is drawn; its siblings follow in the interruptible render after it (bench/ui.ts,
 * input-to-redraw). */
export function useShownFigure(figure: number, active: boolean): number {
  const deferred = useDeferredValue(figure);
  return active ? figure : deferred;
}
