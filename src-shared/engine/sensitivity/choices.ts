import type { ScoringMethod } from '../../model';
import type { NodeAggregation } from '../scheme';

/** The method choices a Monte Carlo run can draw among, as the Sensitivity screen and the CLI
 * offer them (one list for both). The scoring methods are the relative ones, which need nothing
 * but the values: the absolute methods (fixed, target, points) read bounds, targets or full
 * points only some indicators carry, and growth and blend need the previous period, so laid over
 * every leaf they would mostly fall back to min-max with a warning. */
export const AGGREGATE_CHOICES = ['arithmetic', 'geometric', 'topsis'] as const satisfies readonly NodeAggregation[];
export type AggregateChoice = (typeof AGGREGATE_CHOICES)[number];

export const SCORING_CHOICES = ['minmax', 'efficacy', 'zscore', 'rank'] as const satisfies readonly ScoringMethod[];
export type ScoringChoice = (typeof SCORING_CHOICES)[number];
