import type { ScoringScheme } from '../scheme';

/** A change to one raw value of one unit: ×value (`multiply`, e.g. 1.3 for +30%), +value
 * (`add`) or =value (`set`). */
export interface DataEdit {
  unit: string;
  indicator: string;
  op: 'multiply' | 'add' | 'set';
  value: number;
}

/** A what-if scenario over a base scheme (issue 6): any scheme options laid over it (weight
 * changes, scoring, normalisation and aggregation choices, category weights, normalising
 * within categories, grades and quotas), changed data values, and units moved to another
 * category (category rules). Stored as JSON beside the base scheme's name. */
export interface ScenarioDefinition {
  overlay?: ScoringScheme;
  edits?: DataEdit[];
  /** Unit code → its category in the scenario (null = none). */
  categories?: Record<string, string | null>;
}

/** `overlay` laid over `base` field by field; weight maps (and per-indicator scoring) merged so
 * the overlay changes only the nodes it names. The one merge of schemes: the service's
 * resolveScheme lays a call's options over a stored scheme with it too. */
export function overlayScheme(base: ScoringScheme, overlay: ScoringScheme = {}): ScoringScheme {
  const merged: ScoringScheme = { ...base, ...overlay };
  if (base.weights || overlay.weights) merged.weights = { ...base.weights, ...overlay.weights };
  if (base.categoryWeights || overlay.categoryWeights) {
    const cw: Record<string, Record<string, number>> = {};
    for (const src of [base.categoryWeights, overlay.categoryWeights]) {
      for (const [c, map] of Object.entries(src ?? {})) cw[c] = { ...cw[c], ...map };
    }
    merged.categoryWeights = cw;
  }
  if (base.scoringByIndicator || overlay.scoringByIndicator) {
    merged.scoringByIndicator = { ...base.scoringByIndicator, ...overlay.scoringByIndicator };
  }
  return merged;
}
