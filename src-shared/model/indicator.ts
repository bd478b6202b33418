/** The indicator tree (docs/workbook-format.md, sheet `indicators`). */

/** How a node takes part in the computation. `indicator` nodes are aggregated by weight;
 * `bonus`/`penalty`/`veto` are adjustments applied after aggregation (leaves under the root). */
export type IndicatorKind = 'indicator' | 'bonus' | 'penalty' | 'veto';

/** How a raw value becomes a 0-100 score (docs/workbook-format.md, column `scoring`). Issue 3
 * adds more methods. */
export type ScoringMethod =
  | 'minmax'
  | 'fixed'
  | 'efficacy'
  | 'target'
  | 'zscore'
  | 'rank'
  | 'points'
  | 'growth'
  | 'blend';

export const SCORING_METHODS: readonly ScoringMethod[] = [
  'minmax', 'fixed', 'efficacy', 'target', 'zscore', 'rank', 'points', 'growth', 'blend',
];

export type AggregationMethod = 'arithmetic' | 'geometric';

export interface Indicator {
  code: string;
  name: string;
  nameEn: string | null;
  /** Code of the parent node; null for a top-level node. */
  parent: string | null;
  /** Relative weight among siblings (points are fine); for bonus/penalty: the item's cap. */
  weight: number;
  direction: 1 | -1;
  unit: string | null;
  kind: IndicatorKind;
  /** The finer kind the workbook gave (`quantitative`, `survey`, `goal`, ...), kept for the UI. */
  fineKind: string | null;
  scoring: ScoringMethod;
  aggregation: AggregationMethod;
  target: number | null;
  typicalMin: number | null;
  typicalMax: number | null;
  department: string | null;
  description: string | null;
  /** Columns the format does not know, kept verbatim (header -> cell text). */
  attributes: Record<string, string>;
  /** Row order in the workbook; children are listed in this order. */
  position: number;
}

/** A node with the workbook format's defaults (weight 1, direction 1, kind `indicator`, scoring
 * `minmax`, aggregation `arithmetic`, nothing else set), overridden by `fields`. */
export function makeIndicator(code: string, fields: Partial<Omit<Indicator, 'code'>> = {}): Indicator {
  return {
    code,
    name: code,
    nameEn: null,
    parent: null,
    weight: 1,
    direction: 1,
    unit: null,
    kind: 'indicator',
    fineKind: null,
    scoring: 'minmax',
    aggregation: 'arithmetic',
    target: null,
    typicalMin: null,
    typicalMax: null,
    department: null,
    description: null,
    attributes: {},
    position: 0,
    ...fields,
  };
}
