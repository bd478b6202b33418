import { KaopingError } from '../api/errors';
import type { AggregationMethod } from '../model/indicator';
import { leafColumn, type NormalisedMatrix } from './normalise';
import { checkWeightOverrides, weightOf, type IndicatorTree } from './tree';

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
  aggregate?: AggregationMethod;
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
 * (Σ w_k = 0). */
export function weightedArithmeticMean(children: readonly AggregateChild[], n: number): ScoreColumn {
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  for (const { weight: w, column } of children) {
    if (w === 0) continue;
    const { score, mask } = column;
    for (let i = 0; i < n; i++) {
      if (mask[i] === 0) continue;
      num[i] += w * score[i];
      den[i] += w;
    }
  }
  return finish(num, den, (x, d) => x / d);
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
 * computed, for the message (omitted for the overall index). */
export function weightedGeometricMean(
  children: readonly AggregateChild[],
  unitCodes: readonly string[],
  aggregate?: string,
): ScoreColumn {
  const n = unitCodes.length;
  const logSum = new Float64Array(n);
  const den = new Float64Array(n);
  for (const { code, weight: w, column } of children) {
    if (w === 0) continue;
    const { score, mask } = column;
    for (let i = 0; i < n; i++) {
      if (mask[i] === 0) continue;
      const s = score[i];
      if (!(s > 0)) {
        const params: Record<string, string | number> = { indicator: code, unit: unitCodes[i] };
        if (aggregate !== undefined) params.aggregate = aggregate;
        throw new KaopingError(s === 0 ? 'engine.geometricZero' : 'engine.geometricNegative', params);
      }
      logSum[i] += w * Math.log(s);
      den[i] += w;
    }
  }
  return finish(logSum, den, (x, d) => Math.exp(x / d));
}

/** Aggregates children first, siblings by position (L1 L2 G1 L3 G2 → G1, G2), so that the
 * first error met is the first in reading order. */
function postOrderAggregates(tree: IndicatorTree): string[] {
  const out: string[] = [];
  const visit = (code: string): void => {
    const ch = tree.children.get(code);
    if (!ch) return;
    ch.forEach(visit);
    out.push(code);
  };
  tree.topLevel.forEach(visit);
  return out;
}

function finish(acc: Float64Array, den: Float64Array, f: (x: number, d: number) => number): ScoreColumn {
  const n = acc.length;
  const score = new Float64Array(n);
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (den[i] > 0) {
      score[i] = f(acc[i], den[i]);
      mask[i] = 1;
    }
  }
  return { score, mask };
}

/** docs/workbook-format.md, standard computation step 3 and the first half of step 4: every
 * aggregate node bottom-up over whole columns, then the overall index as the weighted mean of
 * the top-level nodes. Each node uses its own `aggregation` unless `options.aggregate`
 * overrides it; the overall index uses `options.aggregate`, else arithmetic (the root is not a
 * row of the tree, so it has no `aggregation` of its own). */
export function aggregateTree(
  tree: IndicatorTree,
  normalised: NormalisedMatrix,
  options: AggregationOptions = {},
): AggregationResult {
  checkWeightOverrides(tree, options.weights);
  const sameLeaves =
    normalised.leafCodes.length === tree.leaves.length && normalised.leafCodes.every((c, j) => c === tree.leaves[j]);
  if (!sameLeaves) throw new KaopingError('engine.matrixMismatch');
  const columns = new Map<string, ScoreColumn>();
  normalised.leafCodes.forEach((code, j) => columns.set(code, leafColumn(normalised, j)));
  const childrenOf = (codes: readonly string[]): AggregateChild[] =>
    codes.map((code) => ({ code, weight: weightOf(tree, code, options.weights), column: columns.get(code)! }));
  const mean = (method: AggregationMethod, children: AggregateChild[], node?: string): ScoreColumn =>
    method === 'geometric'
      ? weightedGeometricMean(children, normalised.unitCodes, node)
      : weightedArithmeticMean(children, normalised.nUnits);

  const nodes = new Map<string, ScoreColumn>();
  for (const code of postOrderAggregates(tree)) {
    const method = options.aggregate ?? tree.byCode.get(code)!.aggregation;
    const col = mean(method, childrenOf(tree.children.get(code)!), code);
    columns.set(code, col);
    nodes.set(code, col);
  }
  const base = mean(options.aggregate ?? 'arithmetic', childrenOf(tree.topLevel));
  return { nodes, base };
}
