import { buildTree, type SensitivityInput } from '../../../../src-shared/engine';
import { ind, matrix } from '../helpers';

/** Three top-level leaves A, B, C weighing 1, 1, 2 (sum 4), min-max to [0, 100] with raw
 * values spanning 0–100, so a unit's score on a leaf is its raw value. Moving A to a rescales
 * B and C to (4 − a)/3 and 2(4 − a)/3. By default four units:
 *   x (100, 0, missing) → 150a / (a + 2)  (the mean over A and B only) = 50 at a = 1 (rank 3)
 *   y (60, 60, 60)      → 60                                             (rank 2)
 *   z (0, 100, 100)     → 100 − 25a                                      (rank 1)
 *   w (20, 50, 0)       → 50/3 + 5a/6                                    (rank 4) */
export function oneMissing(rows: Record<string, number[]> = { x: [100, 0, NaN], y: [60, 60, 60], z: [0, 100, 100], w: [20, 50, 0] }): SensitivityInput {
  const tree = buildTree([ind('A', null, 1), ind('B', null, 1), ind('C', null, 2)]);
  const m = matrix(Object.keys(rows), ['A', 'B', 'C'], Object.values(rows));
  return { tree, matrix: m, scheme: { range: [0, 100] }, context: {} };
}
