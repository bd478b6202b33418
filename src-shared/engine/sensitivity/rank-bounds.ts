import { KaopingError } from '../../api/errors';
import { createRescorer, type Rescorer } from '../results/rescorer';
import { asTree } from '../tree';
import type { SensitivityInput } from './monte-carlo';
import { mulberry32 } from './prng';
import { weightMap, weightSpace } from './weights';

/** Bounds the committee sets on weights (points among siblings): `relative` b lets every
 * weight w move within [w(1 − b), w(1 + b)]; `nodes` sets [min, max] for named nodes (winning
 * over `relative`). Nodes without a bound keep their weight. */
export interface WeightBounds {
  relative?: number;
  nodes?: Record<string, { min: number; max: number }>;
}

export interface RankBound {
  rank: number | null;
  /** Weights (every scored node) under which the unit has that rank. */
  weights: Record<string, number>;
}

export interface RankBoundsResult {
  unit: string;
  nominal: number | null;
  best: RankBound;
  worst: RankBound;
}

/** Random vertices of the box tried before the local search. */
const RANDOM_VERTICES = 200;
const PASSES = 6;
/** Weights tried per node in each coordinate pass (both bounds included). */
const LINE_POINTS = 17;

/** The best and the worst rank a unit reaches when each weight varies within its bounds.
 * Method (docs/sensitivity.md): a seeded search — the nominal weights, RANDOM_VERTICES random
 * corners of the box (every free node at one of its bounds), then coordinate passes that try
 * each node at LINE_POINTS evenly spaced weights between its bounds (the rest held) and keep a
 * move while it improves the rank, then the distance to the next place. Corners alone are not
 * enough: a unit's rank is a count of pairwise comparisons, each monotone in one weight, so its
 * extreme can lie inside the range. It is a heuristic: the ranks it returns are reached (the
 * weights are returned and rescored), but a better best or a worse worst may exist. */
export function rankBounds(input: SensitivityInput, unit: string, bounds: WeightBounds, rescorer?: Rescorer): RankBoundsResult {
  const tree = asTree(input.tree);
  const r = rescorer ?? createRescorer(tree, input.matrix, input.scheme, input.context);
  const space = weightSpace(tree, input.scheme);
  const i = r.unitCodes.indexOf(unit);
  if (i < 0) throw new KaopingError('scenarios.unknownUnit', { unit });
  const m = space.codes.length;
  const lo = Float64Array.from(space.nominal);
  const hi = Float64Array.from(space.nominal);
  const b = bounds.relative ?? 0;
  if (!Number.isFinite(b) || b < 0 || b >= 1) throw new KaopingError('scenarios.badBound', { node: '*', value: String(b) });
  for (let k = 0; k < m; k++) {
    lo[k] = space.nominal[k] * (1 - b);
    hi[k] = space.nominal[k] * (1 + b);
  }
  for (const [code, { min, max }] of Object.entries(bounds.nodes ?? {})) {
    const k = space.codes.indexOf(code);
    if (k < 0) throw new KaopingError('scenarios.unknownNode', { node: code });
    if (!(Number.isFinite(min) && Number.isFinite(max) && min >= 0 && min <= max)) {
      throw new KaopingError('scenarios.badBound', { node: code, value: `${min}–${max}` });
    }
    lo[k] = min;
    hi[k] = max;
  }
  const free = [...Array(m).keys()].filter((k) => hi[k] > lo[k] && space.groups[space.groupOf[k]].length > 1);

  // Better = smaller: (sign · rank, then the distance to the next place).
  const evaluate = (w: Float64Array, sign: 1 | -1): [number, number] => {
    const { total, rank } = r.rescore(weightMap(space, w));
    if (rank[i] === 0) return [sign * Number.MAX_SAFE_INTEGER, 0];
    const t = total[i];
    // The gap to the nearest unit to pass (above for the best, below for the worst): negative,
    // and closer to 0 is closer to the next place.
    let gap = -Infinity;
    for (let v = 0; v < total.length; v++) {
      if (v === i || rank[v] === 0) continue;
      if (sign > 0 && total[v] > t) gap = Math.max(gap, t - total[v]);
      if (sign < 0 && total[v] < t) gap = Math.max(gap, total[v] - t);
    }
    return [sign * rank[i], Number.isFinite(gap) ? -gap : 0];
  };
  const better = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

  const search = (sign: 1 | -1): RankBound => {
    const random = mulberry32(sign > 0 ? 1 : 2);
    let best = Float64Array.from(space.nominal);
    let bestScore = evaluate(best, sign);
    const w = new Float64Array(m);
    for (let s = 0; s < RANDOM_VERTICES && free.length > 0; s++) {
      w.set(space.nominal);
      for (const k of free) w[k] = random() < 0.5 ? lo[k] : hi[k];
      const score = evaluate(w, sign);
      if (better(score, bestScore)) {
        best = Float64Array.from(w);
        bestScore = score;
      }
    }
    for (let pass = 0; pass < PASSES; pass++) {
      let improved = false;
      for (const k of free) {
        for (let p = 0; p < LINE_POINTS; p++) {
          const v = p === LINE_POINTS - 1 ? hi[k] : lo[k] + ((hi[k] - lo[k]) * p) / (LINE_POINTS - 1);
          if (v === best[k]) continue;
          w.set(best);
          w[k] = v;
          const score = evaluate(w, sign);
          if (better(score, bestScore)) {
            best = Float64Array.from(w);
            bestScore = score;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
    const rank = r.rescore(weightMap(space, best)).rank[i];
    return { rank: rank > 0 ? rank : null, weights: weightMap(space, best) };
  };

  const nominal = r.rescore(weightMap(space, space.nominal)).rank[i];
  return { unit, nominal: nominal > 0 ? nominal : null, best: search(1), worst: search(-1) };
}
