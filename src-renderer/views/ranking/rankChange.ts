/** A unit's rank against the baseline's (the baseline scheme, else the standard computation):
 * the arrow and colour of the ranking's change column. Pure. */

export type RankChange =
  /** Better (up) or worse (down) by `by` places, or the same place. */
  | { kind: 'up' | 'down' | 'same'; by: number; from: number; to: number }
  /** Ranked now, not in the baseline (e.g. a veto with effect `exclude` lifted). */
  | { kind: 'new'; to: number }
  /** In the baseline's ranking, not in this one. */
  | { kind: 'out'; from: number }
  /** Nothing to compare (no baseline yet, or ranked in neither). */
  | { kind: 'none' };

/** Compares a rank with the baseline rank (1 = best; null = not ranked; undefined = the
 * baseline does not know the unit). Moving from 5th to 3rd is up by 2. */
export function rankChange(rank: number | null, baseline: number | null | undefined): RankChange {
  if (baseline === undefined) return { kind: 'none' };
  if (rank === null) return baseline === null ? { kind: 'none' } : { kind: 'out', from: baseline };
  if (baseline === null) return { kind: 'new', to: rank };
  const by = baseline - rank;
  if (by > 0) return { kind: 'up', by, from: baseline, to: rank };
  if (by < 0) return { kind: 'down', by: -by, from: baseline, to: rank };
  return { kind: 'same', by: 0, from: baseline, to: rank };
}

/** Orders changes for the column's sort: the largest gain first, then smaller gains, the same,
 * losses from small to large, and last the units without a comparison. */
export function changeSortKey(c: RankChange): number {
  switch (c.kind) {
    case 'up':
      return c.by;
    case 'same':
      return 0;
    case 'down':
      return -c.by;
    case 'new':
      return -1e9;
    case 'out':
      return -2e9;
    case 'none':
      return -3e9;
  }
}

/** Baseline rank by unit code, from rows (a score result) or from parallel arrays (the live
 * worker's `unitCodes` and `rank`, where 0 means not ranked). */
export function baselineRanks(rows: readonly { unit: string; rank: number | null }[]): Map<string, number | null> {
  return new Map(rows.map((r) => [r.unit, r.rank]));
}

export function baselineRanksOf(unitCodes: readonly string[], rank: ArrayLike<number>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  unitCodes.forEach((u, i) => out.set(u, rank[i] > 0 ? rank[i] : null));
  return out;
}
