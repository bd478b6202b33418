import { comparePinyin } from '../../lib/pinyin';

/** The compact live ranking beside the tree: the leaders and the units that moved most
 * against the baseline, from the rescoring worker's arrays (rank 0 = no total, unranked). */

export interface LiveArrays {
  unitCodes: readonly string[];
  total: ArrayLike<number>;
  rank: ArrayLike<number>;
  baseline: { total: ArrayLike<number>; rank: ArrayLike<number> } | null;
}

export interface PreviewRow {
  unit: string;
  name: string;
  rank: number;
  total: number;
  /** Places gained against the baseline (positive = up); null without a baseline or when
   * either side is unranked. */
  change: number | null;
}

function rowAt(live: LiveArrays, i: number, nameOf: (unit: string) => string): PreviewRow {
  const rank = live.rank[i];
  const before = live.baseline ? live.baseline.rank[i] : 0;
  const unit = live.unitCodes[i];
  return {
    unit,
    name: nameOf(unit),
    rank,
    total: live.total[i],
    change: live.baseline && rank > 0 && before > 0 ? before - rank : null,
  };
}

const byRankThenName = (a: PreviewRow, b: PreviewRow) => a.rank - b.rank || comparePinyin(a.name, b.name);

/** The `n` best ranked units (ties share a rank and are ordered by name). */
export function topRows(live: LiveArrays, nameOf: (unit: string) => string, n = 15): PreviewRow[] {
  const rows: PreviewRow[] = [];
  for (let i = 0; i < live.unitCodes.length; i++) if (live.rank[i] > 0) rows.push(rowAt(live, i, nameOf));
  return rows.sort(byRankThenName).slice(0, n);
}

/** The `n` units whose rank moved most against the baseline, the largest move first (up or
 * down; equal moves by current rank). Units that did not move are left out. */
export function biggestMovers(live: LiveArrays, nameOf: (unit: string) => string, n = 6): PreviewRow[] {
  if (!live.baseline) return [];
  const rows: PreviewRow[] = [];
  for (let i = 0; i < live.unitCodes.length; i++) {
    const r = rowAt(live, i, nameOf);
    if (r.change !== null && r.change !== 0) rows.push(r);
  }
  return rows.sort((a, b) => Math.abs(b.change as number) - Math.abs(a.change as number) || byRankThenName(a, b)).slice(0, n);
}
