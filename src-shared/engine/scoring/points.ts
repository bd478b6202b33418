import { absoluteColumn } from './absolute';
/** Points given by a department (method `points`): the raw value already is the item's points
 * out of its full points P (the indicator's weight in the tree, i.e. the points the published
 * rules give it — a what-if weight in a scheme does not rescale what the department gave):
 *
 *   v_i = clamp(x_i, 0, P)
 *   d = 1:   t_i = v_i / P
 *   d = −1:  t_i = 1 − v_i / P         (the value is the points lost)
 *   s_i = lo + (hi − lo) × t_i
 *
 * so on [0, 100] the score is the share of full points earned, in percent. P must be > 0 (see
 * `hasFullPoints`); with P = 0 the indicator falls back to min-max. No value: `empty`. */
export function pointsColumn(
  raw: ArrayLike<number>,
  direction: 1 | -1,
  fullPoints: number,
  lo: number,
  hi: number,
  out: Float64Array,
  mask: Uint8Array,
): 'scored' | 'empty' {
  return absoluteColumn(raw, lo, hi, out, mask, (x) => {
    const share = Math.min(fullPoints, Math.max(0, x)) / fullPoints;
    return direction === 1 ? share : 1 - share;
  });
}

export function hasFullPoints(weight: number): boolean {
  return Number.isFinite(weight) && weight > 0;
}
