import type { ScoreRow } from '../../state/types';

/** The live ranking while weights are edited: the worker's totals and ranks laid over the rows
 * of the last full score result (names, township, category, dimension scores, grade, bonus,
 * penalty, veto), which may lag behind by the debounce. Pure. */

export interface LiveScores {
  unitCodes: readonly string[];
  total: Float64Array;
  /** 1 = best; 0 = not ranked. */
  rank: Int32Array;
}

/** Rows with `total` and `rank` from `live` (NaN total and rank 0 become null); rows of units
 * the worker does not know keep their own values. Returns new row objects only where something
 * changed, so an unchanged row keeps its identity. */
export function withLiveScores(rows: readonly ScoreRow[], live: LiveScores, index: ReadonlyMap<string, number> = indexOf(live.unitCodes)): ScoreRow[] {
  return rows.map((row) => {
    const i = index.get(row.unit);
    if (i === undefined) return row;
    const t = live.total[i];
    const total = Number.isFinite(t) ? t : null;
    const rank = live.rank[i] > 0 ? live.rank[i] : null;
    return total === row.total && rank === row.rank ? row : { ...row, total, rank };
  });
}

/** Position of each unit code in the worker's arrays. */
export function indexOf(unitCodes: readonly string[]): Map<string, number> {
  return new Map(unitCodes.map((u, i) => [u, i]));
}
