import { KaopingError } from '../api/errors';
import type { NormalisedMatrix } from './normalise';
import { aggregationBuffers, evaluatePlan } from './results/evaluate';
import { addArithmetic, addGeometric, finishMean } from './results/kernels';
import { compilePlan, weightTable } from './results/plan';
import type { NodeAggregation } from './scheme';
import type { IndicatorTree } from './tree';

/** Scores of one node for every unit. `mask` 1 = present; a missing cell holds 0 in `score`
 * (the mask, not the number, says whether it exists). */
export interface ScoreColumn {
  score: Float64Array;
  mask: Uint8Array;
}

export interface AggregateChild {
  code: string;
  /** Relative weight among its siblings (>= 0; only ratios matter). */
  weight: number;
  column: ScoreColumn;
}

export interface AggregationOptions {
  /** Overrides every node's own `aggregation` (and the method of the overall index). */
  aggregate?: NodeAggregation;
  /** Weight overrides by node code. */
  weights?: Readonly<Record<string, number>>;
}

export interface AggregationResult {
  /** Every aggregate node's scores, by code. */
  nodes: Map<string, ScoreColumn>;
  /** The overall index before adjustments: the weighted mean of the top-level nodes. */
  base: ScoreColumn;
}

/** Weighted arithmetic mean over the children present, per unit i:
 *
 *   s_i = Σ_k w_k s_ik / Σ_k w_k        (k over the children present for unit i)
 *
 * A missing child is skipped and the weights of the others renormalised (no imputation).
 * A zero-weight child contributes nothing. Missing where no child with weight > 0 is present
 * (Σ w_k = 0). The kernel is results/kernels.ts `addArithmetic` (the one every aggregation
 * uses). */
export function weightedArithmeticMean(children: readonly AggregateChild[], n: number): ScoreColumn {
  return mean(children, n, false).column;
}

/** Weighted geometric mean over the children present, per unit i:
 *
 *   s_i = Π_k s_ik^(w_k / W_i) = exp( Σ_k w_k ln s_ik / W_i ),   W_i = Σ_k w_k
 *
 * (k over the children present with w_k > 0), computed on log-transformed columns. Missing
 * children are skipped with weights renormalised, as in the arithmetic mean; missing where
 * W_i = 0. A present score <= 0 with weight > 0 has no logarithm: it raises a KaopingError
 * `engine.geometricZero` (score 0) or `engine.geometricNegative` (score < 0) naming the child
 * indicator and the unit — a min-max range starting at 0 always gives some unit a 0, so
 * geometric aggregation wants a range such as [1, 100]. `aggregate` names the node being
 * computed, for the message (omitted for the overall index). The kernel is results/kernels.ts
 * `addGeometric`. */
export function weightedGeometricMean(
  children: readonly AggregateChild[],
  unitCodes: readonly string[],
  aggregate?: string,
): ScoreColumn {
  const { column, failed } = mean(children, unitCodes.length, true);
  if (failed) {
    const params: Record<string, string | number> = { indicator: failed.code, unit: unitCodes[failed.unit] };
    if (aggregate !== undefined) params.aggregate = aggregate;
    throw new KaopingError(failed.score === 0 ? 'engine.geometricZero' : 'engine.geometricNegative', params);
  }
  return column;
}

/** Runs one kernel over standalone child columns (each cleaned to hold 0 where missing, as
 * the kernels require), stopping at the first score the geometric kernel refuses. */
function mean(
  children: readonly AggregateChild[],
  n: number,
  geometric: boolean,
): { column: ScoreColumn; failed: { code: string; unit: number; score: number } | null } {
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  let total = 0;
  for (const { code, weight, column } of children) {
    total += weight;
    if (weight === 0) continue;
    const score = Float64Array.from(column.score.subarray(0, n), (s, i) => (column.mask[i] === 1 ? s : 0));
    const w = Float64Array.of(weight);
    if (!geometric) {
      addArithmetic(score, column.mask, 0, w, null, num, den);
      continue;
    }
    const bad = addGeometric(score, column.mask, 0, w, null, num, den);
    if (bad >= 0) return { column: { score: num, mask: new Uint8Array(n) }, failed: { code, unit: bad, score: score[bad] } };
  }
  const column = { score: new Float64Array(n), mask: new Uint8Array(n) };
  finishMean(geometric, num, den, Float64Array.of(total), null, 0, column.score, column.mask, 0);
  return { column, failed: null };
}

/** docs/workbook-format.md, standard computation step 3 and the first half of step 4: every
 * aggregate node bottom-up over whole columns, then the overall index as the weighted mean of
 * the top-level nodes. Each node uses its own `aggregation` unless `options.aggregate`
 * overrides it; the overall index uses `options.aggregate`, else arithmetic (the root is not a
 * row of the tree, so it has no `aggregation` of its own). The same compiled evaluation as
 * scoreScheme (results/plan.ts, results/evaluate.ts). */
export function aggregateTree(
  tree: IndicatorTree,
  normalised: NormalisedMatrix,
  options: AggregationOptions = {},
): AggregationResult {
  const sameLeaves =
    normalised.leafCodes.length === tree.leaves.length && normalised.leafCodes.every((c, j) => c === tree.leaves[j]);
  if (!sameLeaves) throw new KaopingError('engine.matrixMismatch');
  const n = normalised.nUnits;
  const scheme = { aggregate: options.aggregate, weights: options.weights ? { ...options.weights } : undefined };
  const plan = compilePlan(tree, n, scheme, undefined);
  const buf = aggregationBuffers(plan);
  const scores = Float64Array.from(normalised.scores, (s, k) => (normalised.mask[k] === 1 ? s : 0));
  evaluatePlan(plan, { ...normalised, scores }, weightTable(plan, scheme.weights, undefined), buf);
  const column = (a: number): ScoreColumn => ({
    score: buf.score.subarray(a * n, (a + 1) * n),
    mask: buf.mask.subarray(a * n, (a + 1) * n),
  });
  const nodes = new Map<string, ScoreColumn>();
  tree.aggregates.forEach((code, a) => nodes.set(code, column(a)));
  return { nodes, base: column(tree.aggregates.length) };
}
