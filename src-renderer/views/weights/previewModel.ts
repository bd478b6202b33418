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

/** The `n` best ranked units (ties share a rank and are ordered by name). Only the units
 * ranked n or better can be among them (competition ranks), so at 20,000 units a redraw
 * builds and sorts a handful of rows, not all of them. */
export function topRows(live: LiveArrays, nameOf: (unit: string) => string, n = 15): PreviewRow[] {
  const rows: PreviewRow[] = [];
  for (let i = 0; i < live.unitCodes.length; i++) if (live.rank[i] > 0 && live.rank[i] <= n) rows.push(rowAt(live, i, nameOf));
  return rows.sort(byRankThenName).slice(0, n);
}

/** The `n` units whose rank moved most against the baseline, the largest move first (up or
 * down; equal moves by current rank). Units that did not move are left out. A count of the
 * moves by size finds the smallest move that can make the list first, so only those units
 * are built into rows and sorted. */
export function biggestMovers(live: LiveArrays, nameOf: (unit: string) => string, n = 6): PreviewRow[] {
  if (!live.baseline || n <= 0) return [];
  const count = live.unitCodes.length;
  const moves = new Int32Array(count); // |change|, 0 for no move or no change known
  const bySize = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const rank = live.rank[i];
    const before = live.baseline.rank[i];
    const move = rank > 0 && before > 0 ? Math.abs(before - rank) : 0;
    moves[i] = Math.min(move, count);
    if (move > 0) bySize[moves[i]]++;
  }
  // the smallest size such that the moves at least this large number n or more (or 1)
  let threshold = 1;
  for (let size = count, seen = 0; size >= 1; size--) {
    seen += bySize[size];
    if (seen >= n) {
      threshold = size;
      break;
    }
  }
  const rows: PreviewRow[] = [];
  for (let i = 0; i < count; i++) if (moves[i] >= threshold) rows.push(rowAt(live, i, nameOf));
  return rows.sort((a, b) => Math.abs(b.change as number) - Math.abs(a.change as number) || byRankThenName(a, b)).slice(0, n);
}
