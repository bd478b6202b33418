import type { ApiIndicator } from '../../state/types';

/** One node of the indicator tree with its weights made readable: the weight as given (points
 * are fine), its share among its weighted siblings, and its effective weight (share of the
 * whole index: the product of the shares down the tree). Bonus, penalty and veto items sit
 * outside the weighted aggregation: their weight is a cap in points and they have no share. */
export interface IndicatorNode {
  key: string;
  indicator: ApiIndicator;
  shareOfParent: number | null;
  effectiveWeight: number | null;
  children?: IndicatorNode[];
}

function isWeighted(i: ApiIndicator): boolean {
  return i.kind === 'indicator';
}

function byPosition(a: ApiIndicator, b: ApiIndicator): number {
  return a.position - b.position;
}

export function buildIndicatorTree(indicators: readonly ApiIndicator[]): IndicatorNode[] {
  const codes = new Set(indicators.map((i) => i.code));
  const children = new Map<string | null, ApiIndicator[]>();
  for (const i of indicators) {
    // an unknown parent cannot pass the importer; show such a node at the top rather than lose it
    const parent = i.parent !== null && codes.has(i.parent) ? i.parent : null;
    const list = children.get(parent) ?? [];
    list.push(i);
    children.set(parent, list);
  }

  const seen = new Set<string>();
  function level(parent: string | null, parentEffective: number | null): IndicatorNode[] {
    const siblings = (children.get(parent) ?? []).filter((i) => !seen.has(i.code)).sort(byPosition);
    const weightSum = siblings.filter(isWeighted).reduce((s, i) => s + i.weight, 0);
    return siblings.map((indicator) => {
      seen.add(indicator.code);
      const share = isWeighted(indicator) && weightSum > 0 ? indicator.weight / weightSum : null;
      const effective = share !== null && parentEffective !== null ? share * parentEffective : null;
      const node: IndicatorNode = { key: indicator.code, indicator, shareOfParent: share, effectiveWeight: effective };
      const kids = level(indicator.code, effective);
      if (kids.length > 0) node.children = kids;
      return node;
    });
  }
  return level(null, 1);
}

/** Codes of every node that has children (to expand the whole tree at once). */
export function aggregateKeys(nodes: readonly IndicatorNode[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly IndicatorNode[]) => {
    for (const n of list) {
      if (n.children) {
        out.push(n.key);
        walk(n.children);
      }
    }
  };
  walk(nodes);
  return out;
}

/** The leaf indicators in tree order (depth first, by position). */
export function leafCodes(nodes: readonly IndicatorNode[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly IndicatorNode[]) => {
    for (const n of list) {
      if (n.children) walk(n.children);
      else out.push(n.key);
    }
  };
  walk(nodes);
  return out;
}
