/** The peer sets a relative method (min-max, efficacy, z-score, percentile rank, growth, blend)
 * compares a unit with: all units, or the units of the same category (分类考核). */
export interface PeerGroups {
  /** Unit indices of each group, ascending. */
  members: Int32Array[];
  /** Each group's category; null for the units without one (and for the single group of all
   * units). */
  labels: (string | null)[];
  /** True when there is one group of all units (no gathering needed). */
  whole: boolean;
}

/** All units as one peer set. */
export function wholeGroup(nUnits: number): PeerGroups {
  return { members: [Int32Array.from({ length: nUnits }, (_, i) => i)], labels: [null], whole: true };
}

/** One peer set per category (`categories` indexed like the units); the units without a
 * category (null, or no `categories` at all) form a group of their own. Groups are ordered by
 * category name (by code point, so the order never depends on the locale or on the order of
 * the units), the uncategorised group last. */
export function categoryGroups(nUnits: number, categories: readonly (string | null)[] | undefined): PeerGroups {
  const byLabel = new Map<string | null, number[]>();
  for (let i = 0; i < nUnits; i++) {
    const c = categories?.[i] ?? null;
    const list = byLabel.get(c);
    if (list) list.push(i);
    else byLabel.set(c, [i]);
  }
  const labels = [...byLabel.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  if (labels.length <= 1) return { ...wholeGroup(nUnits), labels: [labels[0] ?? null] };
  return { members: labels.map((l) => Int32Array.from(byLabel.get(l)!)), labels, whole: false };
}

/** A column scorer over one peer set: reads `raw` (NaN = missing), writes `out` and `mask` for
 * every unit of the set (0 and 0 where missing) and says what happened, like `minMaxColumn`. */
export type PeerColumnScorer = (
  raw: ArrayLike<number>,
  direction: 1 | -1,
  lo: number,
  hi: number,
  out: Float64Array,
  mask: Uint8Array,
) => 'scored' | 'constant' | 'empty';

/** Runs `scorer` on each peer group of a column: the group's values are gathered, scored
 * within the group (its own min, max, mean, sd and ranks) and written back. */
export function scoreByGroup(
  scorer: PeerColumnScorer,
  raw: ArrayLike<number>,
  direction: 1 | -1,
  lo: number,
  hi: number,
  groups: PeerGroups,
  out: Float64Array,
  mask: Uint8Array,
): void {
  if (groups.whole) {
    scorer(raw, direction, lo, hi, out, mask);
    return;
  }
  for (const g of groups.members) {
    const m = g.length;
    const gRaw = new Float64Array(m);
    for (let k = 0; k < m; k++) gRaw[k] = raw[g[k]];
    const gOut = new Float64Array(m);
    const gMask = new Uint8Array(m);
    scorer(gRaw, direction, lo, hi, gOut, gMask);
    for (let k = 0; k < m; k++) {
      out[g[k]] = gOut[k];
      mask[g[k]] = gMask[k];
    }
  }
}
