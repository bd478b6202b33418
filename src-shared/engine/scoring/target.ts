import { absoluteColumn } from './absolute';
/** Completion of a target (domain notes rule R1, "over 100% counts as 100%"), absolute:
 *
 *   d = 1:   t_i = min(x_i / T, 1),  and 0 for x_i ≤ 0
 *   d = −1:  t_i = min(T / x_i, 1),  and 1 for x_i ≤ 0      (lower is better: at or below
 *                                                              the target is full marks)
 *   s_i = lo + (hi − lo) × t_i
 *
 * so on [0, 100]: 100 × min(x / T, 1). T is the indicator's `target` and must be a finite
 * number > 0 (see `usableTarget`); without one the indicator falls back to min-max. No value:
 * `empty`. */
export function targetColumn(
  raw: ArrayLike<number>,
  direction: 1 | -1,
  target: number,
  lo: number,
  hi: number,
  out: Float64Array,
  mask: Uint8Array,
): 'scored' | 'empty' {
  return absoluteColumn(raw, lo, hi, out, mask, (x) =>
    direction === 1 ? (x <= 0 ? 0 : Math.min(x / target, 1)) : x <= 0 ? 1 : Math.min(target / x, 1),
  );
}

/** The target if usable (a finite number > 0), else null. */
export function usableTarget(target: number | null): number | null {
  return target !== null && Number.isFinite(target) && target > 0 ? target : null;
}
