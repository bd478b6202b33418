import type { AggregationMethod } from '../model/indicator';

/** Raw values of one period: units × leaf indicators, column-major (values[j * nUnits + i] is
 * unit i on leaf j). NaN marks a missing value. Adjustment leaves (bonus/penalty/veto) are
 * columns too. */
export interface EvaluationMatrix {
  unitCodes: string[];
  leafCodes: string[];
  values: Float64Array;
}

export interface ScoreOptions {
  /** Output range of min-max normalisation; default [0, 100]. */
  range?: [number, number];
  /** Overrides every aggregate node's own `aggregation`. */
  aggregate?: AggregationMethod;
  /** Normalisation; only `minmax` in the standard computation. */
  normalise?: 'minmax';
  /** Weight overrides by node code (a weight scheme or a what-if change); nodes not named keep
   * the tree's weight. For bonus/penalty items the weight is the item's cap, as in the tree. */
  weights?: Readonly<Record<string, number>>;
}

/** What scoring needs beyond one period's raw values. Helpers of the engine code against it;
 * every field is optional and an empty context is the standard computation's. */
export interface EvaluationContext {
  /** The prior period's raw values (for growth and the stock/increment blend): any unit order,
   * matched by unit code and leaf code. */
  previous?: EvaluationMatrix;
  /** Each unit's category (分类考核), indexed like `matrix.unitCodes`; null = no category.
   * Used for within-category normalisation, category weights, ranks and quotas. */
  categories?: (string | null)[];
}

export interface EngineWarning {
  /** Message key in src-shared/i18n (e.g. `engine.constantIndicator`). */
  key: string;
  params?: Record<string, string | number>;
  indicator?: string;
  unit?: string;
}

/** The result of scoring one period. Arrays are indexed like `unitCodes`. NaN = no score. */
export interface ScoreResult {
  unitCodes: string[];
  /** Overall index after bonus and penalty. */
  total: Float64Array;
  /** Weighted aggregate of the top-level nodes, before adjustments. */
  base: Float64Array;
  /** Bonus points added (after caps). */
  bonus: Float64Array;
  /** Penalty points subtracted (after caps), as a positive number. */
  penalty: Float64Array;
  /** 1 where any veto item is triggered. */
  veto: Uint8Array;
  /** Codes of the veto items triggered, per unit. */
  vetoItems: string[][];
  /** Competition rank ("1224"), 1 = best; 0 where the total is missing or the unit is
   * excluded (a veto with effect `exclude`). */
  rank: Int32Array;
  /** Score of every scored node of the tree (aggregates and normalised leaves), by code.
   * Adjustment items (bonus/penalty/veto) are not scores: they are in `items`. */
  nodes: Record<string, Float64Array>;
  /** Codes of the aggregate nodes, top-down in tree order (pre-order, children by position). */
  aggregates: string[];
  /** Codes of the scored leaves, in the same tree order. */
  leaves: string[];
  /** Every adjustment item by code: points after the item's cap for bonus/penalty items,
   * 1/0 for veto items (triggered or not). Never NaN (a missing entry counts as 0). */
  items: Record<string, Float64Array>;
  warnings: EngineWarning[];
  /** Competition rank among the units of the same category (units without a category form a
   * category of their own); 0 where the unit is unranked (missing total, or excluded). */
  rankInCategory: Int32Array;
  /** Index into `gradeLabels`; -1 = no grade (no grade rules, missing total, or excluded). */
  grade: Int32Array;
  /** Grade labels, best first (empty when the scheme has no grades). */
  gradeLabels: string[];
  /** 1 where the unit is tied (equal total) with a unit on the other side of a quota boundary:
   * for the committee to decide. */
  boundaryTie: Uint8Array;
  /** 1 where a veto with effect `exclude` took the unit out of the ranking (rank 0). */
  excluded: Uint8Array;
  /** Each unit's category as used for `rankInCategory` and per-category quotas (null = none). */
  categories: (string | null)[];
}
