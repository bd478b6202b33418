import type { ObjectiveMethod } from '../../../src-shared/engine/weights/types';
import type { ScoringScheme } from '../../../src-shared/engine/scheme';

/** The weights workspace as data (.notes/ISSUE4.md, agreed interfaces). Every edit is a
 * `WeightAction`; the pure reducer (reducer.ts) applies it, the history (history.ts) keeps it
 * for undo and redo, the store (store.ts) holds the result for the screens. */

/** The key of the top-level group (the children of the overall index) wherever a group is
 * named by its parent's code. */
export const ROOT_GROUP = '__root__';

/** How a sibling group's weights were set. `manual` is the default of every group. */
export type GroupMethod = 'manual' | 'equal' | 'ahp' | 'entropy' | 'critic' | 'cv' | 'combined';

export const GROUP_METHODS: readonly GroupMethod[] = ['manual', 'equal', 'ahp', 'entropy', 'critic', 'cv', 'combined'];

/** What a method needs beyond its name, kept with the group so that an editor opened again
 * shows what was chosen (all optional). */
export interface GroupMethodOptions {
  /** AHP: the full pairwise matrix over the group's children in tree order (reciprocals
   * filled in). */
  pairwise?: number[][];
  /** Combined: α, the share of the subjective (policy) weights. */
  alpha?: number;
  /** Combined: the objective method the policy weights are combined with. */
  objective?: ObjectiveMethod;
}

/** One weight edit, as data. `category` names a category's own weights (the category tab);
 * without it the edit is on the weights every unit uses. A group is named by its parent's
 * code, `ROOT_GROUP` for the top level.
 *
 * - setWeight: a node's weight in points; its siblings keep theirs (their shares move).
 * - setShare: a node's share of its parent (0–1); its unlocked siblings rebalance
 *   proportionally so the group keeps its total (rebalance.ts).
 * - lock / unlock: a locked node keeps its weight when a sibling changes; it cannot be set.
 * - reset: one node (`code`), one category's own weights (`category` alone) or everything
 *   (neither) back to the loaded scheme's value, else the tree's.
 * - applyGroupWeights: a method's result for one group (AHP, entropy, ...), with the editor's
 *   inputs (`options`: the AHP matrix, α) recorded beside it so undo takes both back: the group's
 *   weights in proportion to `weights`, on the group's current total of points.
 * - setMethod: records the method of a group (no weight changes by itself).
 *
 * `coalesce` (setWeight, setShare): when the previous edit in the history was the same kind
 * on the same node and category, this one replaces it, so a slider drag is one undo step. */
export type WeightAction =
  | { type: 'setWeight'; code: string; value: number; category?: string; coalesce?: boolean }
  | { type: 'setShare'; code: string; share: number; category?: string; coalesce?: boolean }
  | { type: 'lock' | 'unlock'; code: string }
  | { type: 'reset'; code?: string; category?: string }
  | { type: 'applyGroupWeights'; parent: string; weights: Record<string, number>; method: GroupMethod; category?: string; options?: GroupMethodOptions }
  | { type: 'setMethod'; parent: string; method: GroupMethod; options?: GroupMethodOptions };

/** The part of the workspace an action changes (and an undo restores). */
export interface WeightsModel {
  /** Working weight of every node of the tree (adjustment items: their cap). */
  weights: Record<string, number>;
  /** Per category: its own weights for the nodes it overrides (sparse; other nodes use
   * `weights`), as ScoringScheme.categoryWeights. */
  categoryWeights: Record<string, Record<string, number>>;
  locks: Set<string>;
  /** Method per group (parent code or ROOT_GROUP); a group not named is `manual`. */
  methods: Record<string, GroupMethod>;
  methodOptions: Record<string, GroupMethodOptions>;
}

/** What the reducer reads besides the model: the loaded scheme (for reset). */
export interface WeightsBase {
  base: ScoringScheme;
}
