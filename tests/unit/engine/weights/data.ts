import type { WeightData } from '../../../../src-shared/engine/weights';

/** Column-major weight data from rows (one per unit, values in `leafCodes` order); NaN = missing. */
export function data(leafCodes: string[], rows: number[][]): WeightData {
  const n = rows.length;
  const scores = new Float64Array(n * leafCodes.length);
  const mask = new Uint8Array(n * leafCodes.length);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (!Number.isNaN(v)) {
        scores[j * n + i] = v;
        mask[j * n + i] = 1;
      }
    }),
  );
  return { leafCodes, nUnits: n, scores, mask };
}
