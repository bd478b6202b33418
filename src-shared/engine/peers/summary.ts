import { median, percentileAmong } from './stats';

/** One unit against its peers, indicator by indicator and dimension by dimension. */

/** A column of values by unit code (NaN or absent = missing). */
export type ValuesByUnit = ReadonlyMap<string, number>;

export interface IndicatorColumn {
  code: string;
  /** 1: higher is better; −1: lower is better. */
  direction: 1 | -1;
  /** Raw values, in the indicator's own unit of measurement. */
  raw: ValuesByUnit;
}

export interface IndicatorStanding {
  code: string;
  direction: 1 | -1;
  /** The unit's raw value; NaN when missing. */
  value: number;
  /** Median of the peers' raw values (the unit itself not included); NaN when none has one. */
  peerMedian: number;
  /** value − peerMedian, in the indicator's own unit (positive = more, whatever the direction). */
  gap: number;
  /** Direction-aware mid-rank percentile among the peers (stats.ts percentileAmong), 0–100:
   * how the unit stands, 100 = better than every peer. NaN when missing. */
  percentile: number;
  /** The best peer value (highest, or lowest for direction −1); NaN when none. */
  peerBest: number;
  /** How many peers have a value. */
  peersWithValue: number;
}

const valuesOf = (col: ValuesByUnit, units: readonly string[]): number[] => units.map((u) => col.get(u) ?? NaN);

/** Each indicator's standing of `unit` among `peers`. */
export function indicatorStandings(unit: string, peers: readonly string[], columns: readonly IndicatorColumn[]): IndicatorStanding[] {
  return columns.map(({ code, direction, raw }) => {
    const value = raw.get(unit) ?? NaN;
    const others = valuesOf(raw, peers).filter(Number.isFinite);
    const peerMedian = median(others);
    return {
      code,
      direction,
      value,
      peerMedian,
      gap: value - peerMedian,
      percentile: percentileAmong(value, others, direction),
      peerBest: others.length === 0 ? NaN : direction === 1 ? Math.max(...others) : Math.min(...others),
      peersWithValue: others.length,
    };
  });
}

/** The n indicators where the unit stands best (strengths, 优势) and worst (weaknesses, 短板)
 * relative to its peers, by percentile; indicators without a percentile are left out. On equal
 * percentiles the larger distance from the peer median, as a share of the median's size
 * (|gap| / |median|, direction-aware), decides; then tree order. An indicator is never both:
 * with fewer than 2n indicators the weaknesses take what the strengths left. */
export function strengthsAndWeaknesses(
  standings: readonly IndicatorStanding[],
  n: number,
): { strengths: IndicatorStanding[]; weaknesses: IndicatorStanding[] } {
  const ranked = standings
    .map((s, order) => ({ s, order, lead: relativeLead(s) }))
    .filter(({ s }) => Number.isFinite(s.percentile));
  const best = [...ranked].sort((a, b) => b.s.percentile - a.s.percentile || b.lead - a.lead || a.order - b.order);
  const strengths = best.slice(0, n);
  const taken = new Set(strengths.map((x) => x.order));
  const worst = [...ranked]
    .sort((a, b) => a.s.percentile - b.s.percentile || a.lead - b.lead || a.order - b.order)
    .filter((x) => !taken.has(x.order))
    .slice(0, n);
  return { strengths: strengths.map((x) => x.s), weaknesses: worst.map((x) => x.s) };
}

/** Direction-aware gap as a share of the peer median's size (0 when it cannot be said). */
function relativeLead(s: IndicatorStanding): number {
  const scale = Math.abs(s.peerMedian);
  if (!Number.isFinite(s.gap) || !(scale > 0)) return 0;
  return (s.direction * s.gap) / scale;
}

export interface DimensionComparison {
  code: string;
  /** The unit's dimension score; NaN when missing. */
  value: number;
  /** Median and best (highest) of the peers' dimension scores; NaN when none has one. */
  peerMedian: number;
  peerBest: number;
}

/** The unit's dimension scores beside its peers' median and best (scores: higher is better). */
export function dimensionComparison(
  unit: string,
  peers: readonly string[],
  dimensions: readonly { code: string; scores: ValuesByUnit }[],
): DimensionComparison[] {
  return dimensions.map(({ code, scores }) => {
    const others = valuesOf(scores, peers).filter(Number.isFinite);
    return {
      code,
      value: scores.get(unit) ?? NaN,
      peerMedian: median(others),
      peerBest: others.length === 0 ? NaN : Math.max(...others),
    };
  });
}
