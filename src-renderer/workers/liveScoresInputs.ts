import { comparePeriods } from '../../src-shared/model';
import type { ApiPeriod, ApiUnit } from '../state/types';

/** What useLiveScores sends the worker, worked out from the catalog (pure, testable without a
 * browser). */

export type CategoryWeights = Record<string, Record<string, number>>;

/** The period just before `period` of the same kind, in period order (as the service's
 * scoring takes it for growth): 2024 before 2025, 2026Q1 before 2026Q2. */
export function previousPeriod(periods: readonly ApiPeriod[], period: string): string | null {
  const current = periods.find((p) => p.code === period);
  if (!current) return null;
  const earlier = periods.filter((p) => p.kind === current.kind && comparePeriods(p, current) < 0).sort(comparePeriods);
  return earlier.at(-1)?.code ?? null;
}

/** Category per unit code, as the worker's init takes it. */
export function categoriesOf(units: readonly ApiUnit[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const u of units) out[u.code] = u.category;
  return out;
}

/** Only the entries for codes the tree has. */
export function known(weights: Readonly<Record<string, number>> | undefined, codes: ReadonlySet<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, w] of Object.entries(weights ?? {})) if (codes.has(code)) out[code] = w;
  return out;
}

export function knownCategories(cw: CategoryWeights | undefined, codes: ReadonlySet<string>): CategoryWeights {
  const out: CategoryWeights = {};
  for (const [category, map] of Object.entries(cw ?? {})) out[category] = known(map, codes);
  return out;
}
