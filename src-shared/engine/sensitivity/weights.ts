import type { Rescorer } from '../results/rescorer';
import type { ScoringScheme } from '../scheme';
import type { IndicatorTree } from '../tree';
import type { Random } from './prng';

/** The weights a sensitivity analysis varies: every scored node's weight among its siblings
 * (the tree's weight, or the scheme's override), and the sibling groups they live in. Adjustment
 * items (bonus, penalty, veto) are caps in points, not weights, and are never varied. */
export interface WeightSpace {
  /** Scored node codes, tree order; index k is used in `groups` and in weight vectors. */
  codes: string[];
  /** The nominal weight of each node (points; only ratios among siblings matter). */
  nominal: Float64Array;
  /** Sibling groups as indexes into `codes`: the top level, then each aggregate's children. */
  groups: number[][];
  /** Index of each node's sibling group in `groups`. */
  groupOf: Int32Array;
  /** The scheme's `weights` entries of nodes that are not varied (bonus and penalty caps),
   * passed through by `weightMap`: a rescorer's weights stand for the scheme's whole `weights`,
   * so a cap the scheme overrides would otherwise fall back to the tree's. */
  kept: Readonly<Record<string, number>>;
}

/** The weight space of a tree under a scheme's `weights` (its `categoryWeights` are applied by
 * the rescorer on top, and are not varied). */
export function weightSpace(tree: IndicatorTree, scheme: ScoringScheme): WeightSpace {
  const groupsByCode: string[][] = [[...tree.topLevel]];
  for (const a of tree.aggregates) groupsByCode.push([...(tree.children.get(a) ?? [])]);
  const codes = groupsByCode.flat();
  const index = new Map(codes.map((c, k) => [c, k]));
  const nominal = Float64Array.from(codes, (c) => scheme.weights?.[c] ?? tree.byCode.get(c)!.weight);
  const groupOf = new Int32Array(codes.length);
  const groups = groupsByCode.map((g, gi) =>
    g.map((c) => {
      const k = index.get(c)!;
      groupOf[k] = gi;
      return k;
    }),
  );
  const kept: Record<string, number> = {};
  for (const [code, w] of Object.entries(scheme.weights ?? {})) if (!index.has(code)) kept[code] = w;
  return { codes, nominal, groups, groupOf, kept };
}

/** A weight vector as the `weights` map a rescorer takes (with the scheme's caps, `kept`). */
export function weightMap(space: WeightSpace, w: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = { ...space.kept };
  space.codes.forEach((c, k) => (out[c] = w[k]));
  return out;
}

/** Rescoring by weight vector over the space: the same totals and ranks as
 * r.rescore(weightMap(space, w)), bit for bit, without building the map and the weight table on
 * every call where the rescorer can (rescorer.ts `vectorRescorer`). What every search over the
 * weights calls thousands of times. */
export function vectorRescore(r: Rescorer, space: WeightSpace): (w: Float64Array) => { total: Float64Array; rank: Int32Array } {
  const fast = r.vectorRescorer(space.codes, space.kept);
  return (w) => (fast ? fast(w) : r.rescore(weightMap(space, w)));
}

/** One Monte Carlo draw (issue 6): every weight w becomes w·(1 + u), u uniform in [−f, +f],
 * independently at every level, then the siblings are renormalised so that each group keeps its
 * nominal sum (only ratios matter for the scores; keeping the sum keeps the points readable).
 * Writes into `out` (and the draws before renormalising, w·(1 + u), into `raw` when given: the
 * per-category weights a category inherits follow them, category-draws.ts); consumes one random
 * number per node, in `codes` order, so a seed fixes the whole run. f = 0 gives the nominal
 * weights exactly. */
export function perturbWeights(space: WeightSpace, f: number, random: Random, out: Float64Array, raw?: Float64Array): Float64Array {
  const { nominal, groups } = space;
  for (let k = 0; k < nominal.length; k++) out[k] = nominal[k] * (1 + f * (2 * random() - 1));
  raw?.set(out.subarray(0, nominal.length));
  if (f === 0) return out;
  for (const g of groups) {
    let before = 0;
    let after = 0;
    for (const k of g) {
      before += nominal[k];
      after += out[k];
    }
    if (after > 0) for (const k of g) out[k] *= before / after;
  }
  return out;
}

/** The weights with node `k` set to `value` and its siblings rescaled proportionally so that
 * the group keeps its sum T: w_j · (T − value) / (T − w_k). When the siblings all weigh 0 they
 * share T − value equally. Writes into `out`. `value` must lie in [0, T]. */
export function withNodeWeight(space: WeightSpace, base: ArrayLike<number>, k: number, value: number, out: Float64Array): Float64Array {
  for (let i = 0; i < base.length; i++) out[i] = base[i];
  const group = space.groups[space.groupOf[k]];
  let total = 0;
  for (const j of group) total += base[j];
  const rest = total - base[k];
  out[k] = value;
  for (const j of group) {
    if (j === k) continue;
    out[j] = rest > 0 ? (base[j] * (total - value)) / rest : (total - value) / (group.length - 1);
  }
  return out;
}

/** The sum of the sibling group of node `k` (the most it can weigh). */
export function groupTotal(space: WeightSpace, w: ArrayLike<number>, k: number): number {
  let total = 0;
  for (const j of space.groups[space.groupOf[k]]) total += w[j];
  return total;
}
