import { createRescorer, type Rescorer } from '../results/rescorer';
import { asTree } from '../tree';
import { KaopingError } from '../../api/errors';
import type { SensitivityInput } from './monte-carlo';
import { groupTotal, weightMap, weightSpace, withNodeWeight, type WeightSpace } from './weights';

/** What must stay unchanged: one unit's overall rank, or the set of units ranked in the top k
 * (their order inside the set may change). */
export type StabilityTarget = { unit: string } | { topK: number };

/** For one node: the weights (in points, the siblings rescaled proportionally so that the
 * group keeps its sum) between which the target stays as it is nominally. */
export interface StabilityInterval {
  node: string;
  /** The node's nominal weight and the most it can weigh (its sibling group's sum). */
  weight: number;
  max: number;
  low: number;
  high: number;
  /** Found from the exact crossings of linear totals (true), or by the grid search (false). */
  exact: boolean;
}

/** Points of the coarse scan over [0, max] before the edges are refined by bisection. */
const GRID = 100;
/** Bisection steps at each edge: the edge is known to max / 2^40 (far below any weight a
 * committee writes). */
const REFINE = 40;

/** The stability interval of every node weight (nodes alone in their group have none: their
 * weight cannot change anything). Method (docs/sensitivity.md):
 * - Exact where the totals are linear in the node's weight (arithmetic means, no clamp reached
 *   on the way; checked on the whole segment by rescoring at five weights): every pair of units
 *   crosses at most once, at a weight computed from the two ends; the order of the units is
 *   the same between two consecutive crossings, so one rescoring between each pair of them
 *   tells whether the target still holds, and the edge is the first crossing where it stops.
 * - Otherwise a search: from the nominal weight, walk a grid of GRID steps over [0, max]
 *   outwards in each direction until the target changes, then bisect between the last weight
 *   where it held and the first where it did not; a change that starts and ends between two
 *   grid points (narrower than max / GRID) can be missed.
 * Each interval says which method found it (`exact`). */
export function stabilityIntervals(input: SensitivityInput, target: StabilityTarget, rescorer?: Rescorer): StabilityInterval[] {
  const tree = asTree(input.tree);
  const r = rescorer ?? createRescorer(tree, input.matrix, input.scheme, input.context);
  const space = weightSpace(tree, input.scheme);
  const nominalRank = r.rescore(weightMap(space, space.nominal)).rank;
  const holds = targetCheck(r, space, target, nominalRank);
  const out: StabilityInterval[] = [];
  const w = new Float64Array(space.codes.length);
  space.codes.forEach((node, k) => {
    if (space.groups[space.groupOf[k]].length < 2) return;
    const max = groupTotal(space, space.nominal, k);
    const v0 = space.nominal[k];
    if (!(max > 0)) return;
    const ok = (v: number) => holds(withNodeWeight(space, space.nominal, k, v, w));
    const line = linearTotals(r, space, k, max);
    if (line) {
      const crossings = crossingsOf(line, target, r.unitCodes, nominalRank, max);
      const exactEdge = (dir: -1 | 1) => edgeAcross(crossings, v0, dir, dir < 0 ? 0 : max, ok);
      out.push({ node, weight: v0, max, low: exactEdge(-1), high: exactEdge(1), exact: true });
      return;
    }
    const step = max / GRID;
    const edge = (dir: -1 | 1): number => {
      const end = dir < 0 ? 0 : max;
      let good = v0;
      for (;;) {
        const next = dir < 0 ? Math.max(end, good - step) : Math.min(end, good + step);
        if (next === good) return good;
        if (!ok(next)) return bisect(good, next, ok);
        good = next;
      }
    };
    out.push({ node, weight: v0, max, low: edge(-1), high: edge(1), exact: false });
  });
  return out;
}

/** The totals as lines over the node's weight v in [0, max], t(v) = at0 + slope · v, when they
 * are lines: rescored at 0 and max, and checked at three weights between (a clamp or a
 * geometric mean bends them). Units without a total are left NaN. Null when not linear. */
function linearTotals(r: Rescorer, space: WeightSpace, k: number, max: number): { at0: Float64Array; slope: Float64Array } | null {
  const w = new Float64Array(space.codes.length);
  const totalsAt = (v: number) => Float64Array.from(r.rescore(weightMap(space, withNodeWeight(space, space.nominal, k, v, w))).total);
  const at0 = totalsAt(0);
  const atMax = totalsAt(max);
  const slope = at0.map((t, i) => (atMax[i] - t) / max);
  for (const f of [0.25, 0.5, 0.75]) {
    const mid = totalsAt(f * max);
    for (let i = 0; i < mid.length; i++) {
      const expected = at0[i] + slope[i] * f * max;
      if (Number.isNaN(mid[i]) !== Number.isNaN(expected)) return null;
      if (!Number.isNaN(mid[i]) && Math.abs(mid[i] - expected) > 1e-9 * Math.max(1, Math.abs(mid[i]))) return null;
    }
  }
  return { at0, slope };
}

/** The weights in [0, max] where two units whose relation matters cross: the chosen unit with
 * every other, or (top k) a unit inside the nominal set with one outside. Sorted ascending. */
function crossingsOf(
  line: { at0: Float64Array; slope: Float64Array },
  target: StabilityTarget,
  unitCodes: readonly string[],
  nominalRank: Int32Array,
  max: number,
): number[] {
  const out: number[] = [];
  const cross = (i: number, j: number) => {
    const dSlope = line.slope[i] - line.slope[j];
    const dAt0 = line.at0[j] - line.at0[i];
    if (Number.isNaN(dSlope) || Number.isNaN(dAt0) || dSlope === 0) return;
    const v = dAt0 / dSlope;
    if (v >= 0 && v <= max) out.push(v);
  };
  const n = unitCodes.length;
  if ('unit' in target) {
    const i = unitCodes.indexOf(target.unit);
    for (let j = 0; j < n; j++) if (j !== i) cross(i, j);
  } else {
    const rank = nominalRank;
    const inside: number[] = [];
    const outside: number[] = [];
    for (let i = 0; i < n; i++) (rank[i] > 0 && rank[i] <= target.topK ? inside : rank[i] > 0 ? outside : []).push(i);
    for (const i of inside) for (const j of outside) cross(i, j);
  }
  return out.sort((a, b) => a - b);
}

/** From the nominal weight v0 towards `end`: the order of the units changes only at the
 * crossings, so the target is checked once inside each stretch between two of them; the edge
 * is the crossing where it stops holding (or just inside it, when it does not hold at the
 * crossing itself, where two units tie), else `end`. */
function edgeAcross(crossings: readonly number[], v0: number, dir: -1 | 1, end: number, ok: (v: number) => boolean): number {
  const ahead = (dir > 0 ? crossings.filter((c) => c > v0) : crossings.filter((c) => c < v0).reverse()).filter((c, i, a) => i === 0 || c !== a[i - 1]);
  // a tie at the nominal weight itself: the stretch just beside it may already differ
  const first = ahead[0] ?? end;
  if (first !== v0 && !ok((v0 + first) / 2)) return v0;
  for (let m = 0; m < ahead.length; m++) {
    const c = ahead[m];
    const next = m + 1 < ahead.length ? ahead[m + 1] : end;
    if (next !== c && ok((c + next) / 2)) continue; // the crossings at c cancel out
    if (next === c && ok(c)) continue;
    if (ok(c)) return c;
    // not at the tie itself: the last weight before it (within 1e-12 of the stretch)
    return c + (v0 - c) * 1e-12;
  }
  return end;
}

/** The edge between `good` (target holds) and `bad` (it does not), to REFINE halvings;
 * returns the last weight known to hold. */
function bisect(good: number, bad: number, ok: (v: number) => boolean): number {
  for (let i = 0; i < REFINE; i++) {
    const mid = (good + bad) / 2;
    if (mid === good || mid === bad) break;
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/** A check of the target under a weight vector, against the nominal ranking. */
function targetCheck(r: Rescorer, space: WeightSpace, target: StabilityTarget, nominal: Int32Array): (w: Float64Array) => boolean {
  if ('unit' in target) {
    const i = r.unitCodes.indexOf(target.unit);
    if (i < 0) throw new KaopingError('scenarios.unknownUnit', { unit: target.unit });
    return (w) => r.rescore(weightMap(space, w)).rank[i] === nominal[i];
  }
  const k = target.topK;
  if (!Number.isInteger(k) || k < 1) throw new KaopingError('scenarios.badTopK', { value: String(k) });
  const inTop = (rank: Int32Array, i: number) => rank[i] > 0 && rank[i] <= k;
  return (w) => {
    const rank = r.rescore(weightMap(space, w)).rank;
    for (let i = 0; i < rank.length; i++) if (inTop(rank, i) !== inTop(nominal, i)) return false;
    return true;
  };
}

/** One point of a one-at-a-time sweep. */
export interface SweepPoint {
  weight: number;
  /** The weight as a share of its sibling group's sum (0–1). */
  share: number;
  total: number | null;
  rank: number | null;
}

/** One-at-a-time: a unit's total and rank as one node's weight sweeps from 0 to the whole of its
 * group (siblings rescaled proportionally), in `steps` equal steps (steps + 1 points). */
export function weightSweep(input: SensitivityInput, unit: string, node: string, steps = 50, rescorer?: Rescorer): SweepPoint[] {
  const tree = asTree(input.tree);
  const r = rescorer ?? createRescorer(tree, input.matrix, input.scheme, input.context);
  const space = weightSpace(tree, input.scheme);
  const i = r.unitCodes.indexOf(unit);
  if (i < 0) throw new KaopingError('scenarios.unknownUnit', { unit });
  const k = space.codes.indexOf(node);
  if (k < 0) throw new KaopingError('scenarios.unknownNode', { node });
  if (!Number.isInteger(steps) || steps < 1 || steps > 1000) throw new KaopingError('scenarios.badSteps', { value: String(steps) });
  const max = groupTotal(space, space.nominal, k);
  const w = new Float64Array(space.codes.length);
  const points: SweepPoint[] = [];
  for (let s = 0; s <= steps; s++) {
    const share = s / steps;
    const res = r.rescore(weightMap(space, withNodeWeight(space, space.nominal, k, share * max, w)));
    points.push({
      weight: share * max,
      share,
      total: Number.isNaN(res.total[i]) ? null : res.total[i],
      rank: res.rank[i] > 0 ? res.rank[i] : null,
    });
  }
  return points;
}
