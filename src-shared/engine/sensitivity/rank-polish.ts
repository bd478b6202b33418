import type { MilpSolver } from './milp';

// Where a relaxed program's optimum misses (rank-exact.ts), it is mostly not because its count
// is out of reach: its point puts a unit on the wrong side by about an envelope's error, while
// other weights near it put every unit it counts on the right side. Measured at ±10% on the
// demo county: of the 39 ends that 60 pieces of proof each left unproven (37 open, 2 near-ties),
// polishing the optima over the pieces left after 10 pieces reached the limit of 28.

export interface PolishOptions {
  /** The chosen unit. */
  unit: number;
  /** 1: the best end (keep the units below the unit), -1: the worst (keep them above). */
  sign: 1 | -1;
  /** The units to keep on that side: those the program's optimum counts so. */
  kept: readonly number[];
  /** Where the weights may move: the piece the program was solved over. */
  lo: Float64Array;
  hi: Float64Array;
  /** The whole box's width per weight: the step sizes are shares of it. */
  width: Float64Array;
  /** The weights that can move. */
  free: readonly number[];
  /** Every unit's total (adjustments included) at a weight vector: the rescoring. */
  totals: (w: Float64Array) => Float64Array;
  solver: MilpSolver;
  /** Stop once every kept unit is on its side by this much (in the scores' units). */
  margin: number;
}

/** Steps at most; each rescores the units once per free weight (the gradient) and solves one
 * small linear program. */
const MAX_STEPS = 20;
/** The first step's reach, as a share of each weight's width in the whole box. */
const FIRST_RADIUS = 0.25;
/** Forward differences, as a share of the width: far above rounding (1e-16 of the totals),
 * far below the curvature of a weighted mean over ±10–25% of its weights. */
const DIFFERENCE_SHARE = 1e-7;

/** Sequential linear programming on the exact totals: from `x0`, moves the weights within the
 * piece to put every kept unit on its side of the chosen unit by as much as possible —
 * minimise t with sign·(T_j − T_i) ≤ t for every kept j. Each step linearises the totals at the
 * current point (forward differences of the rescoring), solves that small linear program within
 * a trust region, and keeps the step only when the true worst comparison improves (the region
 * grows, else it shrinks). Returns the best point found, or null when no step improved on x0;
 * the caller rescores it, so a point that does not reach the count costs nothing but the time.
 * Deterministic. */
export function polishReach(x0: Float64Array, o: PolishOptions): Float64Array | null {
  const { unit: i, sign, kept, lo, hi, width, totals, solver } = o;
  const free = o.free.filter((k) => hi[k] > lo[k]);
  if (kept.length === 0 || free.length === 0) return null;
  const worst = (t: Float64Array) => kept.reduce((most, j) => Math.max(most, sign * (t[j] - t[i])), -Infinity);
  let x = Float64Array.from(x0, (v, k) => Math.min(hi[k], Math.max(lo[k], v)));
  let t = totals(x);
  let current = worst(t);
  let radius = FIRST_RADIUS;
  let moved = false;
  const nf = free.length;
  for (let step = 0; step < MAX_STEPS && current >= -o.margin && radius > 1e-6; step++) {
    // The gradient of each kept comparison, one forward difference per free weight, taken
    // towards the inside of the piece: outside it lie weights the committee's bounds exclude,
    // or units the program did not weigh (surely above or below only within the piece).
    const gradients = kept.map(() => new Float64Array(nf));
    free.forEach((k, c) => {
      const h = Math.min(DIFFERENCE_SHARE * width[k], (hi[k] - lo[k]) / 2);
      const nudged = Float64Array.from(x);
      nudged[k] = x[k] + h <= hi[k] ? x[k] + h : x[k] - h;
      const dh = nudged[k] - x[k];
      // A weight too large for so small a step to change it: no slope seen, held still.
      if (dh === 0) return;
      const tm = totals(nudged);
      kept.forEach((j, q) => (gradients[q][c] = (sign * (tm[j] - tm[i]) - sign * (t[j] - t[i])) / dh));
    });
    // min s subject to f_q + g_q·dx ≤ s, dx within the piece and the trust region.
    const lower = free.map((k) => Math.max(lo[k] - x[k], -radius * width[k]));
    const upper = free.map((k) => Math.min(hi[k] - x[k], radius * width[k]));
    const columns = [...free.keys(), nf];
    const rows = kept.map((j, q) => ({ columns, values: [...gradients[q], -1], lower: -Infinity, upper: -sign * (t[j] - t[i]) }));
    const lp = solver({ sense: 'min', cost: [...free.map(() => 0), 1], lower: [...lower, -Infinity], upper: [...upper, Infinity], integer: columns.map(() => false), rows });
    if (!lp.x) break;
    const next = Float64Array.from(x);
    free.forEach((k, c) => (next[k] = Math.min(hi[k], Math.max(lo[k], x[k] + lp.x![c]))));
    const tn = totals(next);
    const reached = worst(tn);
    if (reached < current) {
      [x, t, current] = [next, tn, reached];
      moved = true;
      radius = Math.min(1, radius * 2);
    } else {
      radius /= 4;
    }
  }
  return moved ? x : null;
}
