import { comparePeriods } from '../../src-shared/model';
import type { ApiPeriod } from './types';

/** The period a screen opens on: the one chosen before if it still exists, else the latest
 * year with data, else the latest period with data, else the latest period. */
export function choosePeriod(periods: readonly ApiPeriod[], current: string | null): string | null {
  if (current && periods.some((p) => p.code === current)) return current;
  const sorted = sortPeriods(periods);
  const withData = sorted.filter((p) => p.observations > 0);
  const year = withData.filter((p) => p.kind === 'year');
  const pick = year.at(-1) ?? withData.at(-1) ?? sorted.at(-1);
  return pick ? pick.code : null;
}

/** Oldest first: years, then halves, quarters, months of each year. */
export function sortPeriods(periods: readonly ApiPeriod[]): ApiPeriod[] {
  return [...periods].sort(comparePeriods);
}
