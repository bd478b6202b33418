import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../src-shared/engine';
import { effectiveWeightsFor, schemeWeightsFor } from '../../../../src-shared/engine/weights';
import { ind, kaopingError } from '../helpers';

// D1 (2): I1 (1), I2 (1);  D2 (1): I3;  B1: a bonus item with cap 5.
const tree = buildTree([
  ind('D1', null, 2),
  ind('I1', 'D1', 1),
  ind('I2', 'D1', 1),
  ind('D2', null, 1),
  ind('I3', 'D2', 1),
  ind('B1', null, 5, { kind: 'bonus' }),
]);

describe('scheme weights per unit category', () => {
  const scheme = { weights: { D1: 1 }, categoryWeights: { 城郊融合: { I1: 3 }, 集聚提升: { D2: 3, B1: 2 } } };

  it('lays the category’s weights over the scheme’s over the tree’s, for every node', () => {
    expect(schemeWeightsFor(tree, scheme, '城郊融合')).toEqual({ D1: 1, I1: 3, I2: 1, D2: 1, I3: 1, B1: 5 });
    expect(schemeWeightsFor(tree, scheme, '集聚提升')).toEqual({ D1: 1, I1: 1, I2: 1, D2: 3, I3: 1, B1: 2 });
    // No category, or one the scheme does not list: the scheme's weights alone.
    expect(schemeWeightsFor(tree, scheme, null)).toEqual({ D1: 1, I1: 1, I2: 1, D2: 1, I3: 1, B1: 5 });
    expect(schemeWeightsFor(tree, scheme, '特色保护')).toEqual(schemeWeightsFor(tree, scheme, null));
    // An empty scheme is the tree.
    expect(schemeWeightsFor(tree, {}, '城郊融合')).toEqual({ D1: 2, I1: 1, I2: 1, D2: 1, I3: 1, B1: 5 });
    // A category called like an Object.prototype member is just a category the scheme lacks.
    expect(schemeWeightsFor(tree, scheme, 'toString')).toEqual(schemeWeightsFor(tree, scheme, null));
  });

  it('gives effective leaf weights through the tree (I1, I2, I3)', () => {
    // 城郊融合: D1 = D2 = ½; within D1, I1 : I2 = 3 : 1 → I1 = ½·¾ = 0.375, I2 = 0.125, I3 = 0.5.
    const a = effectiveWeightsFor(tree, scheme, '城郊融合');
    [0.375, 0.125, 0.5].forEach((w, j) => expect(a[j]).toBeCloseTo(w, 15));
    // 集聚提升: D1 : D2 = 1 : 3 → I1 = I2 = ¼·½ = 0.125, I3 = 0.75.
    const b = effectiveWeightsFor(tree, scheme, '集聚提升');
    [0.125, 0.125, 0.75].forEach((w, j) => expect(b[j]).toBeCloseTo(w, 15));
    // The tree alone: D1 : D2 = 2 : 1 → I1 = I2 = ⅓, I3 = ⅓.
    const t = effectiveWeightsFor(tree, {}, null);
    [1 / 3, 1 / 3, 1 / 3].forEach((w, j) => expect(t[j]).toBeCloseTo(w, 15));
  });

  it('refuses an unknown node or a bad weight in the scheme or the category', () => {
    expect(kaopingError(() => schemeWeightsFor(tree, { categoryWeights: { X: { Q9: 1 } } }, 'X')).key).toBe('engine.unknownIndicator');
    expect(kaopingError(() => schemeWeightsFor(tree, { weights: { I1: -1 } }, null)).key).toBe('engine.invalidWeight');
  });
});
