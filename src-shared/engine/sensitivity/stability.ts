import { createRescorer, type Rescorer } from '../results/rescorer';
import { asTree } from '../tree';
import { KaopingError } from '../../api/errors';
import type { SensitivityInput } from './monte-carlo';
import { crossings, rationalTotals, type RationalTotals } from './stability-fit';
import { groupTotal, vectorRescore, weightSpace, withNodeWeight } from './weights';

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
  /** Found from the exact crossings of the totals (true), or by the grid search (false). */
  exact: boolean;
}

/** Points of the coarse scan over [0, max] before the edges are refined by bisection. */
const GRID = 100;
/** Bisection steps at each edge: the edge is known to max / 2^40 (far below any weight a
 * committee writes). */
const REFINE = 40;

/** The stability interval of every node weight (nodes alone in their group have none: their
 * weight cannot change anything). Method (docs/sensitivity.md):
 * - Exact where every total is a ratio of two lines in the node's weight inside (0, max)
 *   (arithmetic means, no floor reached; stability-fit.ts fits and checks it, units with
 *   missing values included): every pair of units crosses at most twice, at weights solved
 *   from a quadratic; the order of the units is the same between two consecutive crossings, so
 *   one rescoring between each pair of them tells whether the target still holds, and the edge
 *   is the first crossing where it stops. The ends 0 and max are rescored directly (a weight
 *   of 0 can drop a group for a unit there).
 * - Otherwise a search (`gridEdge`), which can miss a change narrower than max / GRID.
 * Each interval says which method found it (`exact`). */
export function stabilityIntervals(input: SensitivityInput, target: StabilityTarget, rescorer?: Rescorer): StabilityInterval[] {
  const tree = asTree(input.tree);
  const r = rescorer ?? createRescorer(tree, input.matrix, input.scheme, input.context);
  const space = weightSpace(tree, input.scheme);
  const rescore = vectorRescore(r, space);
  const nominalRank = rescore(space.nominal).rank;
  const holds = targetCheck(r, rescore, target, nominalRank);
  const out: StabilityInterval[] = [];
  const w = new Float64Array(space.codes.length);
  space.codes.forEach((node, k) => {
    if (space.groups[space.groupOf[k]].length < 2) return;
    const max = groupTotal(space, space.nominal, k);
    const v0 = space.nominal[k];
    if (!(max > 0)) return;
    const at = (v: number) => withNodeWeight(space, space.nominal, k, v, w);
    const ok = (v: number) => holds(at(v));
    const fit = rationalTotals((v) => rescore(at(v)).total, max, input.scheme);
    if (fit) {
      const crossings = crossingsOf(fit, target, r.unitCodes, nominalRank, max);
      const exactEdge = (dir: -1 | 1) => edgeAcross(crossings, v0, dir, dir < 0 ? 0 : max, max, ok);
      out.push({ node, weight: v0, max, low: exactEdge(-1), high: exactEdge(1), exact: true });
      return;
    }
    out.push({ node, weight: v0, max, low: gridEdge(v0, max, -1, ok), high: gridEdge(v0, max, 1, ok), exact: false });
  });
  return out;
}

/** The search: from the nominal weight v0, walk a grid of GRID steps over [0, max] towards one
 * end until the target stops holding, then bisect between the last weight where it held and
 * the first where it did not. A change that starts and ends between two grid points (narrower
 * than max / GRID) is missed. Exported for the tests that show it. */
export function gridEdge(v0: number, max: number, dir: -1 | 1, ok: (v: number) => boolean): number {
  const step = max / GRID;
  const end = dir < 0 ? 0 : max;
  let good = v0;
  for (;;) {
    const next = dir < 0 ? Math.max(end, good - step) : Math.min(end, good + step);
    if (next === good) return good;
    if (!ok(next)) return bisect(good, next, ok);
    good = next;
  }
}

/** The weights in [0, max] where two units whose relation matters cross: the chosen unit with
 * every other, or (top k) a unit inside the nominal set with one outside. Sorted ascending. */
function crossingsOf(fit: RationalTotals, target: StabilityTarget, unitCodes: readonly string[], nominalRank: Int32Array, max: number): number[] {
  const out: number[] = [];
  const n = unitCodes.length;
  if ('unit' in target) {
    const i = unitCodes.indexOf(target.unit);
    for (let j = 0; j < n; j++) if (j !== i) out.push(...crossings(fit, i, j, max));
  } else {
    const rank = nominalRank;
    const inside: number[] = [];
    const outside: number[] = [];
    for (let i = 0; i < n; i++) (rank[i] > 0 && rank[i] <= target.topK ? inside : rank[i] > 0 ? outside : []).push(i);
    for (const i of inside) for (const j of outside) out.push(...crossings(fit, i, j, max));
  }
  return out.sort((a, b) => a - b);
}

/** From the nominal weight v0 towards `end`: the order of the units changes only at the
 * crossings, so the target is checked once inside each stretch between two of them (crossings
 * whose changes cancel out are stepped over). The edge lies at the crossing that starts the
 * first stretch where it fails, or at `end` when it holds on every stretch but not at `end`
 * itself (a weight of 0 there can drop a group for a unit); `settle` pins it down. */
function edgeAcross(crossings: readonly number[], v0: number, dir: -1 | 1, end: number, max: number, ok: (v: number) => boolean): number {
  const between = (c: number) => (dir > 0 ? c > v0 && c < end : c < v0 && c > end);
  const ahead = (dir > 0 ? crossings : [...crossings].reverse()).filter(between).filter((c, i, a) => i === 0 || c !== a[i - 1]);
  const marks = [v0, ...ahead, end];
  let good = v0; // the furthest weight where the target is known to hold
  for (let m = 0; m + 1 < marks.length; m++) {
    const inside = (marks[m] + marks[m + 1]) / 2;
    if (!ok(inside)) return settle(good, inside, marks[m], max, ok);
    good = inside;
  }
  return end === v0 || ok(end) ? end : settle(good, end, end, max, ok);
}

/** The last weight where the target holds, between `good` (it holds there) and `bad` (it does
 * not), the change being at the computed crossing c. A crossing solved from fitted totals is
 * exact only to about 1e-12 of the range, and at the crossing itself two units tie, which may
 * or may not keep the target; so rather than trusting c, the bracket is narrowed to c ± δ
 * (δ = 1e-9 of the range) where the rescorings allow it, then bisected. The weight returned is
 * always one where the target was seen to hold. */
function settle(good: number, bad: number, c: number, max: number, ok: (v: number) => boolean): number {
  const dir = bad > good ? 1 : -1;
  const delta = 1e-9 * max;
  const near = c - dir * delta;
  if ((near - good) * dir > 0 && ok(near)) good = near;
  const far = c + dir * delta;
  if ((bad - far) * dir > 0 && !ok(far)) bad = far;
  return bisect(good, bad, ok);
}

/** The edge between `good` (target holds) and `bad` (it does not), to REFINE halvings (or
 * until the two are adjacent numbers); returns the last weight known to hold. */
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
function targetCheck(r: Rescorer, rescore: (w: Float64Array) => { rank: Int32Array }, target: StabilityTarget, nominal: Int32Array): (w: Float64Array) => boolean {
  if ('unit' in target) {
    const i = r.unitCodes.indexOf(target.unit);
    if (i < 0) throw new KaopingError('scenarios.unknownUnit', { unit: target.unit });
    return (w) => rescore(w).rank[i] === nominal[i];
  }
  const k = target.topK;
  if (!Number.isInteger(k) || k < 1) throw new KaopingError('scenarios.badTopK', { value: String(k) });
  const inTop = (rank: Int32Array, i: number) => rank[i] > 0 && rank[i] <= k;
  return (w) => {
    const rank = rescore(w).rank;
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
  const rescore = vectorRescore(r, space);
  const points: SweepPoint[] = [];
  for (let s = 0; s <= steps; s++) {
    const share = s / steps;
    const res = rescore(withNodeWeight(space, space.nominal, k, share * max, w));
    points.push({
      weight: share * max,
      share,
      total: Number.isNaN(res.total[i]) ? null : res.total[i],
      rank: res.rank[i] > 0 ? res.rank[i] : null,
    });
  }
  return points;
}
