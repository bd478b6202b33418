import { SCORING_CHOICES, AGGREGATE_CHOICES, type ScoringChoice } from '../../../src-shared/engine/sensitivity/choices';
import type { NodeAggregation, ScoringScheme } from '../../../src-shared/engine/scheme';

export { AGGREGATE_CHOICES, SCORING_CHOICES, type ScoringChoice };

/** A choice the screen offers: an aggregation, a scoring method for every leaf, or normalising
 * within each category (分类考核). */
export type MethodChoice =
  | { kind: 'aggregate'; value: NodeAggregation }
  | { kind: 'scoring'; value: ScoringChoice }
  | { kind: 'within'; value: 'category' };

/** The overlays the engine draws among (MonteCarloOptions.choices): one scheme option each, in
 * the order chosen, so the same choices and seed give the service's result. */
export function choiceOverlays(choices: readonly MethodChoice[]): ScoringScheme[] {
  return choices.map((c): ScoringScheme => {
    if (c.kind === 'aggregate') return { aggregate: c.value };
    if (c.kind === 'scoring') return { scoring: c.value };
    return { normaliseWithin: c.value };
  });
}

/** The UI string key naming a choice (area sensitivity). */
export function choiceLabelKey(c: MethodChoice): string {
  if (c.kind === 'aggregate') return `ui.sensitivity.aggregate.${c.value}`;
  if (c.kind === 'scoring') return `ui.sensitivity.scoring.${c.value}`;
  return 'ui.sensitivity.withinCategory';
}
