/** Small statistics for the demo tests, written out here so the tests do not trust the
 * generator's own arithmetic. */
import type { Observation, Workbook } from '../../../src-shared/model';

/** Pearson correlation over the pairs where both values are present. */
export function pearson(xs: readonly (number | null)[], ys: readonly (number | null)[]): number {
  const px: number[] = [];
  const py: number[] = [];
  xs.forEach((x, i) => {
    const y = ys[i];
    if (x !== null && y !== null && y !== undefined) { px.push(x); py.push(y); }
  });
  const n = px.length;
  const mx = px.reduce((a, b) => a + b, 0) / n;
  const my = py.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (px[i] - mx) * (py[i] - my);
    sxx += (px[i] - mx) ** 2;
    syy += (py[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Values of one indicator in one period, in the order of `units` (null where missing or absent). */
export function column(wb: Workbook, period: string, indicator: string, units: readonly string[]): (number | null)[] {
  const byUnit = new Map<string, Observation>();
  for (const o of wb.observations) if (o.period === period && o.indicator === indicator) byUnit.set(o.unit, o);
  return units.map((u) => byUnit.get(u)?.value ?? null);
}

export function present(xs: readonly (number | null)[]): number[] {
  return xs.filter((x): x is number => x !== null);
}
