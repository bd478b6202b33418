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

export function evaluationInput(store: Store, period: string, scheme: ScoringScheme): EvaluationInput {
  const { matrix, notes } = withDerivedValues(store, period, periodMatrix(store, period), scheme);
  const units = new Map(store.listUnits().map((u) => [u.code, u]));
  const categories = matrix.unitCodes.map((code) => units.get(code)?.category ?? null);
  const prev = previousPeriod(store, period);
  const previous = prev ? withDerivedValues(store, prev, periodMatrix(store, prev), scheme).matrix : undefined;
  return { matrix, context: { categories, previous }, notes };
}
