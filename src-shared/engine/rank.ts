/** Competition ranking ("1224", docs/workbook-format.md, standard computation step 5), higher
 * is better:
 *
 *   rank_i = 1 + #{ j : v_j > v_i }            for every unit with a value
 *   rank_i = 0                                 where v_i is missing (NaN); such units sort last
 *
 * so tied units share the smallest rank and the next rank skips (100, 90, 90, 80 → 1, 2, 2, 4).
 * Ties are exact floating-point equality, on purpose: two totals that differ in the last bit
 * are different numbers, and any tolerance would make ties depend on the tolerance and break
 * transitivity (a ≈ b, b ≈ c, a ≉ c). Rounding for display happens at the edge, never here.
 * Because the rank depends only on the values, it is the same whatever the order of units. */
export function competitionRank(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const rank = new Int32Array(n);
  // The formula itself: sort the present values ascending once, then #{v_j > v_i} is the count
  // after the last value <= v_i (binary search). -0 and 0 are equal here, as with ===.
  const sorted = Float64Array.from(presentIndices(values), (i) => values[i]).sort();
  const m = sorted.length;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = 1 + (m - lo);
  }
  return rank;
}

/** Unit indices from best to worst: by value descending, missing values last, ties by `codes`
 * (ascending) so that the order is the same whatever the order of units. */
export function rankOrder(values: ArrayLike<number>, codes: readonly string[]): number[] {
  const present = presentIndices(values);
  const missing: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) missing.push(i);
  const byCode = (a: number, b: number): number => (codes[a] < codes[b] ? -1 : codes[a] > codes[b] ? 1 : 0);
  present.sort((a, b) => descending(values[a], values[b]) || byCode(a, b));
  missing.sort(byCode);
  return [...present, ...missing];
}

/** Comparator for a descending sort that also holds for ±Infinity (no subtraction). */
function descending(x: number, y: number): number {
  return x > y ? -1 : x < y ? 1 : 0;
}

function presentIndices(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out.push(i);
  return out;
}
