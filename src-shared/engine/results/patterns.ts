import type { UnitGroups } from './kernels';

/** The denominators of an arithmetic node over leaves, from who misses which children: the
 * leaf masks do not change with the weights, so the units missing some child, and which
 * children they have, are found once per leaf matrix (kernels.ts). */

/** Which children each unit of a node misses, found once per leaf matrix, as patterns: the
 * lists of children present (`patterns`; pattern 0 is every child). `patternOfUnit[i]` is unit
 * i's pattern, so that a weight change computes one denominator per pattern rather than per
 * unit; `incomplete` lists the units missing some child, `patternOf` their patterns. */
export interface MissingPatterns {
  patternOfUnit: Int32Array;
  incomplete: Int32Array;
  patternOf: Int32Array;
  patterns: Int32Array[];
}

/** Finds the missing patterns of a node's children (`offsets` into `mask`, one per child). */
export function missingPatterns(mask: Uint8Array, offsets: Int32Array, n: number): MissingPatterns {
  const missing = new Uint8Array(n);
  for (const off of offsets) for (let i = 0; i < n; i++) missing[i] |= mask[off + i] ^ 1;
  const patternOfUnit = new Int32Array(n);
  const incomplete: number[] = [];
  const patterns: Int32Array[] = [Int32Array.from(offsets, (_, k) => k)];
  const ids = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (missing[i] === 0) continue;
    const present: number[] = [];
    offsets.forEach((off, k) => {
      if (mask[off + i] === 1) present.push(k);
    });
    const key = present.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = patterns.length;
      ids.set(key, id);
      patterns.push(Int32Array.from(present));
    }
    incomplete.push(i);
    patternOfUnit[i] = id;
  }
  const list = Int32Array.from(incomplete);
  return { patternOfUnit, incomplete: list, patternOf: Int32Array.from(list, (i) => patternOfUnit[i]), patterns };
}

/** Σ_k w_k over the children of each pattern, in child order — what `addArithmetic` would
 * accumulate for a unit with those children (adding w·0 for the others changes nothing), and
 * for pattern 0 the full sum W — into `patternWeight` (group `g`'s weights). */
export function patternWeights(missing: MissingPatterns, childWeights: readonly Float64Array[], g: number, patternWeight: Float64Array): void {
  const { patterns } = missing;
  for (let p = 0; p < patterns.length; p++) {
    const children = patterns[p];
    let d = 0;
    for (let k = 0; k < children.length; k++) d += childWeights[children[k]][g];
    patternWeight[p] = d;
  }
}

/** den_i = Σ_k w_k · m_ik over a node's children for every unit, with weight groups: the
 * units with a missing pattern get the sum over their pattern's children, every other unit the
 * full sum W_g(i) (the same additions in the same order as `addArithmetic`, so the same number
 * to the last bit). `childWeights[k]` are child k's weights per group. */
export function presentWeights(
  missing: MissingPatterns,
  childWeights: readonly Float64Array[],
  totalWeight: Float64Array,
  groups: UnitGroups,
  den: Float64Array,
): void {
  const n = den.length;
  const { incomplete, patternOf, patterns } = missing;
  for (let i = 0; i < n; i++) den[i] = totalWeight[groups[i]];
  for (let u = 0; u < incomplete.length; u++) {
    const i = incomplete[u];
    const children = patterns[patternOf[u]];
    const g = groups[i];
    let d = 0;
    for (let k = 0; k < children.length; k++) d += childWeights[children[k]][g];
    den[i] = d;
  }
}
