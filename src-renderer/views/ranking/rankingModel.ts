import { matchesSearch } from '../../lib/pinyin';
import type { ApiIndicator, ScoreRow } from '../../state/types';

/** The top-level dimensions: the aggregates whose parent is null, in the tree order the
 * result gives (`aggregates` is top-down in tree order). */
export function topDimensions(aggregates: readonly string[], indicators: readonly ApiIndicator[]): ApiIndicator[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const out: ApiIndicator[] = [];
  for (const code of aggregates) {
    const i = byCode.get(code);
    if (i && i.parent === null) out.push(i);
  }
  return out;
}

export interface RankingFilter {
  township: string | null;
  category: string | null;
  query: string;
}

export function filterRows(rows: readonly ScoreRow[], f: RankingFilter): ScoreRow[] {
  return rows.filter(
    (r) =>
      (f.township === null || r.parent === f.township) &&
      (f.category === null || r.category === f.category) &&
      matchesSearch(f.query, r.name, r.unit),
  );
}

/** Distinct townships (parent code and name) of the rows, for the filter. */
export function townshipOptions(rows: readonly ScoreRow[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (r.parent !== null && !seen.has(r.parent)) seen.set(r.parent, r.parentName ?? r.parent);
  return [...seen].map(([value, label]) => ({ value, label }));
}

/** Compares numbers with missing values last in either sort direction (antd reverses the
 * comparator for descending order, so the missing side is flipped back here). */
export function compareNullable(
  a: number | null,
  b: number | null,
  order: 'ascend' | 'descend' | null | undefined,
): number {
  const am = a === null || !Number.isFinite(a);
  const bm = b === null || !Number.isFinite(b);
  if (am || bm) {
    if (am && bm) return 0;
    const missingLast = am ? 1 : -1;
    return order === 'descend' ? -missingLast : missingLast;
  }
  return (a as number) - (b as number);
}
