import { buildTree, type EvaluationMatrix, type IndicatorTree, type ScoringScheme, type SensitivityInput } from '../../../../src-shared/engine';
import { ind, matrix } from '../helpers';

/** Two top-level leaves A and B, min-max to [0, 100] with raw values already spanning 0–100,
 * so a unit's score on a leaf is its raw value. With weights A = a, B = 2 − a (the nominal
 * a = 1.2) the totals are (a·s_A + (2 − a)·s_B) / 2:
 *   u1 (100, 0)  → 50a        = 60 nominally (rank 1)
 *   u2 (0, 100)  → 100 − 50a  = 40           (rank 3)
 *   u3 (60, 20)  → 20 + 20a   = 44           (rank 2) */
export function threeUnits(scheme: ScoringScheme = {}): SensitivityInput {
  const tree: IndicatorTree = buildTree([ind('A', null, 1.2), ind('B', null, 0.8)]);
  const m: EvaluationMatrix = matrix(['u1', 'u2', 'u3'], ['A', 'B'], [
    [100, 0],
    [0, 100],
    [60, 20],
  ]);
  return { tree, matrix: m, scheme: { range: [0, 100], ...scheme }, context: {} };
}

/** The indicators of `county()`'s tree (D1: A1, A2; D2: B1, B2, B3). */
export function countyIndicators() {
  return [
    ind('D1', null, 3),
    ind('A1', 'D1', 2),
    ind('A2', 'D1', 1),
    ind('D2', null, 2),
    ind('B1', 'D2', 1),
    ind('B2', 'D2', 1),
    ind('B3', 'D2', 2, { direction: -1 }),
  ];
}

/** A two-level tree (D1: A1, A2; D2: B1, B2, B3) and 30 units with values from a fixed formula,
 * plus a unit `top` that is best on every leaf, and grades with a quota. */
export function county(): SensitivityInput {
  const tree = buildTree(countyIndicators());
  const units = Array.from({ length: 30 }, (_, i) => `v${String(i).padStart(2, '0')}`);
  const rows = units.map((_, i) => [
    ((i * 37) % 29) + 1,
    ((i * 11) % 17) + 3,
    ((i * 7) % 23) + 2,
    ((i * 13) % 19) + 1,
    ((i * 5) % 31) + 4,
  ]);
  rows.push([40, 30, 40, 30, 0]);
  const m = matrix([...units, 'top'], ['A1', 'A2', 'B1', 'B2', 'B3'], rows);
  return {
    tree,
    matrix: m,
    scheme: { grades: { labels: ['优秀', '良好', '一般'], thresholds: [60, 40], quotas: [{ grade: '优秀', share: 0.2 }] } },
    context: {},
  };
}
