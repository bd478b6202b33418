import { KaopingError } from '../../api/errors';
import type { NodeAggregation, ScoringScheme } from '../scheme';
import { checkWeightOverrides, weightOf, type IndicatorTree } from '../tree';
import { checkGradeRules } from './grades';
import type { UnitGroups } from './kernels';
import { schemeWeightsFor } from '../weights/category';

/** The tree compiled once for fast aggregation: integer node ids, child lists as Int32Arrays,
 * each aggregate's method, and the units' weight groups. Nothing here depends on weights, so
 * a weight change reuses the plan and only rebuilds the (tiny) weight table.
 *
 * Node ids: 0 … L−1 are the scored leaves (tree.leaves order = the normalised matrix's
 * columns); L + a is aggregate a, where a indexes `aggregateCodes` (tree.aggregates in tree
 * order, then the overall index as the last one, code ''). Adjustment items follow, so that
 * the weight table also holds their caps. */
export interface AggregationPlan {
  tree: IndicatorTree;
  nUnits: number;
  nLeaves: number;
  /** tree.aggregates, then '' for the overall index (the root of the tree). */
  aggregateCodes: string[];
  /** Aggregate indices in evaluation order: children before parents, the overall index last. */
  order: Int32Array;
  /** Child node ids of each aggregate index, by position. */
  children: Int32Array[];
  /** Each aggregate's method. */
  methods: NodeAggregation[];
  /** Codes of every weighted node by id: leaves, aggregates (the overall index has no weight;
   * its slot holds 0), then bonus and penalty items. */
  weightCodes: string[];
  /** Weight group of each unit (null when all units share one). */
  unitGroups: UnitGroups | null;
  /** The category whose overrides each group uses (group 0 = none: `weights` alone). */
  groupCategories: (string | null)[];
  minDataShare: number;
}

/** How a node aggregates its children under a scheme: `aggregationByNode[code]`, else
 * `aggregate`, else its own `aggregation`; the overall index ('') `aggregate`, else
 * arithmetic. The one rule the scoring and the sensitivity bounds share. */
export function nodeAggregation(tree: IndicatorTree, scheme: ScoringScheme, code: string): NodeAggregation {
  if (code === '') return scheme.aggregate ?? 'arithmetic';
  return scheme.aggregationByNode?.[code] ?? scheme.aggregate ?? tree.byCode.get(code)!.aggregation;
}

/** Compiles the tree for a scheme and the units' categories. Each aggregate node uses
 * `aggregationByNode[code]`, else `aggregate`, else its own `aggregation`; the overall index
 * uses `aggregate`, else arithmetic. Weight groups: one per category that `categoryWeights`
 * names and some unit has, plus group 0 for everyone else. Throws for a bad scheme (see
 * `checkPlanOptions`). */
export function compilePlan(
  tree: IndicatorTree,
  nUnits: number,
  scheme: ScoringScheme,
  categories: readonly (string | null)[] | undefined,
): AggregationPlan {
  checkPlanOptions(tree, nUnits, scheme, categories);
  const L = tree.leaves.length;
  const aggregateCodes = [...tree.aggregates, ''];
  const id = new Map<string, number>();
  tree.leaves.forEach((c, j) => id.set(c, j));
  tree.aggregates.forEach((c, a) => id.set(c, L + a));
  const rootIndex = tree.aggregates.length;
  const childIds = (codes: readonly string[]): Int32Array => Int32Array.from(codes, (c) => id.get(c)!);
  const children = tree.aggregates.map((c) => childIds(tree.children.get(c)!));
  children.push(childIds(tree.topLevel));

  const methods: NodeAggregation[] = tree.aggregates.map((c) => nodeAggregation(tree, scheme, c));
  methods.push(nodeAggregation(tree, scheme, ''));

  // Post-order: children first, siblings by position, so that the first error met is the first
  // in reading order.
  const order: number[] = [];
  const visit = (code: string): void => {
    const ch = tree.children.get(code);
    if (!ch) return;
    ch.forEach(visit);
    order.push(id.get(code)! - L);
  };
  tree.topLevel.forEach(visit);
  order.push(rootIndex);

  const weightCodes = [...tree.leaves, ...aggregateCodes, ...tree.bonus, ...tree.penalty];

  const named = new Set(Object.keys(scheme.categoryWeights ?? {}));
  const groupCategories: (string | null)[] = [null];
  const groupOf = new Map<string, number>();
  const unitGroup = new Int32Array(nUnits);
  categories?.forEach((c, i) => {
    if (c === null || !named.has(c)) return;
    let g = groupOf.get(c);
    if (g === undefined) {
      g = groupCategories.length;
      groupOf.set(c, g);
      groupCategories.push(c);
    }
    unitGroup[i] = g;
  });
  const unitGroups = groupCategories.length === 1 ? null : groupCategories.length <= 256 ? Uint8Array.from(unitGroup) : unitGroup;

  return {
    tree,
    nUnits,
    nLeaves: L,
    aggregateCodes,
    order: Int32Array.from(order),
    children,
    methods,
    weightCodes,
    unitGroups,
    groupCategories,
    minDataShare: scheme.minDataShare ?? 0,
  };
}

/** The weight of every node in every group: `table[id × G + g]` (G = number of groups), for
 * the given overrides (they stand for the scheme's `weights`; `categoryWeights` are laid over
 * them per group, by weights/category.ts `schemeWeightsFor`). Checks the overrides. */
export function weightTable(
  plan: AggregationPlan,
  weights: Readonly<Record<string, number>> | undefined,
  categoryWeights: ScoringScheme['categoryWeights'],
): Float64Array {
  const { tree, weightCodes, groupCategories } = plan;
  const G = groupCategories.length;
  const table = new Float64Array(weightCodes.length * G);
  const scheme: ScoringScheme = { weights: weights as Record<string, number> | undefined, categoryWeights };
  groupCategories.forEach((category, g) => {
    const overrides = schemeWeightsFor(tree, scheme, category);
    weightCodes.forEach((code, k) => {
      if (code !== '') table[k * G + g] = weightOf(tree, code, overrides);
    });
  });
  return table;
}

/** Scheme options the plan relies on. Throws KaopingError:
 * `engine.categoriesLength` (categories not one per unit), `engine.unknownIndicator` /
 * `engine.invalidWeight` (weights and category weights), `engine.notAggregate`
 * (aggregationByNode naming a node without children), `engine.invalidMinDataShare`,
 * `engine.invalidLimit` (a negative or non-finite bonusCap/penaltyCap, a non-finite floor),
 * and the grade rules' errors (results/grades.ts `checkGradeRules`). */
export function checkPlanOptions(
  tree: IndicatorTree,
  nUnits: number,
  scheme: ScoringScheme,
  categories: readonly (string | null)[] | undefined,
): void {
  if (categories !== undefined && categories.length !== nUnits) {
    throw new KaopingError('engine.categoriesLength', { expected: nUnits, actual: categories.length });
  }
  checkWeightOverrides(tree, scheme.weights);
  for (const w of Object.values(scheme.categoryWeights ?? {})) checkWeightOverrides(tree, w);
  for (const code of Object.keys(scheme.aggregationByNode ?? {})) {
    if (!tree.children.has(code)) throw new KaopingError('engine.notAggregate', { indicator: code });
  }
  const share = scheme.minDataShare ?? 0;
  if (!(share >= 0 && share <= 1)) throw new KaopingError('engine.invalidMinDataShare', { value: String(share) });
  for (const [option, value] of [['bonusCap', scheme.bonusCap], ['penaltyCap', scheme.penaltyCap]] as const) {
    if (value !== null && value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new KaopingError('engine.invalidLimit', { option, value: String(value) });
    }
  }
  if (scheme.floor !== null && scheme.floor !== undefined && !Number.isFinite(scheme.floor)) {
    throw new KaopingError('engine.invalidLimit', { option: 'floor', value: String(scheme.floor) });
  }
  if (scheme.grades) checkGradeRules(scheme.grades);
}
