import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../src-shared/engine/tree';
import { makeIndicator } from '../../../../src-shared/model';
import { initialModel } from '../../../../src-renderer/state/weights';
import { isEditingWeights } from '../../../../src-renderer/views/ranking/editing';

const tree = buildTree([
  makeIndicator('V1', { weight: 60, position: 0 }),
  makeIndicator('V1.1', { parent: 'V1', weight: 6, position: 1 }),
  makeIndicator('V2', { weight: 40, position: 2 }),
  makeIndicator('V2.1', { parent: 'V2', weight: 4, position: 3 }),
]);

describe('editing weights', () => {
  const base = { weights: { V1: 50 } };
  const start = initialModel(tree, base);

  it('is off right after loading a scheme, and before any tree', () => {
    expect(isEditingWeights({ tree, base, weights: start.weights, categoryWeights: start.categoryWeights })).toBe(false);
    expect(isEditingWeights({ tree: null, base: {}, weights: { V1: 1 }, categoryWeights: {} })).toBe(false);
  });

  it('is on when a node weight or a category weight differs from the loaded scheme', () => {
    expect(isEditingWeights({ tree, base, weights: { ...start.weights, V2: 41 }, categoryWeights: {} })).toBe(true);
    expect(isEditingWeights({ tree, base, weights: start.weights, categoryWeights: { 城郊融合: { V1: 70 } } })).toBe(true);
  });

  it('is off again when the weight is set back (equal values, new objects)', () => {
    expect(isEditingWeights({ tree, base, weights: { ...start.weights }, categoryWeights: {} })).toBe(false);
  });
});
