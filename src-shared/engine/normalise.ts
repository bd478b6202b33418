import { KaopingError } from '../api/errors';
import { checkMatrix } from './matrix';
import type { IndicatorTree } from './tree';
import type { EngineWarning, EvaluationMatrix } from './types';

/** Normalised scores of the scored leaves: units × leaves, column-major like the raw matrix
 * (scores[j × nUnits + i] is unit i on leaf j = tree.leaves[j]).
 *
 * `mask` says which cells are present (1) or missing (0). A missing cell holds 0 in `scores`,
 * so masked sums (Σ w·m·s) need no branch and no NaN ever enters the arithmetic; code must
 * read the mask, never the score, to know whether a value exists. */
export interface NormalisedMatrix {
  unitCodes: string[];
  leafCodes: string[];
  nUnits: number;
  scores: Float64Array;
  mask: Uint8Array;
  range: [number, number];
  warnings: EngineWarning[];
  /** The outlier treatment of each leaf it was applied to (scheme `outliers: 'auto'`, see
   * scoring/outliers.ts): none, winsorised (how many values) or log. Absent without it. */
  treatments?: Record<string, { treatment: 'none' | 'winsorised' | 'log'; points: number }>;
}

export const DEFAULT_RANGE: readonly [number, number] = [0, 100];

/** What happened to one column. */
export type ColumnOutcome = 'scored' | 'constant' | 'empty';

/** Checks an output range (finite, lo < hi); throws `engine.invalidRange`. */
export function checkRange(range: readonly [number, number] | undefined): [number, number] {
  const [lo, hi] = range ?? DEFAULT_RANGE;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
    throw new KaopingError('engine.invalidRange', { lo: String(lo), hi: String(hi) });
  }
  return [lo, hi];
}

/** Min-max normalisation of one column with direction (docs/workbook-format.md, standard
 * computation steps 1 and 2):
 *
 *   y_i = d × x_i                        (d = -1 for a lower-is-better indicator, else 1)
 *   s_i = lo + (hi − lo) × t_i,   t_i = (y_i − min y) / (max y − min y)
 *
 * (t is computed first so that it is exactly 0 and 1 at the ends: the worst unit gets lo and,
 * whenever hi − lo is exact, as for [0, 100] or [1, 100], the best gets exactly hi.)
 * min and max run over the units that have a value (finite x). With d = -1 the best unit is
 * the one with the smallest raw value and gets `hi`. A column with no value is `empty`; a column
 * whose present values are all equal (max = min) is `constant`: it carries no information, so
 * every cell is missing (mask 0) — never NaN, never a silent 0.
 *
 * Writes `out[i]` and `mask[i]` for every unit (0 and 0 where missing). */
export function minMaxColumn(
  raw: ArrayLike<number>,
  direction: 1 | -1,
  lo: number,
  hi: number,
  out: Float64Array,
  mask: Uint8Array,
): ColumnOutcome {
  const n = out.length;
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const x = raw[i];
    if (!Number.isFinite(x)) continue;
    const y = direction * x;
    if (y < min) min = y;
    if (y > max) max = y;
    count++;
  }
  out.fill(0);
  mask.fill(0);
  if (count === 0) return 'empty';
  if (max === min) return 'constant';
  const span = max - min;
  const width = hi - lo;
  for (let i = 0; i < n; i++) {
    const x = raw[i];
    if (!Number.isFinite(x)) continue;
    out[i] = lo + width * ((direction * x - min) / span);
    mask[i] = 1;
  }
  return 'scored';
}

/** Normalises every scored leaf of the tree (tree order) over all units of the matrix.
 * A leaf without a column in the matrix has no value: it is `empty`. Warnings, one per
 * leaf: `engine.constantIndicator` and `engine.emptyIndicator` with the indicator code.
 * Columns of the matrix that are not scored leaves (adjustment items, unknown codes) are
 * ignored here. The standard computation applies min-max to every leaf whatever its `scoring`
 * (issue 3 dispatches on it). */
export function normaliseMinMax(
  tree: IndicatorTree,
  matrix: EvaluationMatrix,
  range?: readonly [number, number],
): NormalisedMatrix {
  const [lo, hi] = checkRange(range);
  const columns = checkMatrix(matrix);
  const n = matrix.unitCodes.length;
  const leafCodes = [...tree.leaves];
  const scores = new Float64Array(n * leafCodes.length);
  const mask = new Uint8Array(n * leafCodes.length);
  const warnings: EngineWarning[] = [];
  leafCodes.forEach((code, j) => {
    const c = columns.get(code);
    const out = scores.subarray(j * n, (j + 1) * n);
    const m = mask.subarray(j * n, (j + 1) * n);
    const outcome =
      c === undefined
        ? 'empty'
        : minMaxColumn(matrix.values.subarray(c * n, (c + 1) * n), tree.byCode.get(code)!.direction, lo, hi, out, m);
    if (outcome === 'constant') warnings.push({ key: 'engine.constantIndicator', params: { indicator: code }, indicator: code });
    if (outcome === 'empty') warnings.push({ key: 'engine.emptyIndicator', params: { indicator: code }, indicator: code });
  });
  return { unitCodes: [...matrix.unitCodes], leafCodes, nUnits: n, scores, mask, range: [lo, hi], warnings };
}

/** Views of leaf j's scores and mask (no copy). */
export function leafColumn(nm: NormalisedMatrix, j: number): { score: Float64Array; mask: Uint8Array } {
  const n = nm.nUnits;
  return { score: nm.scores.subarray(j * n, (j + 1) * n), mask: nm.mask.subarray(j * n, (j + 1) * n) };
}
