import { KaopingError } from '../api/errors';
import type { Indicator, IndicatorKind } from '../model/indicator';

/** The indicator tree read once for the engine: who is whose child, which nodes are
 * aggregates, scored leaves or adjustment items, all in a fixed order so that every result is
 * deterministic.
 *
 * Order: "tree order" is pre-order from the top-level nodes, children by `position` (then by
 * their order in the input, for equal positions). */
export interface IndicatorTree {
  byCode: ReadonlyMap<string, Indicator>;
  /** Children of every aggregate node (scored nodes only), by position. */
  children: ReadonlyMap<string, readonly string[]>;
  /** Scored top-level nodes (kind `indicator`, empty parent), by position: the overall index is
   * their weighted mean. */
  topLevel: readonly string[];
  /** Aggregate nodes (with children), tree order. */
  aggregates: readonly string[];
  /** Scored leaves (kind `indicator`, no children), tree order: the columns that get normalised. */
  leaves: readonly string[];
  /** Every node, adjustment items included, in tree order (top-level nodes by position). */
  nodes: readonly string[];
  /** Every leaf, adjustment items included, in tree order (top-level nodes by position):
   * the columns an EvaluationMatrix for this tree has. */
  columns: readonly string[];
  /** Adjustment items (leaves directly under the root), by position. */
  bonus: readonly string[];
  penalty: readonly string[];
  veto: readonly string[];
}

const ADJUSTMENT_KINDS: readonly IndicatorKind[] = ['bonus', 'penalty', 'veto'];

/** True for bonus, penalty and veto items: applied after aggregation, never weighted in. */
export function isAdjustment(indicator: Indicator): boolean {
  return ADJUSTMENT_KINDS.includes(indicator.kind);
}

/** Builds and checks the tree. The workbook format's rules (docs/workbook-format.md): unique
 * codes, every parent exists, no cycles, weights finite and >= 0, direction 1 or -1, adjustment
 * items are leaves directly under the root. Throws a KaopingError (`engine.*`) on the first
 * broken rule. The importer checks the same rules with sheet and row; this is the engine's own
 * guard. */
export function buildTree(indicators: readonly Indicator[]): IndicatorTree {
  const byCode = new Map<string, Indicator>();
  for (const ind of indicators) {
    if (byCode.has(ind.code)) throw new KaopingError('engine.duplicateCode', { indicator: ind.code });
    byCode.set(ind.code, ind);
  }

  // Input index breaks ties of equal positions, so the order never depends on the sort.
  const inputIndex = new Map<string, number>();
  indicators.forEach((ind, i) => inputIndex.set(ind.code, i));
  const byPosition = (a: string, b: string): number =>
    byCode.get(a)!.position - byCode.get(b)!.position || inputIndex.get(a)! - inputIndex.get(b)!;

  const kids = new Map<string | null, string[]>();
  for (const ind of indicators) {
    if (!Number.isFinite(ind.weight) || ind.weight < 0) {
      throw new KaopingError('engine.invalidWeight', { indicator: ind.code, weight: String(ind.weight) });
    }
    if (ind.direction !== 1 && ind.direction !== -1) {
      throw new KaopingError('engine.invalidDirection', { indicator: ind.code, direction: String(ind.direction) });
    }
    if (ind.parent !== null && !byCode.has(ind.parent)) {
      throw new KaopingError('engine.unknownParent', { indicator: ind.code, parent: ind.parent });
    }
    const list = kids.get(ind.parent) ?? [];
    list.push(ind.code);
    kids.set(ind.parent, list);
  }
  for (const list of kids.values()) list.sort(byPosition);

  for (const ind of indicators) {
    if (isAdjustment(ind) && (ind.parent !== null || kids.has(ind.code))) {
      throw new KaopingError('engine.adjustmentPlacement', { indicator: ind.code, kind: ind.kind });
    }
  }

  // Pre-order from the top level. Every node has one parent, so the nodes reachable from the
  // top level form a tree; a node never reached sits on a cycle.
  const top = kids.get(null) ?? [];
  const nodes: string[] = [];
  const visit = (c: string): void => {
    nodes.push(c);
    for (const k of kids.get(c) ?? []) visit(k);
  };
  top.forEach(visit);
  if (nodes.length < indicators.length) {
    const reached = new Set(nodes);
    const lost = indicators.find((i) => !reached.has(i.code))!;
    throw new KaopingError('engine.cycle', { indicator: lost.code });
  }

  const children = new Map<string, readonly string[]>();
  for (const c of nodes) if (kids.has(c)) children.set(c, kids.get(c)!);
  const scored = (c: string): boolean => !isAdjustment(byCode.get(c)!);
  const leaves = nodes.filter((c) => !kids.has(c) && scored(c));
  if (leaves.length === 0) throw new KaopingError('engine.noIndicators');
  const ofKind = (k: IndicatorKind): string[] => top.filter((c) => byCode.get(c)!.kind === k);
  return {
    byCode,
    children,
    topLevel: top.filter(scored),
    nodes,
    aggregates: nodes.filter((c) => kids.has(c)),
    leaves,
    columns: nodes.filter((c) => !kids.has(c)),
    bonus: ofKind('bonus'),
    penalty: ofKind('penalty'),
    veto: ofKind('veto'),
  };
}

/** The tree's nodes in tree order (pre-order, top-level nodes and children by position):
 * `nodes` all of them, `aggregates` those with children, `leaves` every leaf including the
 * adjustment items — the columns of an EvaluationMatrix. Throws like `buildTree`. */
export function treeOrder(indicators: readonly Indicator[]): {
  nodes: Indicator[];
  aggregates: Indicator[];
  leaves: Indicator[];
} {
  const tree = buildTree(indicators);
  const get = (c: string): Indicator => tree.byCode.get(c)!;
  return { nodes: tree.nodes.map(get), aggregates: tree.aggregates.map(get), leaves: tree.columns.map(get) };
}

/** The tree if given one, else builds it (so helpers accept either). */
export function asTree(tree: IndicatorTree | readonly Indicator[]): IndicatorTree {
  return isIndicatorList(tree) ? buildTree(tree) : tree;
}

function isIndicatorList(t: IndicatorTree | readonly Indicator[]): t is readonly Indicator[] {
  return Array.isArray(t);
}

/** A node's weight: the override if `overrides` names it, else the tree's `weight`.
 * Overrides are checked with `checkWeightOverrides`. */
export function weightOf(tree: IndicatorTree, code: string, overrides?: Readonly<Record<string, number>>): number {
  if (overrides && Object.prototype.hasOwnProperty.call(overrides, code)) return overrides[code];
  return tree.byCode.get(code)!.weight;
}

/** Throws `engine.unknownIndicator` or `engine.invalidWeight` for a bad override. */
export function checkWeightOverrides(tree: IndicatorTree, overrides?: Readonly<Record<string, number>>): void {
  if (!overrides) return;
  for (const [code, w] of Object.entries(overrides)) {
    if (!tree.byCode.has(code)) throw new KaopingError('engine.unknownIndicator', { indicator: code });
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new KaopingError('engine.invalidWeight', { indicator: code, weight: String(w) });
    }
  }
}

/** Effective weight of every scored leaf (aligned with `tree.leaves`), when no value is missing:
 *
 *   w_eff(leaf) = Π over the nodes n on the path from the top level down to the leaf of
 *                 w(n) / Σ_{s ∈ siblings(n), including n} w(s)
 *
 * i.e. the product of the relative weights (shares among siblings) down the tree. The effective
 * weights sum to 1 unless some sibling group has only zero weights (its share is then 0).
 * With no value missing, an arithmetic index is Σ_leaf w_eff × score (one matrix-vector
 * product); with missing values the shares are renormalised per unit (see explain.ts). */
export function effectiveLeafWeights(
  treeOrIndicators: IndicatorTree | readonly Indicator[],
  overrides?: Readonly<Record<string, number>>,
): Float64Array {
  const tree = asTree(treeOrIndicators);
  checkWeightOverrides(tree, overrides);
  const share = new Map<string, number>();
  const walk = (codes: readonly string[], parentShare: number): void => {
    let sum = 0;
    for (const c of codes) sum += weightOf(tree, c, overrides);
    for (const c of codes) {
      const s = sum > 0 ? (parentShare * weightOf(tree, c, overrides)) / sum : 0;
      share.set(c, s);
      const ch = tree.children.get(c);
      if (ch) walk(ch, s);
    }
  };
  walk(tree.topLevel, 1);
  return Float64Array.from(tree.leaves, (c) => share.get(c)!);
}
