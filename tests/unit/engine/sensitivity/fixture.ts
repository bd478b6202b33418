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

/** `county()` with gaps: A1 missing for v03, v07, v11, … (every fourth from v03); B1 and B2
 * for v05 and v10 (their D2 then rests on B3 alone). */
export function countyWithGaps(): SensitivityInput {
  const input = county();
  const n = input.matrix.unitCodes.length;
  const values = Float64Array.from(input.matrix.values);
  for (let u = 3; u < 30; u += 4) values[0 * n + u] = NaN;
  for (const u of [5, 10]) {
    values[2 * n + u] = NaN;
    values[3 * n + u] = NaN;
  }
  input.matrix = { ...input.matrix, values };
  return input;
}

/** `county()` with a bonus item X (cap 5: 4 points for every third unit) and a veto V that
 * strikes v04; units alternate between categories east and west. */
export function countyWithAdjustments(scheme: ScoringScheme): SensitivityInput {
  const base = county();
  const tree = buildTree([...countyIndicators(), ind('X', null, 5, { kind: 'bonus' }), ind('V', null, 0, { kind: 'veto' })]);
  const n = base.matrix.unitCodes.length;
  const values = new Float64Array(n * 7);
  values.set(base.matrix.values);
  for (let u = 0; u < n; u++) values[5 * n + u] = u % 3 === 0 ? 4 : 0;
  values[6 * n + 4] = 1;
  return {
    tree,
    matrix: { unitCodes: base.matrix.unitCodes, leafCodes: [...base.matrix.leafCodes, 'X', 'V'], values },
    scheme,
    context: { categories: base.matrix.unitCodes.map((_, u) => (u % 2 === 0 ? 'east' : 'west')) },
  };
}
