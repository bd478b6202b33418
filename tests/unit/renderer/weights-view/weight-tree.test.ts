import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../src-shared/engine/tree';
import { makeIndicator } from '../../../../src-shared/model';
import { ROOT_GROUP } from '../../../../src-renderer/state/weights/types';
import { buildWeightRows, flattenRows, groupKeys, groupMembers } from '../../../../src-renderer/views/weights/weightTree';

// D1 30 points, D2 10 → 0.75, 0.25. D1: x 2, y 6 → 0.25, 0.75 of D1 → 0.1875, 0.5625 of the whole.
// D2: z 0, w 0 (a group weighing nothing: shares 0). B: a bonus item, not weighted in.
const tree = buildTree([
  makeIndicator('D1', { weight: 30, position: 0 }),
  makeIndicator('x', { parent: 'D1', weight: 2, position: 1 }),
  makeIndicator('y', { parent: 'D1', weight: 6, position: 2 }),
  makeIndicator('D2', { weight: 10, position: 3 }),
  makeIndicator('z', { parent: 'D2', weight: 0, position: 4 }),
  makeIndicator('w', { parent: 'D2', weight: 0, position: 5 }),
  makeIndicator('B', { kind: 'bonus', weight: 3, position: 6 }),
]);
const points = (c: string) => tree.byCode.get(c)!.weight;

describe('weight rows', () => {
  const rows = buildWeightRows(tree, points, (c) => (c === 'x' ? 4 : points(c)));
  const flat = flattenRows(rows);
  const byCode = new Map(flat.map((r) => [r.key, r]));

  it('shows points, share of the parent and share of the whole, bonus items left out', () => {
    expect(flat.map((r) => [r.key, r.group, r.depth, r.points, r.share, r.effective])).toEqual([
      ['D1', ROOT_GROUP, 0, 30, 0.75, 0.75],
      ['x', 'D1', 1, 2, 0.25, 0.1875],
      ['y', 'D1', 1, 6, 0.75, 0.5625],
      ['D2', ROOT_GROUP, 0, 10, 0.25, 0.25],
      ['z', 'D2', 1, 0, 0, 0],
      ['w', 'D2', 1, 0, 0, 0],
    ]);
    expect(byCode.get('x')?.base).toBe(4);
    expect(byCode.has('B')).toBe(false);
  });

  it('finds groups and their members', () => {
    expect(groupKeys(rows)).toEqual(['D1', 'D2']);
    expect(groupMembers(rows, ROOT_GROUP).map((r) => r.key)).toEqual(['D1', 'D2']);
    expect(groupMembers(rows, 'D1').map((r) => r.key)).toEqual(['x', 'y']);
    expect(groupMembers(rows, 'x')).toEqual([]);
  });
});
