import { describe, expect, it } from 'vitest';
import { buildTree, effectiveLeafWeights, treeOrder } from '../../../src-shared/engine';
import { ind, kaopingError } from './helpers';

describe('buildTree', () => {
  it('orders children by position, separates aggregates, leaves and adjustment items', () => {
    // Rows listed children-first (as the ASEM sheet is); positions decide the order.
    const tree = buildTree([
      ind('L2', 'G1', 1, { position: 3 }),
      ind('L1', 'G1', 1, { position: 2 }),
      ind('VB', null, 2, { kind: 'bonus', position: 7 }),
      ind('L3', 'G2', 1, { position: 5 }),
      ind('G2', null, 1, { position: 4 }),
      ind('G1', null, 2, { position: 1 }),
      ind('VP', null, 3, { kind: 'penalty', position: 8 }),
      ind('VV', null, 0, { kind: 'veto', position: 9 }),
      ind('L0', null, 1, { position: 6 }),
    ]);
    expect(tree.topLevel).toEqual(['G1', 'G2', 'L0']);
    expect(tree.children.get('G1')).toEqual(['L1', 'L2']);
    expect(tree.aggregates).toEqual(['G1', 'G2']);
    expect(tree.leaves).toEqual(['L1', 'L2', 'L3', 'L0']);
    expect(tree.nodes).toEqual(['G1', 'L1', 'L2', 'G2', 'L3', 'L0', 'VB', 'VP', 'VV']);
    expect(tree.columns).toEqual(['L1', 'L2', 'L3', 'L0', 'VB', 'VP', 'VV']);
    expect([tree.bonus, tree.penalty, tree.veto]).toEqual([['VB'], ['VP'], ['VV']]);
  });

  it('keeps input order for equal positions', () => {
    const tree = buildTree([ind('B', null, 1, { position: 0 }), ind('A', null, 1, { position: 0 })]);
    expect(tree.leaves).toEqual(['B', 'A']);
  });

  it('refuses broken trees with a message key', () => {
    expect(kaopingError(() => buildTree([ind('A', null), ind('A', null)])).key).toBe('engine.duplicateCode');
    const unknown = kaopingError(() => buildTree([ind('A', 'X')]));
    expect([unknown.key, unknown.params]).toEqual(['engine.unknownParent', { indicator: 'A', parent: 'X' }]);
    expect(kaopingError(() => buildTree([ind('R', null), ind('A', 'B'), ind('B', 'A')])).key).toBe('engine.cycle');
    expect(kaopingError(() => buildTree([ind('A', null, -1)])).key).toBe('engine.invalidWeight');
    expect(kaopingError(() => buildTree([ind('A', null, Infinity)])).key).toBe('engine.invalidWeight');
    expect(kaopingError(() => buildTree([ind('A', null, 1, { direction: 0 as 1 })])).key).toBe('engine.invalidDirection');
    const nested = kaopingError(() => buildTree([ind('G', null), ind('B', 'G', 1, { kind: 'bonus' })]));
    expect([nested.key, nested.params]).toEqual(['engine.adjustmentPlacement', { indicator: 'B', kind: 'bonus' }]);
    expect(kaopingError(() => buildTree([ind('V', null, 0, { kind: 'veto' }), ind('A', 'V')])).key).toBe(
      'engine.adjustmentPlacement',
    );
    expect(kaopingError(() => buildTree([ind('B', null, 1, { kind: 'bonus' })])).key).toBe('engine.noIndicators');
  });
});

describe('effectiveLeafWeights', () => {
  const tree = [
    ind('G1', null, 2),
    ind('L1', 'G1', 1),
    ind('L2', 'G1', 3),
    ind('G2', null, 1),
    ind('L3', 'G2', 5),
    ind('VB', null, 9, { kind: 'bonus' }),
  ];

  it('multiplies the shares among siblings down the tree', () => {
    // G1 = 2/3, G2 = 1/3 (the bonus cap 9 is not a weight); L1 = 2/3·1/4, L2 = 2/3·3/4, L3 = 1/3·1.
    const w = effectiveLeafWeights(tree);
    expect(Array.from(w)).toEqual([2 / 3 / 4, ((2 / 3) * 3) / 4, 1 / 3]);
    expect(w[0] + w[1] + w[2]).toBeCloseTo(1, 15);
  });

  it('takes weight overrides and gives an all-zero group no share', () => {
    // G1 overridden to 0: G1 = 0, G2 = 1. L2 overridden to 0: L1 gets all of G1's (zero) share.
    expect(Array.from(effectiveLeafWeights(tree, { G1: 0 }))).toEqual([0, 0, 1]);
    expect(Array.from(effectiveLeafWeights(tree, { L2: 0 }))).toEqual([2 / 3, 0, 1 / 3]);
    expect(kaopingError(() => effectiveLeafWeights(tree, { X: 1 })).key).toBe('engine.unknownIndicator');
    expect(kaopingError(() => effectiveLeafWeights(tree, { L1: NaN })).key).toBe('engine.invalidWeight');
  });
});

describe('treeOrder', () => {
  it('lists every leaf with the adjustment items: the columns of a matrix', () => {
    const order = treeOrder([ind('VV', null, 0, { kind: 'veto', position: 9 }), ind('L1', 'G', 1, { position: 2 }), ind('G', null, 1, { position: 1 })]);
    expect(order.aggregates.map((i) => i.code)).toEqual(['G']);
    expect(order.leaves.map((i) => i.code)).toEqual(['L1', 'VV']);
    expect(order.nodes.map((i) => i.code)).toEqual(['G', 'L1', 'VV']);
  });
});
