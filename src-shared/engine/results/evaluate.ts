import { KaopingError } from '../../api/errors';
import { addArithmetic, addGeometric, addWeightedScores, finishMean } from './kernels';
import { missingPatterns, patternWeights, presentWeights, type MissingPatterns } from './patterns';
import { addArithmeticColumns, addWeightedColumns, meanOfColumns, meanOfMaskedColumns, wideColumns } from './wide';
import type { AggregationPlan } from './plan';
import { addTopsis, finishTopsis, topsisColumnStats, type TopsisColumnStats } from './topsis';

/** Scores and masks of the scored leaves, column-major (a NormalisedMatrix's fields). */
export interface LeafScores {
  unitCodes: readonly string[];
  scores: Float64Array;
  mask: Uint8Array;
  range: readonly [number, number];
}

/** Everything one evaluation writes, allocated once per plan and reused: a weight change
 * allocates nothing of size units × nodes. */
export interface AggregationBuffers {
  /** Aggregate a's score of unit i at [a × n + i] (0 where missing); the overall index last. */
  score: Float64Array;
  mask: Uint8Array;
  num: Float64Array;
  den: Float64Array;
  aux: Float64Array;
  scratch: Float64Array;
  totalWeight: Float64Array;
  /** TOPSIS norms and ideal points of the leaves: weight-independent, so kept across calls
   * (the buffers belong to one plan and one leaf matrix). */
  leafTopsis: Map<number, TopsisColumnStats>;
  /** Per aggregate whose children are all leaves: who misses which children
   * (weight-independent, kept across calls); null for the other aggregates. */
  leafNodes: Map<number, MissingPatterns | null>;
  /** One denominator per missing pattern. */
  patternScratch: Float64Array;
}

export function aggregationBuffers(plan: AggregationPlan): AggregationBuffers {
  const n = plan.nUnits;
  const A = plan.aggregateCodes.length;
  return {
    score: new Float64Array(A * n),
    mask: new Uint8Array(A * n),
    num: new Float64Array(n),
    den: new Float64Array(n),
    aux: new Float64Array(n),
    scratch: new Float64Array(n),
    totalWeight: new Float64Array(plan.groupCategories.length),
    leafTopsis: new Map(),
    leafNodes: new Map(),
    patternScratch: new Float64Array(0),
  };
}

/** For an aggregate whose children are all leaves: who misses which children, found once per
 * leaf matrix. null for other aggregates. */
function leafNode(plan: AggregationPlan, mask: Uint8Array, buf: AggregationBuffers, a: number): MissingPatterns | null {
  const known = buf.leafNodes.get(a);
  if (known !== undefined) return known;
  const children = plan.children[a];
  const n = plan.nUnits;
  const node = children.every((c) => c < plan.nLeaves) ? missingPatterns(mask, Int32Array.from(children, (c) => c * n), n) : null;
  buf.leafNodes.set(a, node);
  return node;
}

/** Per aggregate code: units with data whose TOPSIS closeness was undefined. */
export type TopsisGaps = Map<string, number>;

/** Every aggregate bottom-up and the overall index, into `buf` (see kernels.ts and topsis.ts
 * for the formulas). `table` is `weightTable(plan, …)`. Throws `engine.geometricZero` /
 * `engine.geometricNegative` naming the child, the unit and the aggregate (not for the overall
 * index) where a geometric mean meets a score <= 0 with weight > 0.
 *
 * Three routes, chosen per node and the same for every call (so scoreScheme and the rescorer
 * agree to the last bit): an arithmetic node over leaves only, the common case, reads each
 * child column once, four to a pass, and takes its denominators from the units that miss a
 * child (`meanOverLeaves`); any other arithmetic node without weight groups goes four children
 * to a pass with masks; the rest one child at a time (`childByChild`). Children with weight 0
 * are never read. */
export function evaluatePlan(
  plan: AggregationPlan,
  leaves: LeafScores,
  table: Float64Array,
  buf: AggregationBuffers,
): TopsisGaps {
  const n = plan.nUnits;
  const L = plan.nLeaves;
  const G = plan.groupCategories.length;
  const groups = plan.unitGroups;
  const gaps: TopsisGaps = new Map();
  const { num, den, totalWeight } = buf;

  for (const a of plan.order) {
    const children = plan.children[a];
    const method = plan.methods[a];
    totalWeight.fill(0);
    const childWeights = Array.from(children, (c) => table.subarray(c * G, c * G + G));
    for (const w of childWeights) for (let g = 0; g < G; g++) totalWeight[g] += w[g];
    const read = Array.from(children).filter((_, k) => childWeights[k].some((w) => w !== 0));

    const overLeaves = method === 'arithmetic' ? leafNode(plan, leaves.mask, buf, a) : null;
    if (overLeaves) {
      meanOverLeaves(plan, leaves, table, buf, a, read, childWeights, overLeaves);
    } else if (method === 'arithmetic' && groups === null) {
      const toColumns = (part: number[]) =>
        wideColumns(
          part.map((c) => (c < L ? c : c - L) * n),
          part.map((c) => table[c]),
        );
      const aggregates = read.filter((c) => c >= L);
      if (plan.minDataShare === 0 && aggregates.length === read.length && read.length > 0) {
        // The usual overall index: the top-level aggregates, in one fused pass.
        meanOfMaskedColumns(buf.score, buf.mask, toColumns(read), num, den, buf.score, buf.mask, a * n);
        continue;
      }
      num.fill(0);
      den.fill(0);
      const ownLeaves = read.filter((c) => c < L);
      if (ownLeaves.length > 0) addArithmeticColumns(leaves.scores, leaves.mask, toColumns(ownLeaves), num, den);
      if (aggregates.length > 0) addArithmeticColumns(buf.score, buf.mask, toColumns(aggregates), num, den);
      finishMean(false, num, den, totalWeight, groups, plan.minDataShare, buf.score, buf.mask, a * n);
    } else {
      const undefinedCount = childByChild(plan, leaves, table, buf, a, read);
      if (undefinedCount > 0) gaps.set(plan.aggregateCodes[a], undefinedCount);
    }
  }
  return gaps;
}

/** An arithmetic node whose children are all leaves. */
function meanOverLeaves(
  plan: AggregationPlan,
  leaves: LeafScores,
  table: Float64Array,
  buf: AggregationBuffers,
  a: number,
  read: readonly number[],
  childWeights: readonly Float64Array[],
  missing: MissingPatterns,
): void {
  const n = plan.nUnits;
  const G = plan.groupCategories.length;
  const groups = plan.unitGroups;
  const { num, den, totalWeight } = buf;
  if (groups === null) {
    if (buf.patternScratch.length < missing.patterns.length) buf.patternScratch = new Float64Array(missing.patterns.length);
    patternWeights(missing, childWeights, 0, buf.patternScratch);
    const columns = wideColumns(
      read.map((c) => c * n),
      read.map((c) => table[c]),
    );
    if (plan.minDataShare === 0) {
      meanOfColumns(leaves.scores, columns, num, missing.patternOfUnit, buf.patternScratch, buf.score, buf.mask, a * n);
      return;
    }
    num.fill(0);
    addWeightedColumns(leaves.scores, columns, num);
    for (let i = 0; i < n; i++) den[i] = buf.patternScratch[missing.patternOfUnit[i]];
  } else {
    num.fill(0);
    for (const c of read) addWeightedScores(leaves.scores, c * n, table.subarray(c * G, c * G + G), groups, num);
    presentWeights(missing, childWeights, totalWeight, groups, den);
  }
  finishMean(false, num, den, totalWeight, groups, plan.minDataShare, buf.score, buf.mask, a * n);
}

/** Any node, one child at a time (geometric, TOPSIS, arithmetic with weight groups). Returns
 * the number of units whose TOPSIS closeness is undefined. */
function childByChild(
  plan: AggregationPlan,
  leaves: LeafScores,
  table: Float64Array,
  buf: AggregationBuffers,
  a: number,
  read: readonly number[],
): number {
  const n = plan.nUnits;
  const L = plan.nLeaves;
  const G = plan.groupCategories.length;
  const groups = plan.unitGroups;
  const method = plan.methods[a];
  const code = plan.aggregateCodes[a];
  const { num, den, aux, totalWeight } = buf;
  num.fill(0);
  den.fill(0);
  aux.fill(0);
  for (const c of read) {
    const w = table.subarray(c * G, c * G + G);
    const isLeaf = c < L;
    const scores = isLeaf ? leaves.scores : buf.score;
    const mask = isLeaf ? leaves.mask : buf.mask;
    const offset = (isLeaf ? c : c - L) * n;
    if (method === 'arithmetic') {
      addArithmetic(scores, mask, offset, w, groups, num, den);
    } else if (method === 'geometric') {
      const bad = addGeometric(scores, mask, offset, w, groups, num, den);
      if (bad >= 0) {
        const params: Record<string, string | number> = { indicator: plan.weightCodes[c], unit: leaves.unitCodes[bad] };
        if (code !== '') params.aggregate = code;
        throw new KaopingError(scores[offset + bad] === 0 ? 'engine.geometricZero' : 'engine.geometricNegative', params);
      }
    } else {
      let stats = isLeaf ? buf.leafTopsis.get(c) : undefined;
      if (stats === undefined) {
        stats = topsisColumnStats(scores, mask, offset, n, buf.scratch);
        if (isLeaf) buf.leafTopsis.set(c, stats);
      }
      // num collects D⁺², aux D⁻², den the weights present.
      addTopsis(scores, mask, offset, stats, w, groups, num, aux, den);
    }
  }
  if (method === 'topsis') {
    return finishTopsis(num, aux, den, totalWeight, groups, plan.minDataShare, leaves.range, buf.score, buf.mask, a * n);
  }
  finishMean(method === 'geometric', num, den, totalWeight, groups, plan.minDataShare, buf.score, buf.mask, a * n);
  return 0;
}
