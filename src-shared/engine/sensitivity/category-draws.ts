import type { ScoringScheme } from '../scheme';
import type { Random } from './prng';
import type { WeightSpace } from './weights';

/** A scheme's per-category weights (分类考核: `categoryWeights`) as the Monte Carlo varies them.
 * A unit of category c is scored with c's own weight where c names a node and the scheme's
 * weight elsewhere (weights/category.ts). Each of c's own weights of a scored node is drawn like
 * any weight, w·(1 + u) with its own u; the weights c inherits keep the draw of the scheme's
 * weight (they are the same weight). Then each sibling group where c names a node is rescaled so
 * that, for c, it keeps its nominal sum (as `perturbWeights` does for the scheme's groups; only
 * the ratios matter to the scores). Bonus and penalty caps a category names are caps, not
 * weights, and are kept as they are. */
export interface CategoryWeightSpace {
  categories: CategoryGroups[];
  /** Random numbers a draw takes: one per own weight of a scored node, all categories. */
  draws: number;
}

interface CategoryGroups {
  category: string;
  /** The category's entries that are not scored nodes (caps), passed through unchanged. */
  kept: Record<string, number>;
  /** Sibling groups (indexes into `WeightSpace.groups`) where the category names a node. */
  groups: {
    /** Node indexes into `WeightSpace.codes`, in the group's order. */
    nodes: number[];
    /** The category's own nominal weight of each node, NaN where it inherits the scheme's. */
    own: Float64Array;
  }[];
  /** The nodes with an own weight, ascending: the order of this category's random numbers. */
  owned: Int32Array;
}

/** The category weights a scheme varies, or null when it has none (the draws are then exactly
 * those of a scheme without categories: no random number is taken, and the rescorer applies the
 * scheme's category weights, caps only, as they are). Categories in code-point
 * order of their names and nodes in `space.codes` order, so that a seed fixes the draws whatever
 * the order of the scheme's keys. */
export function categoryWeightSpace(space: WeightSpace, scheme: ScoringScheme): CategoryWeightSpace | null {
  const all = scheme.categoryWeights;
  if (!all) return null;
  const index = new Map(space.codes.map((c, k) => [c, k]));
  const names = Object.keys(all).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const categories = names.map((category): CategoryGroups => {
    const entries = all[category];
    const kept: Record<string, number> = {};
    for (const [code, w] of Object.entries(entries)) if (!index.has(code)) kept[code] = w;
    const groups = space.groups
      .filter((g) => g.some((k) => Object.prototype.hasOwnProperty.call(entries, space.codes[k])))
      .map((nodes) => {
        const own = Float64Array.from(nodes, (k) => (Object.prototype.hasOwnProperty.call(entries, space.codes[k]) ? entries[space.codes[k]] : NaN));
        return { nodes, own };
      });
    const owned = Int32Array.from(groups.flatMap((g) => g.nodes.filter((_, m) => !Number.isNaN(g.own[m])))).sort();
    return { category, kept, groups, owned };
  });
  let draws = 0;
  for (const c of categories) for (const g of c.groups) for (const w of g.own) if (!Number.isNaN(w)) draws++;
  // with no own weight of a scored node anywhere, the scheme's category weights (caps only)
  // apply as they are
  return draws === 0 ? null : { categories, draws };
}

/** One draw of every category's weights, as the `categoryWeights` a rescorer takes. `raw` is
 * this draw of the scheme's weights before renormalising (w·(1 + u), `perturbWeights`' `raw`),
 * which the inherited weights follow: within the category's group every weight is then its
 * nominal value times its own 1 + u, before the group is rescaled. Random numbers: for each
 * category in order, one per own weight of a scored node in `space.codes` order, taken even
 * when f = 0. f = 0 gives the nominal weights exactly. */
export function perturbCategoryWeights(
  cs: CategoryWeightSpace,
  space: WeightSpace,
  raw: Float64Array,
  f: number,
  random: Random,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  // 1 + u per node with an own weight (only those entries are read)
  const u = new Float64Array(space.codes.length);
  for (const { category, kept, groups, owned } of cs.categories) {
    for (const k of owned) u[k] = 1 + f * (2 * random() - 1);
    const weights: Record<string, number> = { ...kept };
    for (const { nodes, own } of groups) {
      let before = 0;
      let after = 0;
      const drawn = nodes.map((k, m) => {
        const mine = !Number.isNaN(own[m]);
        before += mine ? own[m] : space.nominal[k];
        const w = mine ? own[m] * u[k] : raw[k];
        after += w;
        return w;
      });
      const scale = f !== 0 && after > 0 ? before / after : 1;
      nodes.forEach((k, m) => (weights[space.codes[k]] = drawn[m] * scale));
    }
    out[category] = weights;
  }
  return out;
}
