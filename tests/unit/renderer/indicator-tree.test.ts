import { describe, expect, it } from 'vitest';
import { aggregateKeys, buildIndicatorTree, leafCodes, type IndicatorNode } from '../../../src-renderer/views/data/indicatorTree';
import type { ApiIndicator } from '../../../src-renderer/state/types';

let position = 0;
function ind(code: string, parent: string | null, weight: number, kind: ApiIndicator['kind'] = 'indicator'): ApiIndicator {
  return {
    code, name: code, nameEn: null, parent, weight, direction: 1, unit: null, kind, fineKind: null,
    scoring: 'minmax', aggregation: 'arithmetic', target: null, typicalMin: null, typicalMax: null,
    department: null, description: null, attributes: {}, position: position++,
  };
}

function find(nodes: IndicatorNode[], code: string): IndicatorNode {
  for (const n of nodes) {
    if (n.key === code) return n;
    if (n.children) {
      const hit = find(n.children, code);
      if (hit) return hit;
    }
  }
  return undefined as unknown as IndicatorNode;
}

describe('indicator tree weights', () => {
  // Points as offices give them: A 20 + B 30 at the top, A's children 6 + 4 (+ one of 0),
  // B's one child 5 with two grandchildren 1 + 3; a bonus item with cap 5 beside them.
  const indicators = [
    ind('B', null, 30),
    ind('A', null, 20),
    ind('A1', 'A', 6),
    ind('A2', 'A', 4),
    ind('A3', 'A', 0),
    ind('B1', 'B', 5),
    ind('B1a', 'B1', 1),
    ind('B1b', 'B1', 3),
    ind('X', null, 5, 'bonus'),
  ];
  const tree = buildIndicatorTree(indicators);

  it('keeps sheet order (position) among siblings', () => {
    expect(tree.map((n) => n.key)).toEqual(['B', 'A', 'X']);
    expect(leafCodes(tree)).toEqual(['B1a', 'B1b', 'A1', 'A2', 'A3', 'X']);
    expect(aggregateKeys(tree)).toEqual(['B', 'B1', 'A']);
  });

  it('gives each node its share among weighted siblings', () => {
    expect(find(tree, 'A').shareOfParent).toBeCloseTo(20 / 50, 12);
    expect(find(tree, 'B').shareOfParent).toBeCloseTo(30 / 50, 12);
    expect(find(tree, 'A1').shareOfParent).toBeCloseTo(6 / 10, 12);
    expect(find(tree, 'A3').shareOfParent).toBe(0);
    expect(find(tree, 'B1').shareOfParent).toBe(1);
    expect(find(tree, 'B1b').shareOfParent).toBeCloseTo(3 / 4, 12);
  });

  it('multiplies the shares down the tree into the effective weight', () => {
    expect(find(tree, 'A1').effectiveWeight).toBeCloseTo(0.4 * 0.6, 12); // 0.24
    expect(find(tree, 'A2').effectiveWeight).toBeCloseTo(0.4 * 0.4, 12); // 0.16
    expect(find(tree, 'B1a').effectiveWeight).toBeCloseTo(0.6 * 1 * 0.25, 12); // 0.15
    expect(find(tree, 'B1b').effectiveWeight).toBeCloseTo(0.6 * 1 * 0.75, 12); // 0.45
    // the leaves' effective weights make up the whole index
    const sum = ['A1', 'A2', 'A3', 'B1a', 'B1b'].reduce((s, c) => s + (find(tree, c).effectiveWeight ?? 0), 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('gives bonus, penalty and veto items no share (their weight is a cap)', () => {
    const x = find(tree, 'X');
    expect(x.shareOfParent).toBeNull();
    expect(x.effectiveWeight).toBeNull();
    expect(x.indicator.weight).toBe(5);
  });

  it('shows a node whose parent is unknown at the top rather than losing it', () => {
    const t = buildIndicatorTree([ind('P', null, 1), ind('Q', 'nowhere', 1)]);
    expect(t.map((n) => n.key)).toEqual(['P', 'Q']);
    expect(t[0].shareOfParent).toBeCloseTo(0.5, 12);
  });

  it('leaves shares empty when all sibling weights are zero', () => {
    const t = buildIndicatorTree([ind('Z', null, 1), ind('Z1', 'Z', 0), ind('Z2', 'Z', 0)]);
    expect(find(t, 'Z1').shareOfParent).toBeNull();
    expect(find(t, 'Z1').effectiveWeight).toBeNull();
  });
});
