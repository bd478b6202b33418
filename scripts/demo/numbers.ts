/** How a generated raw number becomes a value an office would enter: inside the indicator's
 * plausible range and with the precision its unit is reported in. */
import type { Indicator } from '../../src-shared/model';

/** Decimals by unit of measure: counts, levels and yuan are whole numbers, percentages and scores
 * have one decimal, 万元 and ratios two. Unknown units get one decimal. */
const DECIMALS_BY_UNIT: Record<string, number> = {
  '%': 1,
  '分': 1,
  '个': 0,
  '次': 0,
  '项': 0,
  '级': 0,
  '元': 0,
  '是/否': 0,
  '万元': 2,
  '万元/人': 2,
  '比值': 2,
};

export function decimalsFor(indicator: Pick<Indicator, 'unit'>): number {
  return DECIMALS_BY_UNIT[indicator.unit ?? ''] ?? 1;
}

export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** The indicator's typical range, or the whole line where the catalog leaves it open. */
export function boundsOf(indicator: Pick<Indicator, 'typicalMin' | 'typicalMax'>): [number, number] {
  return [indicator.typicalMin ?? -Infinity, indicator.typicalMax ?? Infinity];
}

/** Clamps into the typical range, then rounds to the unit's precision. The catalog's bounds are
 * on that precision's grid, so rounding never leaves the range. */
export function finishValue(x: number, indicator: Indicator): number {
  const [lo, hi] = boundsOf(indicator);
  return roundTo(clamp(x, lo, hi), decimalsFor(indicator));
}
