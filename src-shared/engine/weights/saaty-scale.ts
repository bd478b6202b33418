/** Saaty's fundamental scale: 1 (equal) … 9 (extreme) and their reciprocals 1/2 … 1/9. */
export const SAATY_MAX = 9;

/** The point of Saaty's scale (1/9 … 9) nearest to a positive ratio x, on the scale's own
 * terms: for x ≥ 1 the nearest whole number, for x < 1 the reciprocal of the nearest whole
 * number to 1/x, both capped at 9. So the value suggested for (j, i) is always the reciprocal
 * of the one for (i, j). E.g. 2.4 → 2, 2.6 → 3, 0.3 → 1/3, 20 → 9. */
export function nearestSaaty(x: number): number {
  if (x >= 1) return Math.min(SAATY_MAX, Math.round(x));
  return 1 / Math.min(SAATY_MAX, Math.max(1, Math.round(1 / x)));
}

/** A judgement as people write it: `3`, `1/3`, or the number itself (`2.5`) when it is
 * neither a whole number nor the reciprocal of one (within 1e-9 relative). */
export function judgementText(x: number): string {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (x >= 1 && near(x, Math.round(x))) return String(Math.round(x));
  if (x > 0 && x < 1 && near(1 / x, Math.round(1 / x))) return `1/${Math.round(1 / x)}`;
  return String(Number(x.toPrecision(6)));
}
