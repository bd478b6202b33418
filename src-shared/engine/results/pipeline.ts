import { KaopingError } from '../../api/errors';
import { adjustTotals, prepareAdjustments, type PreparedAdjustments } from '../adjust';
import type { NormalisedMatrix } from '../normalise';
import { competitionRankInto, competitionRankWithin, rankScratch, type RankScratch } from '../rank';
import type { ScoringScheme } from '../scheme';
import type { IndicatorTree } from '../tree';
import type { EngineWarning, EvaluationContext, EvaluationMatrix, ScoreResult } from '../types';
import { aggregationBuffers, evaluatePlan, type AggregationBuffers, type TopsisGaps } from './evaluate';
import { assignGrades } from './grades';
import { compilePlan, weightTable, type AggregationPlan } from './plan';

/** The scoring of one period split at the point where weights start to matter: everything
 * before it (normalised matrix, compiled tree, adjustment items read from the raw values,
 * buffers) is prepared once; `scoreTotals` and `scoreResult` then run per weight vector.
 * scoreScheme, scoreNormalised and the rescorer all go through here. */
export interface PreparedScoring {
  tree: IndicatorTree;
  unitCodes: string[];
  scheme: ScoringScheme;
  categories: (string | null)[];
  normalised: NormalisedMatrix;
  plan: AggregationPlan;
  adjustments: PreparedAdjustments;
  buffers: AggregationBuffers;
  /** 1 where a veto with effect `exclude` takes the unit out of the ranking. */
  excluded: Uint8Array;
  rankScratch: RankScratch;
  bonus: Float64Array;
  penalty: Float64Array;
}

/** Prepares a period for scoring with any weights. `normalised` must be this tree's leaves
 * for the matrix's units in the same order (else `engine.matrixMismatch`). */
export function prepareScoring(
  tree: IndicatorTree,
  matrix: EvaluationMatrix,
  normalised: NormalisedMatrix,
  scheme: ScoringScheme,
  context: EvaluationContext,
): PreparedScoring {
  const n = matrix.unitCodes.length;
  const sameUnits = normalised.unitCodes.length === n && normalised.unitCodes.every((u, i) => u === matrix.unitCodes[i]);
  const sameLeaves =
    normalised.leafCodes.length === tree.leaves.length && normalised.leafCodes.every((c, j) => c === tree.leaves[j]);
  if (!sameUnits || !sameLeaves || normalised.scores.length !== n * tree.leaves.length) {
    throw new KaopingError('engine.matrixMismatch');
  }
  const plan = compilePlan(tree, n, scheme, context.categories);
  const adjustments = prepareAdjustments(tree, matrix);
  const excluded = new Uint8Array(n);
  if ((scheme.vetoEffect ?? 'lowestGrade') === 'exclude') excluded.set(adjustments.veto);
  return {
    tree,
    unitCodes: [...matrix.unitCodes],
    scheme,
    categories: context.categories ? context.categories.map((c) => c ?? null) : new Array<string | null>(n).fill(null),
    normalised: withZeroedGaps(normalised),
    plan,
    adjustments,
    buffers: aggregationBuffers(plan),
    excluded,
    rankScratch: rankScratch(n),
    bonus: new Float64Array(n),
    penalty: new Float64Array(n),
  };
}

/** The normalised matrix with 0 in every missing cell, as the branch-free kernels need (the
 * NormalisedMatrix contract); copied only if some missing cell holds anything else. */
function withZeroedGaps(nm: NormalisedMatrix): NormalisedMatrix {
  const { scores, mask } = nm;
  let clean = true;
  for (let k = 0; k < scores.length && clean; k++) if (mask[k] === 0 && scores[k] !== 0) clean = false;
  if (clean) return nm;
  const copy = Float64Array.from(scores, (s, k) => (mask[k] === 0 ? 0 : s));
  return { ...nm, scores: copy };
}

export interface Totals {
  /** Final totals (new array); NaN where the base is missing. */
  total: Float64Array;
  /** Competition rank on the totals of the units not excluded (new array). */
  rank: Int32Array;
  gaps: TopsisGaps;
  /** Capped points per bonus/penalty item, when asked for. */
  items?: Map<string, Float64Array>;
}

/** Aggregation, adjustments and the overall rank for one weight vector (`weights` stands for
 * the scheme's `weights`; `categoryWeights`, the scheme's own unless given, apply on top —
 * the Monte Carlo passes perturbed ones; the weight groups stay those of the scheme's). One
 * pass over the normalised matrix plus a sort of the totals; the aggregates stay in
 * `p.buffers`, the bonus and penalty sums in `p.bonus` / `p.penalty`. */
export function scoreTotals(
  p: PreparedScoring,
  weights: Readonly<Record<string, number>> | undefined,
  keepItems = false,
  categoryWeights: ScoringScheme['categoryWeights'] = p.scheme.categoryWeights,
): Totals {
  return scoreTotalsWith(p, weightTable(p.plan, weights, categoryWeights), keepItems);
}

/** `scoreTotals` for a weight table already built (plan.ts `weightTable`, or a table the caller
 * keeps up to date itself: the Monte Carlo, rescorer.ts `vectorRescorer`). */
export function scoreTotalsWith(p: PreparedScoring, table: Float64Array, keepItems = false): Totals {
  const { plan, buffers } = p;
  const n = plan.nUnits;
  const G = plan.groupCategories.length;
  const gaps = evaluatePlan(plan, p.normalised, table, buffers);

  const L = plan.nLeaves;
  const A = plan.aggregateCodes.length;
  const nb = plan.tree.bonus.length;
  const capsAt = (first: number, count: number): Float64Array[] =>
    Array.from({ length: count }, (_, k) => table.subarray((first + k) * G, (first + k) * G + G));
  const total = new Float64Array(n);
  const items = keepItems ? new Map<string, Float64Array>() : undefined;
  adjustTotals(
    p.adjustments,
    { bonus: capsAt(L + A, nb), penalty: capsAt(L + A + nb, plan.tree.penalty.length) },
    plan.unitGroups,
    { score: buffers.score, mask: buffers.mask, offset: (A - 1) * n },
    p.scheme,
    { bonus: p.bonus, penalty: p.penalty, total, items },
  );

  const rank = new Int32Array(n);
  competitionRankInto(rankable(total, p.excluded), rank, p.rankScratch);
  return { total, rank, gaps, items };
}

/** The totals with excluded units as missing (they take no place in the ranking). */
function rankable(total: Float64Array, excluded: Uint8Array): Float64Array {
  if (!excluded.includes(1)) return total;
  return Float64Array.from(total, (t, i) => (excluded[i] === 1 ? NaN : t));
}

/** The full result for one weight vector: `scoreTotals` plus every node's scores, the
 * category ranks, the grades and the warnings. */
export function scoreResult(p: PreparedScoring, weights: Readonly<Record<string, number>> | undefined): ScoreResult {
  const { plan, buffers, normalised, adjustments, tree } = p;
  const totals = scoreTotals(p, weights, true);
  const n = plan.nUnits;
  const A = plan.aggregateCodes.length;
  const column = (scores: Float64Array, mask: Uint8Array, offset: number): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = mask[offset + i] === 1 ? scores[offset + i] : NaN;
    return out;
  };
  const nodes: Record<string, Float64Array> = {};
  tree.aggregates.forEach((code, a) => (nodes[code] = column(buffers.score, buffers.mask, a * n)));
  tree.leaves.forEach((code, j) => (nodes[code] = column(normalised.scores, normalised.mask, j * n)));
  const items: Record<string, Float64Array> = {};
  for (const [code, col] of totals.items!) items[code] = col;
  for (const [code, col] of adjustments.vetoColumns) items[code] = col;

  const ranked = rankable(totals.total, p.excluded);
  const grades = assignGrades(p.scheme.grades, {
    total: totals.total,
    excluded: p.excluded,
    veto: adjustments.veto,
    vetoEffect: p.scheme.vetoEffect ?? 'lowestGrade',
    categories: p.categories,
  });
  const warnings: EngineWarning[] = [...normalised.warnings, ...adjustments.warnings];
  for (const [code, count] of totals.gaps) {
    if (code === '') warnings.push({ key: 'engine.topsisUndefinedTotal', params: { count } });
    else warnings.push({ key: 'engine.topsisUndefined', params: { aggregate: code, count }, indicator: code });
  }

  return {
    unitCodes: [...p.unitCodes],
    total: totals.total,
    base: column(buffers.score, buffers.mask, (A - 1) * n),
    bonus: Float64Array.from(p.bonus),
    penalty: Float64Array.from(p.penalty),
    veto: Uint8Array.from(adjustments.veto),
    vetoItems: adjustments.vetoItems.map((v) => [...v]),
    rank: totals.rank,
    nodes,
    aggregates: [...tree.aggregates],
    leaves: [...tree.leaves],
    items,
    warnings,
    rankInCategory: competitionRankWithin(ranked, p.categories),
    grade: grades.grade,
    gradeLabels: grades.labels,
    boundaryTie: grades.boundaryTie,
    excluded: Uint8Array.from(p.excluded),
    categories: [...p.categories],
  };
}
