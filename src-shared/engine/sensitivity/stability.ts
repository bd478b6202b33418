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
}

/** Points of the coarse scan over [0, max] before the edges are refined by bisection. */
const GRID = 100;
/** Bisection steps at each edge: the edge is known to max / 2^40 (far below any weight a
 * committee writes). */
const REFINE = 40;

/** The stability interval of every node weight (nodes alone in their group have none: their
 * weight cannot change anything). Method (docs/sensitivity.md): from the nominal weight, walk
 * a grid of GRID steps over [0, max] outwards in each direction until the target changes, then
 * bisect between the last weight where it held and the first where it did not. This is exact
 * up to the bisection tolerance for the first change on each side; a change that starts and
 * ends between two grid points (narrower than max / GRID) can be missed. */
export function stabilityIntervals(input: SensitivityInput, target: StabilityTarget, rescorer?: Rescorer): StabilityInterval[] {
  const tree = asTree(input.tree);
  const r = rescorer ?? createRescorer(tree, input.matrix, input.scheme, input.context);
  const space = weightSpace(tree, input.scheme);
  const holds = targetCheck(r, space, target);
  const out: StabilityInterval[] = [];
  const w = new Float64Array(space.codes.length);
  space.codes.forEach((node, k) => {
    if (space.groups[space.groupOf[k]].length < 2) return;
    const max = groupTotal(space, space.nominal, k);
    const v0 = space.nominal[k];
    if (!(max > 0)) return;
    const ok = (v: number) => holds(withNodeWeight(space, space.nominal, k, v, w));
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
    out.push({ node, weight: v0, max, low: edge(-1), high: edge(1) });
  });
  return out;
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
function targetCheck(r: Rescorer, space: WeightSpace, target: StabilityTarget): (w: Float64Array) => boolean {
  const nominal = r.rescore(weightMap(space, space.nominal)).rank;
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
