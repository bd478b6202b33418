import { initialModel, type WeightsState } from '../../state/weights';

/** Whether the analyst is editing weights: the working copy's weights differ from the loaded
 * scheme's (any node, any category). Undoing every edit, or setting a weight back to its value,
 * ends editing. Locks and methods alone change no score, so they do not count. */
export function isEditingWeights(s: Pick<WeightsState, 'tree' | 'base' | 'weights' | 'categoryWeights'>): boolean {
  if (!s.tree) return false;
  const start = initialModel(s.tree, s.base);
  return !sameMap(start.weights, s.weights) || !sameNested(start.categoryWeights, s.categoryWeights);
}

function sameMap(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}

function sameNested(a: Readonly<Record<string, Record<string, number>>>, b: Readonly<Record<string, Record<string, number>>>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameMap(a[k], b[k]));
}
