/** The loop shared by the absolute methods (fixed, target, points): each present value is
 * scored on its own, with no peer statistics,
 *
 *   s_i = lo + (hi − lo) × t(x_i),   t(x) in [0, 1]
 *
 * and a missing value stays missing. `empty` when no value is present. */
export function absoluteColumn(
  raw: ArrayLike<number>,
  lo: number,
  hi: number,
  out: Float64Array,
  mask: Uint8Array,
  t: (x: number) => number,
): 'scored' | 'empty' {
  const width = hi - lo;
  let count = 0;
  out.fill(0);
  mask.fill(0);
  for (let i = 0; i < out.length; i++) {
    const x = raw[i];
    if (!Number.isFinite(x)) continue;
    out[i] = lo + width * t(x);
    mask[i] = 1;
    count++;
  }
  return count === 0 ? 'empty' : 'scored';
}
