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
  const rank = new Int32Array(values.length);
  competitionRankInto(values, rank, rankScratch(values.length));
  return rank;
}

/** Working space for `competitionRankInto`, reusable for any number of values up to `n`. */
export interface RankScratch {
  values: Float64Array;
  starts: Int32Array;
}

export function rankScratch(n: number): RankScratch {
  return { values: new Float64Array(n), starts: new Int32Array(2 * n + 1) };
}

/** Buckets holding more values than this are sorted (then searched by bisection) rather than
 * scanned. */
const SCAN_LIMIT = 32;

/** `competitionRank` into preallocated arrays, in expected linear time (the rescorer ranks
 * after every weight change). The formula is counted, never approximated:
 *
 * The m present values are spread over K = 2m equal-width buckets between their minimum lo
 * and maximum hi, b(x) = min(⌊(x − lo) · (K / (hi − lo))⌋, K − 1). b is non-decreasing in x (each
 * floating-point step is), so every value in a higher bucket is greater than x and every value
 * in a lower one smaller; hence
 *
 *   #{v_j > x} = #{values in buckets above b(x)} + #{values in bucket b(x) greater than x}
 *
 * The first term is a prefix count; the second scans the bucket (half a value on average,
 * more where the values crowd), or bisects it when it holds more than SCAN_LIMIT values, which are then sorted
 * with the native numeric sort. Where lo = hi every present unit ranks 1; where the spread is
 * not finite (±Infinity among the values) the values are sorted whole and bisected. -0 and 0
 * are equal here, as with ===. */
export function competitionRankInto(values: ArrayLike<number>, rank: Int32Array, scratch: RankScratch): void {
  const n = values.length;
  let m = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) continue; // NaN
    m++;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const K = 2 * m;
  const scale = K / (hi - lo);
  if (m === 0 || lo === hi) {
    for (let i = 0; i < n; i++) rank[i] = values[i] !== values[i] ? 0 : 1;
    return;
  }
  if (!Number.isFinite(scale) || !Number.isFinite(hi - lo)) {
    rankBySort(values, rank, scratch.values);
    return;
  }
  const starts = scratch.starts;
  const sorted = scratch.values;
  // Counting sort into buckets. rank[i] holds unit i's bucket until the last pass (-1 =
  // missing; the truncation is the floor, the values being >= 0). starts[b] counts bucket b,
  // then (prefix sums) is where it ends; the scatter fills each bucket from its end, which
  // leaves starts[b] where it begins; starts[K] = m closes the last one.
  starts.fill(0, 0, K + 1);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) {
      rank[i] = -1;
      continue;
    }
    const k = ((v - lo) * scale) | 0;
    const b = k < K ? k : K - 1;
    rank[i] = b;
    starts[b]++;
  }
  const large: number[] = [];
  if (starts[0] > SCAN_LIMIT) large.push(0);
  for (let k = 1; k < K; k++) {
    if (starts[k] > SCAN_LIMIT) large.push(k);
    starts[k] += starts[k - 1];
  }
  for (let i = 0; i < n; i++) {
    const b = rank[i];
    if (b >= 0) sorted[--starts[b]] = values[i];
  }
  starts[K] = m;
  for (const k of large) sorted.subarray(starts[k], starts[k + 1]).sort();
  for (let i = 0; i < n; i++) {
    const b = rank[i];
    if (b < 0) {
      rank[i] = 0;
      continue;
    }
    const x = values[i];
    const begin = starts[b];
    const end = starts[b + 1];
    let greater = m - end;
    if (end - begin > SCAN_LIMIT) {
      let a = begin;
      let c = end;
      while (a < c) {
        const mid = (a + c) >>> 1;
        if (sorted[mid] <= x) a = mid + 1;
        else c = mid;
      }
      greater += end - a;
    } else {
      for (let j = begin; j < end; j++) if (sorted[j] > x) greater++;
    }
    rank[i] = 1 + greater;
  }
}

/** The plain way, for values with infinities: sort the present values ascending (native
 * numeric sort, NaN last) and bisect for the count after the last value <= v_i. */
function rankBySort(values: ArrayLike<number>, rank: Int32Array, scratch: Float64Array): void {
  const n = values.length;
  const sorted = scratch.subarray(0, n);
  for (let i = 0; i < n; i++) sorted[i] = values[i];
  sorted.sort();
  let m = n;
  while (m > 0 && Number.isNaN(sorted[m - 1])) m--;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isNaN(v)) {
      rank[i] = 0;
      continue;
    }
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = 1 + (m - lo);
  }
}

/** Competition rank within each category (分类考核): unit i is ranked among the units with the
 * same category (null is a category of its own: the units without one), by the same formula.
 * 0 where the value is missing. */
export function competitionRankWithin(values: ArrayLike<number>, categories: readonly (string | null)[]): Int32Array {
  const n = values.length;
  const rank = new Int32Array(n);
  for (const members of categoryMembers(categories, n).values()) {
    const sub = Float64Array.from(members, (i) => values[i]);
    const r = competitionRank(sub);
    members.forEach((i, k) => (rank[i] = r[k]));
  }
  return rank;
}

/** Unit indices of each category (null = no category), in unit order. */
export function categoryMembers(categories: readonly (string | null)[], n: number): Map<string | null, number[]> {
  const out = new Map<string | null, number[]>();
  for (let i = 0; i < n; i++) {
    const c = categories[i] ?? null;
    const list = out.get(c);
    if (list) list.push(i);
    else out.set(c, [i]);
  }
  return out;
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
