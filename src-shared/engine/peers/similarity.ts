import type { EvaluationMatrix } from '../types';

/** The k most similar units (最相似的 k 个单位) by Euclidean distance over chosen columns.
 *
 * - With `standardise` (the endowment indicators: population, area, distance to town… in their
 *   own units) each column is first turned into z-scores over the units that have a value
 *   (mean, population standard deviation), so no indicator weighs more for its unit of
 *   measurement. A constant column (sd 0) separates nobody and is left out.
 * - Without it (the whole normalised profile: the 0–100 leaf scores, already on one scale and
 *   with direction applied) the values are used as they are.
 * - Missing values: a pair of units is compared over the columns both have. The squared
 *   differences are averaged over those m columns and scaled back to all M columns
 *   (d = √(M/m · Σ diff²)), so a unit missing a column is neither favoured nor penalised for it.
 *   A unit sharing no column with the target is not a candidate.
 * - Ties in distance keep the matrix's unit order. */
export interface SimilarUnit {
  code: string;
  distance: number;
}

export function nearestUnits(
  matrix: EvaluationMatrix,
  unit: string,
  columns: readonly string[],
  k: number,
  standardise: boolean,
): SimilarUnit[] {
  const n = matrix.unitCodes.length;
  const target = matrix.unitCodes.indexOf(unit);
  if (target < 0 || k < 1) return [];
  const cols = columns
    .map((c) => matrix.leafCodes.indexOf(c))
    .filter((j) => j >= 0)
    .map((j) => column(matrix, j, n, standardise))
    .filter((c): c is Float64Array => c !== null);
  const M = cols.length;
  if (M === 0) return [];
  const found: SimilarUnit[] = [];
  for (let i = 0; i < n; i++) {
    if (i === target) continue;
    let sum = 0;
    let m = 0;
    for (const c of cols) {
      const d = c[i] - c[target];
      if (Number.isNaN(d)) continue;
      sum += d * d;
      m++;
    }
    if (m > 0) found.push({ code: matrix.unitCodes[i], distance: Math.sqrt((M / m) * sum) });
  }
  // Array.prototype.sort is stable: equal distances keep the unit order.
  return found.sort((a, b) => a.distance - b.distance).slice(0, k);
}

/** Column j as it enters the distance: z-scores when standardising (null when constant or
 * empty), else the values themselves. */
function column(matrix: EvaluationMatrix, j: number, n: number, standardise: boolean): Float64Array | null {
  const values = matrix.values.subarray(j * n, (j + 1) * n);
  if (!standardise) return Float64Array.from(values);
  let count = 0;
  let sum = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    count++;
    sum += v;
  }
  if (count === 0) return null;
  const mean = sum / count;
  let ss = 0;
  for (const v of values) if (!Number.isNaN(v)) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / count);
  if (!(sd > 0)) return null;
  return Float64Array.from(values, (v) => (v - mean) / sd);
}
