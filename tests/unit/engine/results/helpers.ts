import type { NormalisedMatrix } from '../../../../src-shared/engine';

/** A normalised matrix written by hand (rows = units, values in `leafCodes` order; NaN =
 * missing), so that aggregation tests start from scores chosen for easy arithmetic rather
 * than from a normalisation. */
export function normalisedOf(
  unitCodes: string[],
  leafCodes: string[],
  rows: number[][],
  range: [number, number] = [0, 100],
): NormalisedMatrix {
  const n = unitCodes.length;
  const scores = new Float64Array(n * leafCodes.length);
  const mask = new Uint8Array(n * leafCodes.length);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (Number.isNaN(v)) return;
      scores[j * n + i] = v;
      mask[j * n + i] = 1;
    }),
  );
  return { unitCodes, leafCodes, nUnits: n, scores, mask, range, warnings: [] };
}
