import type { NodeAggregation, ScoringScheme } from '../../../src-shared/engine/scheme';
import type { ScoringMethod } from '../../../src-shared/model';

/** The scoring (normalisation) methods offered as Monte Carlo choices: the relative ones, which
 * need nothing but the values themselves. The absolute methods (fixed, target, points) read
 * bounds, targets or full points that only some indicators carry, and growth and blend need
 * the previous period: as a choice laid over every leaf they would mostly fall back to
 * min-max with a warning, which says nothing about the ranking's sensitivity. */
export const SCORING_CHOICES = ['minmax', 'efficacy', 'zscore', 'rank'] as const satisfies readonly ScoringMethod[];
export type ScoringChoice = (typeof SCORING_CHOICES)[number];

export const AGGREGATE_CHOICES = ['arithmetic', 'geometric', 'topsis'] as const satisfies readonly NodeAggregation[];

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
