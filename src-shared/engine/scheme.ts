import type { ScoringMethod } from '../model/indicator';

/** A scoring scheme: every choice behind a score that a committee or an analyst may set.
 * Nothing here is required; an empty scheme is the standard computation
 * (docs/workbook-format.md). Stored with a weight scheme in the database and passed to the
 * engine whole. Issue 3 of the tracker lists what each option means. */

/** How an aggregate combines its children. `topsis` = relative closeness to the best and
 * worst points of the children (vector normalisation), in [0, 1] scaled to the output range. */
export type NodeAggregation = 'arithmetic' | 'geometric' | 'topsis';

/** The JRC's outlier rule: `auto` winsorises an indicator whose |skewness| > 2 and kurtosis
 * > 3.5, up to 5 points, and log-transforms it when winsorising does not bring it back;
 * `none` leaves the data as they are. */
export type OutlierTreatment = 'none' | 'auto';

export interface GrowthSettings {
  /** `relative`: 100 × (x − x_prev) / |x_prev|; `absolute`: x − x_prev. Default relative. */
  mode?: 'relative' | 'absolute';
  /** Growth above this is taken as this (and below −cap as −cap), so tiny bases cannot
   * dominate; in percent for relative growth. Default 100 (relative), none (absolute). */
  cap?: number | null;
}

export interface BlendSettings {
  /** Share of the level (stock) part; the rest is the growth (increment) part. E.g. 0.3 for
   * 30% stock / 70% growth (Longquan's rule). Default 0.3. */
  levelShare?: number;
}

/** Grades (等次), best first. A unit gets the best grade whose threshold its total reaches;
 * quotas then cap how many may hold a grade, from the top. */
export interface GradeRules {
  /** Grade labels, best first, e.g. ['优秀', '良好', '一般', '较差']. */
  labels: string[];
  /** Lower bounds of every grade but the last, descending (e.g. [90, 80, 60]). Without
   * thresholds every unit starts in the best grade and only quotas separate them. */
  thresholds?: number[];
  /** At most this many units (a share of the ranked units, or a count) hold the grade or a
   * better one; the rest move down. `perCategory` applies the quota within each category. */
  quotas?: { grade: string; share?: number; count?: number; perCategory?: boolean }[];
}

/** What a triggered veto (一票否决) does. */
export type VetoEffect = 'lowestGrade' | 'noTopGrade' | 'exclude';

/** How several experts' marks for one unit and indicator become one value (R13). */
export type MarkAggregation = 'mean' | 'median' | 'trimmed';

export interface ScoringScheme {
  /** Output range of the normalisation; default [0, 100]. */
  range?: [number, number];
  /** Overrides every leaf's own `scoring` method. */
  scoring?: ScoringMethod;
  /** Per-leaf scoring methods (win over `scoring`). */
  scoringByIndicator?: Record<string, ScoringMethod>;
  growth?: GrowthSettings;
  blend?: BlendSettings;
  outliers?: OutlierTreatment;
  /** Normalise over all units (default) or within each unit's category (分类考核). */
  normaliseWithin?: 'all' | 'category';
  /** Weight overrides by node code; nodes not named keep the tree's weight. For bonus and
   * penalty items the weight is the item's cap. */
  weights?: Record<string, number>;
  /** Per category: its own weights for any node (win over `weights` for that category). */
  categoryWeights?: Record<string, Record<string, number>>;
  /** Overrides every aggregate node's own `aggregation` (and the overall index's). */
  aggregate?: NodeAggregation;
  /** Per-node aggregation (wins over `aggregate`). */
  aggregationByNode?: Record<string, NodeAggregation>;
  /** An aggregate is missing when the weight share of its children present is below this
   * (0–1; default 0: any child present is enough). */
  minDataShare?: number;
  /** Caps on the sum of all bonus points and of all penalty points (null = none). */
  bonusCap?: number | null;
  penaltyCap?: number | null;
  /** The total never goes below this after penalties (扣完为止); null = no floor. */
  floor?: number | null;
  /** What a triggered veto does; default `lowestGrade`. */
  vetoEffect?: VetoEffect;
  grades?: GradeRules;
  /** How expert marks become one value; default `trimmed` (drop highest and lowest). */
  marks?: MarkAggregation;
  /** A leaf whose values are computed from the goals sheet as each unit's completion rate
   * (percent of goals done among those not dropped). */
  goalIndicator?: string | null;
}
