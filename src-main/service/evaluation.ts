import { comparePeriods } from '../../src-shared/model';
import type { EngineWarning, EvaluationContext, EvaluationMatrix } from '../../src-shared/engine/types';
import type { ScoringScheme } from '../../src-shared/engine/scheme';
import type { Store } from '../store';
import { periodMatrix } from './observations';
import { withDerivedValues } from './derived';

/** Everything the engine needs to score one period under a scheme: the raw matrix (with goal
 * completion and expert marks folded in where the scheme asks), the units' categories, and
 * the previous period's raw values for growth-based scoring. */
export interface EvaluationInput {
  matrix: EvaluationMatrix;
  context: EvaluationContext;
  /** What folding in goals and marks did (a trimmed mean that fell back to the mean, units
   * added, marks not used), for the committee to see beside the scores. */
  notes: EngineWarning[];
}

/** The period just before `period` of the same kind (2024 before 2025, 2026Q1 before 2026Q2). */
export function previousPeriod(store: Store, period: string): string | null {
  const periods = store.listPeriods();
  const current = periods.find((p) => p.code === period);
  if (!current) return null;
  const earlier = periods.filter((p) => p.kind === current.kind && comparePeriods(p, current) < 0);
  return earlier.at(-1)?.code ?? null;
}

/** The derived matrices already read, by period, for a caller that scores several periods
 * under one scheme (one cache per scheme): each period is also the next one's previous, and is
 * then read from the store once, not twice. */
export type DerivedMatrices = Map<string, { matrix: EvaluationMatrix; notes: EngineWarning[] }>;

export function evaluationInput(store: Store, period: string, scheme: ScoringScheme, cache?: DerivedMatrices): EvaluationInput {
  const derived = (p: string) => {
    let d = cache?.get(p);
    if (!d) {
      d = withDerivedValues(store, p, periodMatrix(store, p), scheme);
      cache?.set(p, d);
    }
    return d;
  };
  const { matrix, notes } = derived(period);
  const units = new Map(store.listUnits().map((u) => [u.code, u]));
  const categories = matrix.unitCodes.map((code) => units.get(code)?.category ?? null);
  const prev = previousPeriod(store, period);
  const previous = prev ? derived(prev).matrix : undefined;
  return { matrix, context: { categories, previous }, notes };
}
