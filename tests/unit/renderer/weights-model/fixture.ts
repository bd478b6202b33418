import { buildTree } from '../../../../src-shared/engine/tree';
import { makeIndicator } from '../../../../src-shared/model';

/** A small tree for the weights model tests:
 *
 *   V1 (60): V1.1 6, V1.2 5, V1.3 3, V1.4 3, V1.5 3      (group total 20)
 *   V2 (40): V2.1 1, V2.2 1
 *   B1: a bonus item (cap 5), outside every share
 */
export const indicators = [
  makeIndicator('V1', { weight: 60, position: 0 }),
  makeIndicator('V1.1', { parent: 'V1', weight: 6, position: 1 }),
  makeIndicator('V1.2', { parent: 'V1', weight: 5, position: 2 }),
  makeIndicator('V1.3', { parent: 'V1', weight: 3, position: 3 }),
  makeIndicator('V1.4', { parent: 'V1', weight: 3, position: 4 }),
  makeIndicator('V1.5', { parent: 'V1', weight: 3, position: 5 }),
  makeIndicator('V2', { weight: 40, position: 6 }),
  makeIndicator('V2.1', { parent: 'V2', weight: 1, position: 7 }),
  makeIndicator('V2.2', { parent: 'V2', weight: 1, position: 8 }),
  makeIndicator('B1', { kind: 'bonus', weight: 5, position: 9 }),
];

export const tree = buildTree(indicators);

/** The tree's own weights, by code. */
export const treeWeights: Record<string, number> = Object.fromEntries(indicators.map((i) => [i.code, i.weight]));

export const V1_GROUP = ['V1.1', 'V1.2', 'V1.3', 'V1.4', 'V1.5'];
