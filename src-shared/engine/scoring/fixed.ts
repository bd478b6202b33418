import { absoluteColumn } from './absolute';
/** Fixed bounds (absolute scoring, domain notes §6.9): the indicator's `typical_min` and
 * `typical_max` play the worst and best values for every unit, whoever else is scored,
 *
 *   d = 1:   t_i = (x_i − a) / (b − a)          a = typical_min, b = typical_max, a < b
 *   d = −1:  t_i = (b − x_i) / (b − a)          (direction first: y = −x, bounds −b and −a)
 *   s_i = lo + (hi − lo) × clamp(t_i, 0, 1)
 *
 * so a value beyond a bound scores as the bound. The caller checks the bounds first (see
 * `fixedBounds`); without them the indicator falls back to min-max. No value: `empty`. */
export function fixedColumn(
  raw: ArrayLike<number>,
  direction: 1 | -1,
  bounds: { min: number; max: number },
  lo: number,
  hi: number,
  out: Float64Array,
  mask: Uint8Array,
): 'scored' | 'empty' {
  const { min: a, max: b } = bounds;
  const span = b - a;
  return absoluteColumn(raw, lo, hi, out, mask, (x) => Math.min(1, Math.max(0, direction === 1 ? (x - a) / span : (b - x) / span)));
}

/** The bounds when both are finite numbers with typical_min < typical_max, else null. */
export function fixedBounds(typicalMin: number | null, typicalMax: number | null): { min: number; max: number } | null {
  if (typicalMin === null || typicalMax === null) return null;
  if (!Number.isFinite(typicalMin) || !Number.isFinite(typicalMax) || !(typicalMin < typicalMax)) return null;
  return { min: typicalMin, max: typicalMax };
}
