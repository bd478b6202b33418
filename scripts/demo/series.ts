/** Time series of one indicator for one assessed unit: a level in the first year, then each year
 * is last year's value plus a trend and noise (temporal persistence), optionally with quarters
 * after the last year. Values here are raw; numbers.ts clamps and rounds them at the end. */
import { clamp } from './numbers';
import type { Rng } from './random';

/** Raw values of one indicator for one unit: one per annual period, one per quarter. */
export interface Series {
  annual: number[];
  quarterly: number[];
}

export interface SeriesShape {
  years: number;
  quarters: number;
  /** The indicator's typical range: the latent value is kept inside it as it evolves, so a
   * random walk does not wander off and then sit on the bound. */
  bounds: [number, number];
}

/** A model draws the series of one or more indicators for one subject (a village, a county). */
export interface IndicatorModel<S> {
  codes: readonly string[];
  draw(subject: S, rng: Rng, shape: SeriesShape): Record<string, Series>;
}

export interface GaussSpec<S> {
  /** Expected value in the first year, from the subject's latent traits. */
  base: (s: S) => number;
  /** Idiosyncratic spread between subjects in the first year. */
  sd0: number;
  /** Expected change per year (may depend on the subject). */
  trend?: number | ((s: S) => number);
  /** Year-to-year noise. */
  sd1?: number;
  /** Share of last year's deviation from the trend line that persists (1 = a random walk
   * around the trend, 0 = independent years, e.g. for growth rates). */
  rho?: number;
  /** Noise of a quarterly check around the year's level. */
  sdQ?: number;
}

/** The workhorse model: a level with persistence, trend and noise. */
export function gauss<S>(code: string, spec: GaussSpec<S>): IndicatorModel<S> {
  return {
    codes: [code],
    draw(s, rng, shape) {
      const [lo, hi] = shape.bounds;
      const trend = typeof spec.trend === 'function' ? spec.trend(s) : (spec.trend ?? 0);
      const rho = spec.rho ?? 1;
      const sd1 = spec.sd1 ?? 0;
      const line = spec.base(s);
      let dev = rng.normal(0, spec.sd0);
      const annual: number[] = [];
      for (let t = 0; t < shape.years; t++) {
        if (t > 0) dev = rho * dev + rng.normal(0, sd1);
        const x = clamp(line + trend * t + dev, lo, hi);
        dev = x - line - trend * t;
        annual.push(x);
      }
      const quarterly: number[] = [];
      const last = annual[annual.length - 1] ?? line;
      for (let q = 1; q <= shape.quarters; q++) {
        quarterly.push(last + (trend * q) / 4 + rng.normal(0, spec.sdQ ?? sd1));
      }
      return { [code]: { annual, quarterly } };
    },
  };
}

/** A model for leaves a specification does not know (a catalog edited later): a value in the
 * upper part of the typical range, nudged by one latent trait. */
export function fallbackModel<S>(code: string, trait: (s: S) => number): IndicatorModel<S> {
  return {
    codes: [code],
    draw(s, rng, shape) {
      const [lo, hi] = shape.bounds;
      const span = Number.isFinite(hi - lo) ? hi - lo : 100;
      const low = Number.isFinite(lo) ? lo : 0;
      return gauss<S>(code, {
        base: (x) => low + span * (0.65 + 0.1 * trait(x)),
        sd0: span * 0.08,
        trend: span * 0.01,
        sd1: span * 0.03,
      }).draw(s, rng, shape);
    },
  };
}
