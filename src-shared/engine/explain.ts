import { KaopingError } from '../api/errors';
import type { Indicator, IndicatorKind } from '../model/indicator';
import { columnIndex, rawValue } from './matrix';
import type { NormalisedMatrix } from './normalise';
import { aggregationBuffers, evaluatePlan } from './results/evaluate';
import { prepareScoring, scoreResult } from './results/pipeline';
import { normaliseScheme } from './scoring';
import { compilePlan, weightTable } from './results/plan';
import type { ScoringScheme } from './scheme';
import { asScheme } from './score';
import { asTree, type IndicatorTree } from './tree';
import type { EvaluationContext, EvaluationMatrix, ScoreOptions } from './types';

export interface LeafContribution {
  code: string;
  /** This unit's effective weight of the leaf (see `explainUnit`); 0 where the leaf is missing. */
  weight: number;
  /** The leaf's normalised score; NaN where missing. */
  score: number;
  /** weight × score; 0 where the leaf is missing. */
  contribution: number;
  /** Competition rank of the unit's normalised score among its peers with a value (1 = best):
   * all units, or the unit's category when the scheme normalises within categories. 0 where
   * the unit has no value. */
  rank: number;
}

export interface UnitExplanation {
  unit: string;
  /** True when the overall index and every aggregate node are arithmetic means: then the
   * contributions add up to the unit's base score. Under geometric means the weights are still
   * right (they are the exponents: base = Π score^weight) and under TOPSIS they are the
   * renormalised weights of the distances, but contributions do not add up. */
  additive: boolean;
  /** Every scored leaf, in tree order. */
  leaves: LeafContribution[];
}

/** Each leaf's contribution to one unit's base score (before bonus and penalty):
 *
 *   weight(leaf) = Π over the nodes n on the path from the top level to the leaf of
 *                  w_c(n) / Σ { w_c(s) : s a sibling of n (n included) present for this unit }
 *   contribution(leaf) = weight(leaf) × score(leaf)
 *
 * where w_c is the weight the unit uses (the scheme's `weights`, then `categoryWeights` of the
 * unit's category, from `context.categories`), a leaf is present if it has a normalised score
 * and an aggregate is present if the scoring gave it a score (some child with weight > 0
 * present, and at least `minDataShare` of the weight — the very masks of the aggregation).
 * This is the effective weight of tree.ts renormalised over what this unit has, so under
 * arithmetic aggregation Σ contribution = base exactly (up to rounding): unrolling
 * s(node) = Σ_k w_k s_k / Σ_k w_k from the top gives exactly these products.
 * Where the unit has no base score every weight is 0. `scheme` takes the same options as the
 * scoring (ScoreOptions too). */
export function explainUnit(
  treeOrIndicators: IndicatorTree | readonly Indicator[],
  normalised: NormalisedMatrix,
  unitIndex: number,
  scheme: ScoringScheme | ScoreOptions = {},
  context: EvaluationContext = {},
): UnitExplanation {
  const tree = asTree(treeOrIndicators);
  const s = asScheme(scheme);
  const n = normalised.nUnits;
  const plan = compilePlan(tree, n, s, context.categories);
  if (!Number.isInteger(unitIndex) || unitIndex < 0 || unitIndex >= n) {
    throw new KaopingError('engine.unknownUnit', { unit: String(unitIndex) });
  }
  const table = weightTable(plan, s.weights, s.categoryWeights);
  const buf = aggregationBuffers(plan);
  const scores = Float64Array.from(normalised.scores, (x, k) => (normalised.mask[k] === 1 ? x : 0));
  // Which aggregates are present: a geometric mean is present exactly where an arithmetic one
  // is, so the masks come from the arithmetic kernel there (no logarithms, no error at a 0);
  // TOPSIS is evaluated as such, since an undefined closeness makes a node missing.
  const presencePlan = { ...plan, methods: plan.methods.map((m) => (m === 'geometric' ? 'arithmetic' : m)) };
  evaluatePlan(presencePlan, { ...normalised, scores }, table, buf);

  const L = plan.nLeaves;
  const G = plan.groupCategories.length;
  const g = plan.unitGroups === null ? 0 : plan.unitGroups[unitIndex];
  const w = (id: number): number => table[id * G + g];
  const present = (id: number): boolean =>
    id < L ? normalised.mask[id * n + unitIndex] === 1 : buf.mask[(id - L) * n + unitIndex] === 1;

  // Shares top-down from the overall index (the last aggregate).
  const share = new Float64Array(L + plan.aggregateCodes.length);
  const walk = (a: number, parentShare: number): void => {
    const children = plan.children[a];
    let sum = 0;
    for (const c of children) if (present(c)) sum += w(c);
    for (const c of children) {
      const sc = sum > 0 && present(c) ? (parentShare * w(c)) / sum : 0;
      share[c] = sc;
      if (c >= L) walk(c - L, sc);
    }
  };
  const root = plan.aggregateCodes.length - 1;
  walk(root, present(L + root) ? 1 : 0);

  const peers = peersOf(unitIndex, n, s, context);
  const leaves = tree.leaves.map((code, j): LeafContribution => {
    const has = present(j);
    const score = has ? normalised.scores[j * n + unitIndex] : NaN;
    const weight = has ? share[j] : 0;
    return { code, weight, score, contribution: has ? weight * score : 0, rank: has ? leafRank(normalised, j, unitIndex, peers) : 0 };
  });
  return { unit: normalised.unitCodes[unitIndex], additive: plan.methods.every((m) => m === 'arithmetic'), leaves };
}

/** The units a unit is compared with on each indicator: everyone, or its own category when the
 * scheme normalises within categories (null for everyone). */
function peersOf(i: number, n: number, scheme: ScoringScheme, context: EvaluationContext): number[] | null {
  const categories = context.categories;
  if (scheme.normaliseWithin !== 'category' || !categories) return null;
  const own = categories[i] ?? null;
  const out: number[] = [];
  for (let k = 0; k < n; k++) if ((categories[k] ?? null) === own) out.push(k);
  return out;
}

/** 1 + #{peers with a value strictly above the unit's} (competition ranking, rank.ts). */
function leafRank(nm: NormalisedMatrix, j: number, i: number, peers: number[] | null): number {
  const n = nm.nUnits;
  const v = nm.scores[j * n + i];
  let above = 0;
  const count = (k: number): void => {
    if (nm.mask[j * n + k] === 1 && nm.scores[j * n + k] > v) above++;
  };
  if (peers === null) for (let k = 0; k < n; k++) count(k);
  else peers.forEach(count);
  return 1 + above;
}

/** A leaf's explanation with its raw value (NaN where missing). */
export interface LeafExplanation extends LeafContribution {
  raw: number;
}

/** Everything the `explain` call shows for one unit (src-shared/api/schemas.ts `explanation`,
 * without the period). Numbers are NaN where missing. */
export interface SchemeExplanation {
  unit: string;
  base: number;
  total: number;
  rank: number;
  additive: boolean;
  leaves: LeafExplanation[];
  /** Every adjustment item: points after caps (bonus, penalty) or 1/0 (veto). */
  items: { code: string; kind: Extract<IndicatorKind, 'bonus' | 'penalty' | 'veto'>; points: number }[];
}

/** Scores the period under the scheme and explains unit `unit` (by code): its base, total and
 * rank, each leaf's raw value, normalised score, effective weight, contribution and rank
 * among peers (`explainUnit`), and its adjustment items. Throws `engine.unknownUnit` for a
 * code not in the matrix. */
export function explainScheme(
  treeOrIndicators: IndicatorTree | readonly Indicator[],
  matrix: EvaluationMatrix,
  scheme: ScoringScheme,
  context: EvaluationContext,
  unit: string,
): SchemeExplanation {
  const tree = asTree(treeOrIndicators);
  const i = matrix.unitCodes.indexOf(unit);
  if (i < 0) throw new KaopingError('engine.unknownUnit', { unit });
  const normalised = normaliseScheme(tree, matrix, scheme, context);
  const result = scoreResult(prepareScoring(tree, matrix, normalised, scheme, context), scheme.weights);
  const explained = explainUnit(tree, normalised, i, scheme, context);
  const columns = columnIndex(matrix);
  const kindOf = (code: string) => tree.byCode.get(code)!.kind as 'bonus' | 'penalty' | 'veto';
  return {
    unit,
    base: result.base[i],
    total: result.total[i],
    rank: result.rank[i],
    additive: explained.additive,
    leaves: explained.leaves.map((l) => ({ ...l, raw: rawValue(matrix, columns.get(l.code), i) })),
    items: [...tree.bonus, ...tree.penalty, ...tree.veto].map((code) => ({ code, kind: kindOf(code), points: result.items[code][i] })),
  };
}
