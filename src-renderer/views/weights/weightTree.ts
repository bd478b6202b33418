import type { IndicatorTree } from '../../../src-shared/engine/tree';
import type { Indicator } from '../../../src-shared/model';
import { ROOT_GROUP } from '../../state/weights/types';

/** One weighted node as the weights screen shows it: its weight in points, its share among its
 * siblings and its share of the whole index (effective weight: the product of the shares down
 * the path, docs/scoring-model.md §7). Bonus, penalty and veto items are not weighted into the
 * index (their weight is a cap) and are not rows here. */
export interface WeightRow {
  key: string;
  indicator: Indicator;
  /** The group the node belongs to: its parent's code, or ROOT_GROUP for a top-level node. */
  group: string;
  depth: number;
  points: number;
  /** The scheme's value (what reset restores). */
  base: number;
  /** Share of the sibling group's points, 0 when the whole group weighs 0. */
  share: number;
  effective: number;
  children?: WeightRow[];
}

/** The weighted tree in tree order (children by position). `pointsOf` gives a node's working
 * weight, `baseOf` its scheme value, both for the category being edited. */
export function buildWeightRows(
  tree: IndicatorTree,
  pointsOf: (code: string) => number,
  baseOf: (code: string) => number,
): WeightRow[] {
  const level = (codes: readonly string[], group: string, depth: number, parentEffective: number): WeightRow[] => {
    const points = codes.map(pointsOf);
    const sum = points.reduce((s, p) => s + p, 0);
    return codes.map((code, i) => {
      const share = sum > 0 ? points[i] / sum : 0;
      const row: WeightRow = {
        key: code,
        indicator: tree.byCode.get(code) as Indicator,
        group,
        depth,
        points: points[i],
        base: baseOf(code),
        share,
        effective: share * parentEffective,
      };
      const kids = tree.children.get(code);
      if (kids && kids.length > 0) row.children = level(kids, code, depth + 1, row.effective);
      return row;
    });
  };
  return level(tree.topLevel, ROOT_GROUP, 0, 1);
}

/** Every row, depth first. */
export function flattenRows(rows: readonly WeightRow[]): WeightRow[] {
  const out: WeightRow[] = [];
  const walk = (list: readonly WeightRow[]) => {
    for (const r of list) {
      out.push(r);
      if (r.children) walk(r.children);
    }
  };
  walk(rows);
  return out;
}

/** The members of a group (ROOT_GROUP: the top level), in tree order; empty for an unknown group. */
export function groupMembers(rows: readonly WeightRow[], group: string): WeightRow[] {
  if (group === ROOT_GROUP) return [...rows];
  return flattenRows(rows).find((r) => r.key === group)?.children ?? [];
}

/** Codes of the rows that have children (to expand the whole tree). */
export function groupKeys(rows: readonly WeightRow[]): string[] {
  return flattenRows(rows)
    .filter((r) => r.children)
    .map((r) => r.key);
}
