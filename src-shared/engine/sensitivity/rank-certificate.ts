import { SHARE_TOLERANCE } from '../results/kernels';
import { nodeAggregation } from '../results/plan';
import type { NodeAggregation, ScoringScheme } from '../scheme';
import type { IndicatorTree } from '../tree';
import { maxWeightedMean, minWeightedMean } from './fractional';
import type { WeightSpace } from './weights';

/** What the certificate reads: the normalised leaves (fixed — a rescorer normalises once, the
 * weights never move them), each unit's weight group, its adjustment (bonus − penalty, which no
 * varied weight touches: caps are not in the weight space) and whether a veto excludes it. */
export interface CertificateInput {
  tree: IndicatorTree;
  scheme: ScoringScheme;
  space: WeightSpace;
  /** The box: weight k within [lo[k], hi[k]]. */
  lo: Float64Array;
  hi: Float64Array;
  /** Leaf scores and masks, column-major (tree.leaves order), 0 where missing. */
  scores: Float64Array;
  mask: Uint8Array;
  range: readonly [number, number];
  categories: readonly (string | null)[];
  /** bonus − penalty per unit. */
  adjustment: Float64Array;
  excluded: Uint8Array;
}

/** Whether a unit has a value at a node for the weights of the box. */
export const Presence = { Never: 0, Always: 1, Maybe: 2 } as const;
export type Presence = (typeof Presence)[keyof typeof Presence];

/** The bounds of D_j = T_j − T_i over the box, for each other unit j. */
export interface PairBound {
  unit: number;
  min: number;
  max: number;
  /** Whether j is ranked (has a total and is not excluded) for the weights of the box. */
  ranked: Presence;
}

export interface RankCertificate {
  /** Whether the chosen unit is ranked for the weights of the box. */
  ranked: Presence;
  pairs: PairBound[];
  /** The margin of the strict comparisons (see `certificateEpsilon`). */
  epsilon: number;
  /** The scores' size: the largest |total| any unit can have over the box (at least 1). The
   * margins of the programs (rank-exact.ts) and the proof's near-ties are shares of it. */
  size: number;
  /** No weights in the box rank the unit better than this (null when it is never ranked). */
  bestLimit: number | null;
  /** … nor worse than this. */
  worstLimit: number | null;
  /** The other units that may be above or below (neither side certain), by index. */
  contested: number[];
  /** Weights (a vertex of the box) chosen by the fractional programs to push unit j below the
   * unit ('min' of D_j) or above it ('max'). A heuristic seed for the search, nothing more. */
  vertex: (j: number, sense: 'min' | 'max') => Float64Array;
  /** Every unit's value at a node ('' = the root, before adjustments) over the box: what
   * rank-exact.ts bounds a unit's score with where it is not linear in the weights. */
  node: (a: string) => NodeBounds;
}

/** A node's value for every unit: presence, and bounds valid whenever it is present
 * (±Infinity = unknown). */
export interface NodeBounds {
  presence: Uint8Array;
  lo: Float64Array;
  hi: Float64Array;
}

/** Relative margin of the strict comparisons. The engine's totals carry rounding errors of
 * order 1e-16 × their size per operation (a few dozen operations deep), and so do these
 * bounds: well below 1e-12 of the scores' size. A pair counts as surely above only when its
 * lower bound exceeds ε = 1e-9 × that size (and as possibly above whenever its upper bound
 * exceeds −ε), so a rounding step can never turn a bound into a wrong rank; a true gap below ε
 * is only reported as "not certain". */
export const CERTIFICATE_MARGIN = 1e-9;

/** Sound bounds of T_j − T_i over the box for every unit j against unit `i`, bottom-up over
 * the tree (docs/sensitivity.md, "Best and worst rank within weight bounds"):
 *
 * - per unit and node, an interval of the node's score: a weighted arithmetic mean of the
 *   children present is at most max Σ w_c hi_c / Σ w_c over the box (fractional.ts), at least
 *   the same min over the children's lower bounds; a geometric mean the same on logarithms;
 *   a TOPSIS node anywhere in the output range (its closeness lies in [0, 1]); where a child's
 *   presence can change with the weights (a minimum data share, a weight that can reach 0),
 *   the convex hull of the children's intervals;
 * - per pair and arithmetic node that both units always have, with no child whose presence
 *   can change and the same weights for both: D = Σ w_c D_c / Σ w_c over the children's pair
 *   bounds D_c (much tighter than subtracting the two units' intervals; a child only one of
 *   them has is bounded through that unit's own interval, see `tight`); elsewhere the
 *   difference of the intervals [lo_j − hi_i, hi_j − lo_i];
 * - the totals: bonus, penalty and veto do not depend on the varied weights, so they shift D
 *   by a constant; a floor can only pull a difference towards 0.
 *
 * Weights of disjoint subtrees are independent, which is what makes each node's bound the
 * optimum of its own small program. */
export function rankCertificate(input: CertificateInput, i: number): RankCertificate {
  const ctx = context(input);
  const n = ctx.n;
  const root = ctx.bounds('');
  const ranked = (u: number): Presence => (input.excluded[u] === 1 ? Presence.Never : (root.presence[u] as Presence));
  const floor = input.scheme.floor;
  const total = (u: number): [number, number] => {
    const a = input.adjustment[u];
    let [lo, hi] = [root.lo[u] + a, root.hi[u] + a];
    if (floor !== null && floor !== undefined) [lo, hi] = [Math.max(lo, floor), Math.max(hi, floor)];
    return [lo, hi];
  };
  let size = 1;
  for (let u = 0; u < n; u++) {
    for (const t of total(u)) if (Number.isFinite(t)) size = Math.max(size, Math.abs(t));
  }
  const epsilon = CERTIFICATE_MARGIN * size;

  const pairs: PairBound[] = [];
  const contested: number[] = [];
  const [ti0, ti1] = total(i);
  for (let j = 0; j < n; j++) {
    if (j === i) continue;
    let [min, max] = ctx.pair('', i, j);
    const shift = input.adjustment[j] - input.adjustment[i];
    min += shift;
    max += shift;
    if (floor !== null && floor !== undefined) {
      const [tj0, tj1] = total(j);
      // max(x, f) − max(y, f) lies between 0 and x − y; and between the floored intervals.
      min = Math.max(Math.min(min, 0), tj0 - ti1);
      max = Math.min(Math.max(max, 0), tj1 - ti0);
    }
    if (Number.isNaN(min)) min = -Infinity;
    if (Number.isNaN(max)) max = Infinity;
    pairs.push({ unit: j, min, max, ranked: ranked(j) });
    if (min <= epsilon && max >= -epsilon) contested.push(j);
  }
  const me = ranked(i);
  let above = 0;
  let maybeAbove = 0;
  for (const p of pairs) {
    if (p.ranked === Presence.Always && p.min > epsilon) above++;
    if (p.ranked !== Presence.Never && p.max > -epsilon) maybeAbove++;
  }
  return {
    ranked: me,
    pairs,
    epsilon,
    size,
    bestLimit: me === Presence.Never ? null : 1 + above,
    worstLimit: me === Presence.Never ? null : 1 + maybeAbove,
    contested,
    vertex: (j, sense) => ctx.vertex(i, j, sense),
    node: ctx.bounds,
  };
}

/** The vertex `RankCertificate.vertex` gives for the pair (i, j), without the whole
 * certificate (group-seed.ts asks it for a virtual unit). */
export function pairVertex(input: CertificateInput, i: number, j: number, sense: 'min' | 'max'): Float64Array {
  return context(input).vertex(i, j, sense);
}

/** How a unit weighs one child: the box's variable k (shared by every unit that uses it) or a
 * category's fixed weight. */
interface ChildWeight {
  k: number;
  fixed: number | null;
  lo: number;
  hi: number;
}

/** A node's children for one unit: those that can weigh more than 0 and are present in every
 * case (P) or in some (M), and the weights of those never present. */
interface Split {
  P: { c: string; w: ChildWeight }[];
  M: { c: string; w: ChildWeight }[];
  absentLo: number;
  absentHi: number;
}

/** The per-node machinery, memoised per node. */
function context(input: CertificateInput) {
  const { tree, scheme, space, lo, hi, scores, mask, range, categories } = input;
  const n = categories.length;
  const index = new Map(space.codes.map((c, k) => [c, k]));
  const leafIndex = new Map(tree.leaves.map((c, j) => [c, j]));
  const share = scheme.minDataShare ?? 0;
  const children = (a: string): readonly string[] => (a === '' ? tree.topLevel : tree.children.get(a)!);
  const method = (a: string): NodeAggregation => nodeAggregation(tree, scheme, a);

  const weight = (u: number, c: string): ChildWeight => {
    const k = index.get(c)!;
    const cat = categories[u];
    const own = cat !== null && scheme.categoryWeights && Object.prototype.hasOwnProperty.call(scheme.categoryWeights, cat)
      ? scheme.categoryWeights[cat]
      : undefined;
    if (own && Object.prototype.hasOwnProperty.call(own, c)) return { k, fixed: own[c], lo: own[c], hi: own[c] };
    return { k, fixed: null, lo: lo[k], hi: hi[k] };
  };

  const memo = new Map<string, NodeBounds>();
  const bounds = (a: string): NodeBounds => {
    const known = memo.get(a);
    if (known) return known;
    const j = leafIndex.get(a);
    let out: NodeBounds;
    if (j !== undefined) {
      const col = scores.subarray(j * n, (j + 1) * n);
      out = {
        presence: Uint8Array.from(mask.subarray(j * n, (j + 1) * n), (m) => (m === 1 ? Presence.Always : Presence.Never)),
        lo: Float64Array.from(col),
        hi: Float64Array.from(col),
      };
    } else {
      out = aggregateBounds(a);
    }
    memo.set(a, out);
    return out;
  };

  /** The children of `a` that can weigh more than 0 and be present for unit u, split into
   * always present (P) and maybe present (M), and the weights of the rest (absent). */
  const splitOnce = (a: string, u: number): Split => {
    const P: { c: string; w: ChildWeight }[] = [];
    const M: { c: string; w: ChildWeight }[] = [];
    let absentLo = 0;
    let absentHi = 0;
    for (const c of children(a)) {
      const w = weight(u, c);
      const p = bounds(c).presence[u];
      if (p === Presence.Always && w.hi > 0) P.push({ c, w });
      else if (p === Presence.Maybe && w.hi > 0) M.push({ c, w });
      else if (p === Presence.Never) {
        // Weighs in W (the share's denominator) but never in den. (A child that can only
        // weigh 0 counts in neither.)
        absentLo += w.lo;
        absentHi += w.hi;
      }
    }
    return { P, M, absentLo, absentHi };
  };

  const splitMemo = new Map<string, (Split | undefined)[]>();
  const split = (a: string, u: number): Split => {
    let row = splitMemo.get(a);
    if (!row) splitMemo.set(a, (row = new Array<Split | undefined>(n)));
    return (row[u] ??= splitOnce(a, u));
  };

  const presenceOf = (a: string, u: number): Presence => {
    const { P, M, absentLo, absentHi } = split(a, u);
    const pLo = P.reduce((s, x) => s + x.w.lo, 0);
    const pHi = P.reduce((s, x) => s + x.w.hi, 0);
    const mHi = M.reduce((s, x) => s + x.w.hi, 0);
    if (pHi + mHi === 0) return Presence.Never;
    if (M.length > 0) return share === 0 && pLo > 0 ? Presence.Always : Presence.Maybe;
    if (share === 0) return pLo > 0 ? Presence.Always : Presence.Maybe;
    // The share of weight with data, den / W, is increasing in the present weights and
    // decreasing in the absent ones: its extremes are at opposite corners.
    const least = pLo > 0 ? pLo / (pLo + absentHi) : 0;
    const most = pHi / (pHi + absentLo);
    const threshold = share - SHARE_TOLERANCE;
    if (pLo > 0 && least > threshold + CERTIFICATE_MARGIN) return Presence.Always;
    if (most < threshold - CERTIFICATE_MARGIN) return Presence.Never;
    return Presence.Maybe;
  };

  const aggregateBounds = (a: string): NodeBounds => {
    const how = method(a);
    const out: NodeBounds = { presence: new Uint8Array(n), lo: new Float64Array(n), hi: new Float64Array(n) };
    for (let u = 0; u < n; u++) {
      const presence = presenceOf(a, u);
      out.presence[u] = presence;
      if (presence === Presence.Never) continue;
      const { P, M } = split(a, u);
      let range01: [number, number];
      if (how === 'topsis') {
        // lo + (hi − lo)·C with the closeness C in [0, 1]; C can also be undefined (no value).
        out.presence[u] = Presence.Maybe;
        range01 = [Math.min(range[0], range[1]), Math.max(range[0], range[1])];
      } else {
        const geometric = how === 'geometric';
        const all = [...P, ...M];
        const vlo = all.map((x) => bounds(x.c).lo[u]);
        const vhi = all.map((x) => bounds(x.c).hi[u]);
        if (geometric && vlo.some((v) => !(v > 0))) {
          // No logarithm (the engine refuses a score <= 0 with weight > 0): unknown.
          range01 = [-Infinity, Infinity];
        } else {
          const f = geometric ? Math.log : (v: number) => v;
          const g = geometric ? Math.exp : (v: number) => v;
          if (M.length === 0) {
            const wl = P.map((x) => x.w.lo);
            const wh = P.map((x) => x.w.hi);
            range01 = [g(minWeightedMean(vlo.map(f), wl, wh).value), g(maxWeightedMean(vhi.map(f), wl, wh).value)];
          } else {
            // Which children are present can change: any mean of any of them.
            range01 = [Math.min(...vlo), Math.max(...vhi)];
          }
        }
      }
      out.lo[u] = Number.isNaN(range01[0]) ? -Infinity : range01[0];
      out.hi[u] = Number.isNaN(range01[1]) ? Infinity : range01[1];
    }
    return out;
  };

  /** Whether the pair's D at `a` is the fractional program over the children's D: an
   * arithmetic node both units always have, no child whose presence can change, and the same
   * weights for both. Returns each child's weight and D bounds, else null.
   *
   * A child only one of the two has is still in the program: a unit's mean over the children
   * it has equals its mean over all of them with the missing child scored at that mean itself
   * (Σ_P w s + w_c A = A (W_P + w_c) exactly when A = Σ_P w s / W_P), and that mean lies in
   * the unit's own interval at `a` for every weight. So the missing score is bounded by
   * [lo(a), hi(a)], and the child's D by that interval against the other unit's score. */
  const tight = (a: string, i: number, j: number): { c: string; w: ChildWeight; d: [number, number] }[] | null => {
    if (leafIndex.has(a) || method(a) !== 'arithmetic') return null;
    const b = bounds(a);
    if (b.presence[i] !== Presence.Always || b.presence[j] !== Presence.Always) return null;
    if (split(a, i).M.length > 0 || split(a, j).M.length > 0) return null;
    const out: { c: string; w: ChildWeight; d: [number, number] }[] = [];
    for (const c of children(a)) {
      const wi = weight(i, c);
      const wj = weight(j, c);
      if (wi.fixed !== wj.fixed || wi.lo !== wj.lo || wi.hi !== wj.hi) return null;
      if (!(wi.hi > 0)) continue;
      const bc = bounds(c);
      const hasI = bc.presence[i] === Presence.Always;
      const hasJ = bc.presence[j] === Presence.Always;
      if (hasI && hasJ) out.push({ c, w: wi, d: pair(c, i, j) });
      else if (hasJ) out.push({ c, w: wi, d: [bc.lo[j] - b.hi[i], bc.hi[j] - b.lo[i]] });
      else if (hasI) out.push({ c, w: wi, d: [b.lo[j] - bc.hi[i], b.hi[j] - bc.lo[i]] });
      // Missing for both: both means are over the other children alone.
    }
    return out;
  };

  // The pair bounds of one certificate (one unit i): per node, [min, max] of each j at 2j, 2j + 1.
  const pairMemo = new Map<string, Float64Array>();
  /** Bounds of S_j(a) − S_i(a) over the box, where both units have a value at a. */
  const pair = (a: string, i: number, j: number): [number, number] => {
    const j0 = leafIndex.get(a);
    if (j0 !== undefined) {
      const d = scores[j0 * n + j] - scores[j0 * n + i];
      return [d, d];
    }
    let row = pairMemo.get(a);
    if (!row) pairMemo.set(a, (row = new Float64Array(2 * n).fill(NaN)));
    if (!Number.isNaN(row[2 * j])) return [row[2 * j], row[2 * j + 1]];
    let out: [number, number];
    const shared = tight(a, i, j);
    if (shared) {
      const d = shared.map((x) => x.d);
      const wl = shared.map((x) => x.w.lo);
      const wh = shared.map((x) => x.w.hi);
      out = [minWeightedMean(d.map((x) => x[0]), wl, wh).value, maxWeightedMean(d.map((x) => x[1]), wl, wh).value];
    } else {
      const b = bounds(a);
      out = [b.lo[j] - b.hi[i], b.hi[j] - b.lo[i]];
    }
    // NaN marks "not yet": an undefined bound is unknown, not NaN.
    row[2 * j] = Number.isNaN(out[0]) ? -Infinity : out[0];
    row[2 * j + 1] = Number.isNaN(out[1]) ? Infinity : out[1];
    return [row[2 * j], row[2 * j + 1]];
  };

  /** A vertex of the box that pushes D_j towards its `sense`: the fractional programs'
   * choices where the pair is tight, else unit j's (for max) or unit i's (for min) own
   * optimum. Only a seed for the search: nothing relies on it being optimal. */
  const vertex = (i: number, j: number, sense: 'min' | 'max'): Float64Array => {
    const w = Float64Array.from(space.nominal);
    const fill = (a: string, unitSense: { u: number; sense: 'min' | 'max' } | null): void => {
      if (leafIndex.has(a)) return;
      const shared = unitSense === null ? tight(a, i, j) : null;
      let chosen: { c: string; w: ChildWeight }[];
      let upper: boolean[];
      if (shared) {
        const d = shared.map((x) => x.d[sense === 'min' ? 0 : 1]);
        const solve = sense === 'min' ? minWeightedMean : maxWeightedMean;
        chosen = shared;
        upper = solve(d, shared.map((x) => x.w.lo), shared.map((x) => x.w.hi)).atUpper;
      } else {
        const us = unitSense ?? (sense === 'max' ? { u: j, sense: 'max' as const } : { u: i, sense: 'max' as const });
        const { P } = split(a, us.u);
        const b = P.map((x) => (us.sense === 'max' ? bounds(x.c).hi[us.u] : bounds(x.c).lo[us.u]));
        const solve = us.sense === 'min' ? minWeightedMean : maxWeightedMean;
        chosen = P;
        upper = solve(b, P.map((x) => x.w.lo), P.map((x) => x.w.hi)).atUpper;
        unitSense = us;
      }
      chosen.forEach((x, c) => {
        if (x.w.fixed === null) w[x.w.k] = upper[c] ? hi[x.w.k] : lo[x.w.k];
      });
      for (const c of children(a)) fill(c, unitSense);
    };
    fill('', null);
    return w;
  };

  return { n, bounds, pair, vertex };
}
