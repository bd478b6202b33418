import { kurtosis, skewness } from '../stats/moments';

/** What the outlier rule did to one indicator: nothing, winsorised `points` values, or a log
 * transform of the whole column (points 0: every value changes). */
export interface OutlierVerdict {
  treatment: 'none' | 'winsorised' | 'log';
  points: number;
}

/** The JRC's thresholds (COINr `Treat()` defaults): an indicator needs treatment when
 * |skewness| ≥ 2 and kurtosis ≥ 3.5 (skewness G1 and excess kurtosis G2 of stats/moments.ts). */
export const SKEW_LIMIT = 2;
export const KURTOSIS_LIMIT = 3.5;
/** At most this many values are winsorised before the rule turns to the log transform. */
export const MAX_WINSORISED = 5;

/** True when the values break the rule: |G1| ≥ 2 and G2 ≥ 3.5. (COINr's `check_SkewKurt`
 * passes a column when |skew| < 2 or kurtosis < 3.5, so a column fails on the thresholds
 * themselves.) Fewer than 4 values, or values all equal, never break it: the moments are not
 * defined. */
export function breaksOutlierRule(values: ArrayLike<number>): boolean {
  const g1 = skewness(values);
  const g2 = kurtosis(values);
  return Number.isFinite(g1) && Number.isFinite(g2) && Math.abs(g1) >= SKEW_LIMIT && g2 >= KURTOSIS_LIMIT;
}

/** Outlier treatment as the JRC does it (COINr R/treat.R: `Treat()` with its defaults,
 * `winsorise()`, then `log_CT()` on the original values):
 *
 * 1. If the present values do not break the rule, nothing changes.
 * 2. Winsorise one step at a time while the rule is broken and fewer than 5 values have been
 *    changed: on the side of the skew (skewness ≥ 0: the top; else the bottom) the most extreme
 *    value — every value equal to it — is set to the next most extreme distinct value. Values
 *    already winsorised sit at the new extreme and move with it, so `points` counts each changed
 *    value once (ties are changed together and may take the count past 5, as in COINr).
 *    A step that would leave one distinct value is not taken (the column would become
 *    constant and carry nothing).
 * 3. If the rule still holds afterwards, the winsorisation is undone and the original values
 *    are log-transformed instead, with COINr's default variant `log_CT`:
 *
 *      x' = ln(x − min + a),   a = 0.01 × (max − min)
 *
 *    (not ln(x − min + 1): with a in the column's own unit the transform does not depend on the
 *    unit the data are in — yuan or 万元 give the same scores after min-max). The log is
 *    increasing, so the order of the units is kept.
 *
 * Works on the raw values (before direction), as COINr treats data before normalising; NaN
 * (missing) stays NaN. Returns a new column and the verdict. */
export function treatOutliers(column: ArrayLike<number>): { values: Float64Array; verdict: OutlierVerdict } {
  const n = column.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(column[i])) idx.push(i);
  const original = Float64Array.from(idx, (i) => column[i]);
  const values = Float64Array.from(column, (v) => (Number.isFinite(v) ? v : NaN));
  if (!breaksOutlierRule(original)) return { values, verdict: { treatment: 'none', points: 0 } };

  const w = Float64Array.from(original);
  const changed = new Uint8Array(w.length);
  let points = 0;
  let breaks = true;
  while (breaks && points < MAX_WINSORISED) {
    if (!winsoriseStep(w, changed, skewness(w) >= 0)) break;
    points = 0;
    for (let k = 0; k < changed.length; k++) points += changed[k];
    breaks = breaksOutlierRule(w);
  }
  if (!breaks) {
    idx.forEach((i, k) => (values[i] = w[k]));
    return { values, verdict: { treatment: 'winsorised', points } };
  }

  let min = Infinity;
  let max = -Infinity;
  for (const v of original) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const a = 0.01 * (max - min);
  idx.forEach((i, k) => (values[i] = Math.log(original[k] - min + a)));
  return { values, verdict: { treatment: 'log', points: 0 } };
}

/** One winsorisation step on the top (`high`) or the bottom: every value equal to the extreme
 * becomes the next distinct value on that side. Refused (false) when the column has only two
 * distinct values left: the step would make it constant, and a constant indicator tells no
 * unit from another (COINr stops with an error there). */
function winsoriseStep(w: Float64Array, changed: Uint8Array, high: boolean): boolean {
  const sign = high ? 1 : -1;
  let extreme = -Infinity;
  let other = Infinity;
  for (const v of w) {
    if (sign * v > extreme) extreme = sign * v;
    if (sign * v < other) other = sign * v;
  }
  let next = -Infinity;
  for (const v of w) if (sign * v < extreme && sign * v > next) next = sign * v;
  if (next === -Infinity || next === other) return false;
  for (let k = 0; k < w.length; k++) {
    if (sign * w[k] === extreme) {
      w[k] = sign * next;
      changed[k] = 1;
    }
  }
  return true;
}
