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
  /** Competition rank ("1224"), 1 = best; 0 where the total is missing. */
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
}
