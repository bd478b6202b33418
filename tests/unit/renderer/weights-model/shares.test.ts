import { describe, expect, it } from 'vitest';
import { effectiveLeafWeights } from '../../../../src-shared/engine/tree';
import { computeShares, groupOf, groupsOf, sharesFor, siblingsOf, weightsFor } from '../../../../src-renderer/state/weights/shares';
import { ROOT_GROUP } from '../../../../src-renderer/state/weights/types';
import { tree, treeWeights } from './fixture';

describe('shares', () => {
  it('gives each node its share of the parent and of the whole', () => {
    const shares = computeShares(tree, treeWeights);
    expect(shares.V1).toEqual({ ofParent: 0.6, ofWhole: 0.6 });
    expect(shares['V1.1'].ofParent).toBeCloseTo(6 / 20, 15);
    expect(shares['V1.1'].ofWhole).toBeCloseTo(0.6 * (6 / 20), 15);
    expect(shares['V2.2'].ofWhole).toBeCloseTo(0.4 * 0.5, 15);
    expect(shares.B1).toBeUndefined(); // a cap, not a share
  });

  it('agrees with the engine’s effective leaf weights', () => {
    const weights = { ...treeWeights, V1: 1, 'V1.4': 0 };
    const shares = computeShares(tree, weights);
    const engine = effectiveLeafWeights(tree, weights);
    tree.leaves.forEach((code, j) => expect(shares[code].ofWhole).toBeCloseTo(engine[j], 15));
  });

  it('gives 0 in a group whose weights are all 0', () => {
    const shares = computeShares(tree, { ...treeWeights, 'V2.1': 0, 'V2.2': 0 });
    expect(shares['V2.1']).toEqual({ ofParent: 0, ofWhole: 0 });
  });

  it('resolves a category’s weights over the working weights', () => {
    const model = { weights: { ...treeWeights, V1: 70 }, categoryWeights: { town: { V2: 70 } } };
    expect(weightsFor(tree, model, 'town')).toEqual({ ...treeWeights, V1: 70, V2: 70 });
    expect(weightsFor(tree, model, null).V2).toBe(40);
    expect(weightsFor(tree, model, 'toString').V2).toBe(40); // no inherited entries
    expect(sharesFor(tree, model, 'town').V2.ofParent).toBe(0.5);
  });

  it('names groups and siblings', () => {
    expect(groupOf(tree, 'V1')).toBe(ROOT_GROUP);
    expect(groupOf(tree, 'V2.1')).toBe('V2');
    expect(groupOf(tree, 'B1')).toBeNull();
    expect(siblingsOf(tree, 'V2.2')).toEqual(['V2.1', 'V2.2']);
    expect(siblingsOf(tree, 'V1')).toEqual(['V1', 'V2']);
    expect(groupsOf(tree)).toEqual([ROOT_GROUP, 'V1', 'V2']);
  });
});
