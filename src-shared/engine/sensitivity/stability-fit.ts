import type { ScoringScheme } from '../scheme';

/** Every unit's total as a function of one node weight v over the open range (0, max), when it
 * has the form of a ratio of two lines:
 *
 *     T(v) = (a + b·u) / (1 + e·u),   u = v − mid,  mid = max / 2
 *
 * Why this form: moving v rescales the node's siblings proportionally, so in the node's own
 * group an arithmetic mean over the children a unit has is (α + β·v) / (γ + δ·v) (the
 * denominator is the weight of the children present, linear in v; with every child present it
 * is the constant group sum, and the score is a line). An arithmetic parent with fixed weights,
 * bonus and penalty points keep that form. The denominator is normalised to 1 at the middle of
 * the range, where it is never 0 (the weight present is positive inside the range), so the
 * form also covers units whose weight present vanishes at an end (v = 0 or v = max).
 *
 * The ends themselves are left out on purpose: a weight of exactly 0 there (the node's, or all
 * its siblings') can make a group missing for a unit, and that changes the total by a jump. The
 * caller rescores the ends directly. `a` is NaN for a unit with no total anywhere inside. */
export interface RationalTotals {
  mid: number;
  a: Float64Array;
  b: Float64Array;
  e: Float64Array;
}

/** Where the three coefficients are fitted (shares of max): symmetric about the middle, so the
 * 3×3 system T_k (1 + e·u_k) = a + b·u_k, u_k ∈ {−h, 0, h}, has a closed-form solution. */
const FIT = [0.25, 0.5, 0.75] as const;
/** Where every fitted total is checked against a rescoring: close to both ends and between. */
const CHECK = [0.01, 0.1, 0.375, 0.625, 0.9, 0.99] as const;
/** Relative agreement asked of a fitted total (of max(1, |T|)): far above the rounding of a
 * total (sums of a few dozen products, ~1e-13 on a 0–100 scale), far below any difference a
 * ranking could notice. */
const TOLERANCE = 1e-9;

const tol = (t: number) => TOLERANCE * Math.max(1, Math.abs(t));

/** Fits every unit's total from rescorings at FIT and checks the fit at CHECK (so at least 9
 * rescorings). Null when some unit's total does not have the form, or has it only piecewise:
 * - a unit with a total at some points and none at others (a presence change inside);
 * - a geometric mean or TOPSIS on the way up (the check fails);
 * - `minDataShare` > 0: a group can drop out anywhere inside the range, between two checks;
 * - a floor (扣完为止) that some total reaches inside the range: the total is flat beyond it.
 *   Each fitted total is monotone inside the range (its denominator does not vanish there), so
 *   a floor not reached at any check point is reached, if at all, where the fitted total meets
 *   it, which is solved for.
 * `totalsAt(v)` returns the totals at weight v (a fresh array). */
export function rationalTotals(totalsAt: (v: number) => Float64Array, max: number, scheme: ScoringScheme): RationalTotals | null {
  if ((scheme.minDataShare ?? 0) > 0) return null;
  const mid = max / 2;
  const h = max * (FIT[2] - FIT[1]);
  const [lo, at, hi] = FIT.map((f) => totalsAt(f * max));
  const checks = CHECK.map((f) => ({ u: f * max - mid, t: totalsAt(f * max) }));
  const n = at.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const e = new Float64Array(n);
  const floor = scheme.floor ?? null;
  for (let i = 0; i < n; i++) {
    const missing = [lo[i], at[i], hi[i], ...checks.map((c) => c.t[i])].map(Number.isNaN);
    if (missing.every(Boolean)) {
      a[i] = NaN;
      continue;
    }
    if (missing.some(Boolean)) return null;
    const fit = fitOne(lo[i], at[i], hi[i], h, (coef) => checks.every((c) => Math.abs(valueAt(coef, c.u) - c.t[i]) <= tol(c.t[i])));
    if (!fit || (floor !== null && touchesFloor(fit, floor, [lo[i], at[i], hi[i], ...checks.map((c) => c.t[i])], mid, max))) return null;
    [a[i], b[i], e[i]] = fit;
  }
  return { mid, a, b, e };
}

type Coefficients = [a: number, b: number, e: number];

function valueAt([a, b, e]: Coefficients, u: number): number {
  return (a + b * u) / (1 + e * u);
}

/** The coefficients for one unit from its totals at u = −h, 0, h, the simplest form first
 * (a constant, a line, then the ratio), each taken only if `fits` (the check points agree). The
 * simpler forms are tried first because, for a total that is (nearly) constant or linear, the
 * ratio's e = (2·T₀ − T₊ − T₋) / (h·(T₊ − T₋)) is a quotient of rounding errors. Solving
 *   T₋ (1 − e·h) = a − b·h,   T₀ = a,   T₊ (1 + e·h) = a + b·h
 * gives a = T₀, e as above (adding the outer two), b = (T₊ (1 + e·h) − a) / h. A ratio whose
 * denominator vanishes strictly inside the range is refused (the real one does not). */
function fitOne(tLo: number, t0: number, tHi: number, h: number, fits: (c: Coefficients) => boolean): Coefficients | null {
  const constant: Coefficients = [t0, 0, 0];
  if (Math.abs(tHi - t0) <= tol(t0) && Math.abs(tLo - t0) <= tol(t0) && fits(constant)) return constant;
  const line: Coefficients = [t0, (tHi - tLo) / (2 * h), 0];
  if (fits(line)) return line;
  const spread = tHi - tLo;
  if (spread === 0) return null;
  const e = (2 * t0 - tHi - tLo) / (h * spread);
  const ratio: Coefficients = [t0, (tHi * (1 + e * h) - t0) / h, e];
  // the pole u = −1/e must lie outside (−2h, 2h), i.e. |e|·2h <= 1
  if (Math.abs(e) * 2 * h > 1 || !fits(ratio)) return null;
  return ratio;
}

/** Whether a floor may flatten this total inside the range: some rescored total is at the floor
 * already, or the fitted total crosses the floor's level strictly inside. */
function touchesFloor(c: Coefficients, floor: number, seen: readonly number[], mid: number, max: number): boolean {
  if (seen.some((t) => t <= floor + tol(floor))) return true;
  const [a, b, e] = c;
  // a + b·u = floor · (1 + e·u)
  const slope = b - floor * e;
  if (slope === 0) return false;
  const v = mid + (floor - a) / slope;
  return v > 0 && v < max;
}

/** The weights v in [0, max] where the fitted totals of units i and j are equal: with
 * T_i = (a_i + b_i·u) / (1 + e_i·u), cross-multiplying (both denominators are positive inside
 * the range) gives the quadratic
 *   (b_i·e_j − b_j·e_i)·u² + (a_i·e_j + b_i − a_j·e_i − b_j)·u + (a_i − a_j) = 0.
 * Identical totals (every coefficient 0) never cross; a double root (the totals touch) is kept,
 * as the caller checks the order on both sides anyway. Empty when either unit has no total. */
export function crossings(fit: RationalTotals, i: number, j: number, max: number): number[] {
  const { a, b, e, mid } = fit;
  if (Number.isNaN(a[i]) || Number.isNaN(a[j])) return [];
  const roots = quadraticRoots(b[i] * e[j] - b[j] * e[i], a[i] * e[j] + b[i] - a[j] * e[i] - b[j], a[i] - a[j]);
  const out: number[] = [];
  for (const u of roots) {
    const v = mid + u;
    if (v >= 0 && v <= max) out.push(v);
  }
  return out;
}

/** Real roots of A·x² + B·x + C = 0 without cancellation: q = −(B + sign(B)·√disc) / 2, roots
 * q / A and C / q (a small A leaves one root near −C / B and sends the other far away). A = 0
 * is the line B·x + C = 0; all zero (any x) and a negative discriminant give none. */
export function quadraticRoots(A: number, B: number, C: number): number[] {
  if (A === 0) return B === 0 ? [] : [-C / B];
  const disc = B * B - 4 * A * C;
  if (disc < 0) return [];
  const q = -(B + (B < 0 ? -1 : 1) * Math.sqrt(disc)) / 2;
  if (q === 0) return [0]; // B = 0 and C = 0: the double root x = 0
  return [q / A, C / q];
}
